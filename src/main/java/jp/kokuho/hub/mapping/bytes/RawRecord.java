package jp.kokuho.hub.mapping.bytes;

/**
 * One line of a fixed-length file.
 *
 * @param recordNo 1-based line number (the header is 1)
 * @param bytes    the record without CRLF (of a line far too long, only the first record length + 1 bytes)
 * @param problem  null when the record is structurally fine; else a Japanese message (wrong length, not CRLF)
 */
public record RawRecord(int recordNo, byte[] bytes, String problem) {

    public boolean ok() {
        return problem == null;
    }

    /** The レコード区分 byte ('1', '2', '9'), or -1 for an empty record. */
    public int recordType() {
        return bytes.length == 0 ? -1 : bytes[0] & 0xFF;
    }
}
