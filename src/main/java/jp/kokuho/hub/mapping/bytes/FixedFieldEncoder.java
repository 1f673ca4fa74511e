package jp.kokuho.hub.mapping.bytes;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.time.LocalDate;

/** Writes one item of a fixed-length record into its bytes. Thread-safe. */
final class FixedFieldEncoder {

    private static final ThreadLocal<CharsetEncoder> ENCODER = ThreadLocal.withInitial(() -> Ms932.CHARSET.newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));

    void encode(FieldSlot slot, Object value, byte[] out) {
        switch (slot.spec.kind()) {
            case X -> encodeText(slot, (String) value, out);
            case NINE -> encodeNumber(slot, value, out);
            case DATE -> encodeDate(slot, (LocalDate) value, out);
        }
    }

    private static void encodeText(FieldSlot slot, String value, byte[] out) {
        if (value == null) {
            return; // already spaces
        }
        byte[] bytes = ms932(slot, value);
        if (Ms932.firstInvalid(bytes, 0, bytes.length) >= 0) {
            throw fail(slot, "MS932の文字として使えない文字があります (制御文字など)");
        }
        checkFits(slot, bytes.length);
        System.arraycopy(bytes, 0, out, slot.from, bytes.length);
    }

    private static void encodeNumber(FieldSlot slot, Object value, byte[] out) {
        if (value == null) {
            throw fail(slot, "値がありません (null)");
        }
        String digits;
        if (value instanceof String s) {
            digits = s;
        } else {
            long v = ((Number) value).longValue();
            if (v < 0) {
                throw fail(slot, "負の数は書けません (" + v + ")");
            }
            digits = Long.toString(v);
        }
        if (!AsciiDigits.only(digits)) {
            throw fail(slot, "数字ではありません (" + digits + ")");
        }
        checkFits(slot, digits.length());
        int pad = slot.spec.length() - digits.length();
        for (int i = 0; i < slot.spec.length(); i++) {
            out[slot.from + i] = i < pad ? (byte) '0' : (byte) digits.charAt(i - pad);
        }
    }

    private static void encodeDate(FieldSlot slot, LocalDate value, byte[] out) {
        if (value == null) {
            if (slot.spec.required()) {
                throw fail(slot, "必須です (null)");
            }
            return; // 8 spaces
        }
        int year = value.getYear();
        if (year < 1 || year > 9999) {
            throw fail(slot, "yyyyMMdd で書けない日付です (" + value + ")");
        }
        int v = year * 10000 + value.getMonthValue() * 100 + value.getDayOfMonth();
        for (int i = 7; i >= 0; i--) {
            out[slot.from + i] = (byte) ('0' + v % 10);
            v /= 10;
        }
    }

    private static byte[] ms932(FieldSlot slot, String value) {
        boolean ascii = true;
        for (int i = 0; i < value.length() && ascii; i++) {
            char c = value.charAt(i);
            ascii = c >= 0x20 && c <= 0x7E;
        }
        if (ascii) {
            byte[] b = new byte[value.length()];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) value.charAt(i);
            }
            return b;
        }
        try {
            ByteBuffer buf = ENCODER.get().reset().encode(CharBuffer.wrap(value));
            byte[] b = new byte[buf.remaining()];
            buf.get(b);
            return b;
        } catch (CharacterCodingException e) {
            throw fail(slot, "MS932で表せない文字があります");
        }
    }

    private static void checkFits(FieldSlot slot, int bytes) {
        if (bytes > slot.spec.length()) {
            throw fail(slot, "値がフィールドに収まりません (" + bytes + " バイト, 最大 " + slot.spec.length() + " バイト)");
        }
    }

    private static IllegalArgumentException fail(FieldSlot slot, String why) {
        return new IllegalArgumentException(slot.spec.name() + " (" + slot.spec.key() + "): " + why);
    }
}
