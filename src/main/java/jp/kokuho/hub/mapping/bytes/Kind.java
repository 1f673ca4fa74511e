package jp.kokuho.hub.mapping.bytes;

/** The type column of layouts.md. */
public enum Kind {
    /** X: MS932 text, left-aligned, space-padded. */
    X,
    /** 9: digits, right-aligned, zero-padded. */
    NINE,
    /** D: date yyyyMMdd, or 8 spaces where the layout allows absence. */
    DATE
}
