package jp.kokuho.hub.mapping.bytes;

/**
 * One declared item of a fixed-length record, as read from its {@code @DataField}.
 *
 * @param name     the Japanese 項目 name
 * @param key      the Java field name (the key column of layouts.md)
 * @param start    1-based byte position in the record
 * @param length   length in bytes
 * @param kind     X, 9 or D
 * @param required meaningful for D only: false when the layout allows 8 spaces
 */
public record FieldSpec(String name, String key, int start, int length, Kind kind, boolean required) {

    /** 1-based position of the last byte. */
    public int end() {
        return start + length - 1;
    }
}
