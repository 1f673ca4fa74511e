package jp.kokuho.hub.intake;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How dates and times appear on staff lists and in file names. */
public final class ResultListFormat {

    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private ResultListFormat() {
    }

    /** e.g. 2026/11/25 13:05:00 (Japan time), as Excel reads it */
    public static String timestamp(OffsetDateTime t) {
        return t == null ? "" : t.atZoneSameInstant(JAPAN).format(DISPLAY);
    }

    /** e.g. 20261125130500, for file names */
    public static String stamp(OffsetDateTime t) {
        return t.atZoneSameInstant(JAPAN).format(STAMP);
    }
}
