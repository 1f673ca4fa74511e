package jp.kokuho.hub.mapping.layout;

/**
 * One fixed-length interface: its id (IF-QUA …), ファイル識別, record length in bytes and the classes of
 * its header ('1'), data ('2') and trailer ('9') records.
 */
public record FixedLayoutSet(String id, String fileId, int recordLength,
                             Class<?> headerClass, Class<?> dataClass, Class<? extends TrailerRecord> trailerClass) {

    /** The record class for a レコード区分 byte ('1', '2', '9'), or null for any other byte. */
    public Class<?> recordClass(int recordTypeByte) {
        return switch (recordTypeByte) {
            case '1' -> headerClass;
            case '2' -> dataClass;
            case '9' -> trailerClass;
            default -> null;
        };
    }
}
