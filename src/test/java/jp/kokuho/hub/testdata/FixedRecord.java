package jp.kokuho.hub.testdata;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * A fixed-length MS932 record under construction. Positions are 1-based byte offsets as in layouts.md.
 * Text is left-aligned and space-padded, counted in bytes, and cut only between characters; numbers
 * are right-aligned and zero-padded; dates are YYYYMMDD or spaces.
 */
final class FixedRecord {
    private final byte[] buf;

    FixedRecord(int length) {
        buf = new byte[length];
    }

    FixedRecord clear() {
        Arrays.fill(buf, (byte) ' ');
        return this;
    }

    byte[] bytes() {
        return buf;
    }

    /** X field; null = spaces. */
    FixedRecord text(int start, int length, String value) {
        if (value == null) {
            return this;
        }
        byte[] b = value.getBytes(Names.MS932);
        if (b.length > length) {
            // cut whole characters from the end until it fits (never half of a double-byte character)
            String v = value;
            while (b.length > length) {
                v = v.substring(0, v.offsetByCodePoints(v.length(), -1));
                b = v.getBytes(Names.MS932);
            }
        }
        System.arraycopy(b, 0, buf, start - 1, b.length);
        return this;
    }

    /** 9 field. */
    FixedRecord number(int start, int length, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative: " + value);
        }
        int pos = start - 1 + length - 1;
        long v = value;
        for (int i = 0; i < length; i++) {
            buf[pos - i] = (byte) ('0' + (int) (v % 10));
            v /= 10;
        }
        if (v != 0) {
            throw new IllegalArgumentException(value + " does not fit in " + length + " digits");
        }
        return this;
    }

    /** D field; null = spaces. */
    FixedRecord date(int start, LocalDate d) {
        if (d != null) {
            number(start, 4, d.getYear());
            number(start + 4, 2, d.getMonthValue());
            number(start + 6, 2, d.getDayOfMonth());
        }
        return this;
    }

    static String yyyymmdd(LocalDate d) {
        return d == null ? "" : String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }
}
