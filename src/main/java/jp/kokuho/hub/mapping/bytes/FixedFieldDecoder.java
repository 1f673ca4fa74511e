package jp.kokuho.hub.mapping.bytes;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** Decodes one item of a fixed-length record into the bean, adding the item's errors. Stateless. */
final class FixedFieldDecoder {

    static String invalidByteMessage(int index) {
        return "MS932として不正なバイトがあります (位置 " + (index + 1) + ")";
    }

    void decode(byte[] r, FieldSlot slot, Object bean, List<FieldError> errors) {
        int from = slot.from;
        int to = slot.to;
        // the usual case in one pass: valid text, or digits only (valid MS932 by themselves)
        switch (slot.spec.kind()) {
            case X -> {
                String text = Ms932.decodeValid(r, from, trimEnd(r, from, to));
                if (text != null) {
                    slot.set(bean, text);
                    return;
                }
            }
            case NINE -> {
                if (allDigits(r, from, to)) {
                    setNumber(r, slot, bean);
                    return;
                }
            }
            case DATE -> {
                if (allDigits(r, from, to)) {
                    setDate(r, slot, bean, errors);
                    return;
                }
            }
        }
        // otherwise: which error (an invalid byte comes first), or a blank date
        slot.clear(bean);
        int bad = Ms932.firstInvalid(r, from, to);
        if (bad >= 0) {
            boolean split = bad == to - 1 && Ms932.isLead(r[bad] & 0xFF);
            errors.add(new FieldError(slot.spec.name(),
                    split ? "全角文字がフィールド境界で分断されています" : invalidByteMessage(bad)));
            return;
        }
        switch (slot.spec.kind()) {
            case X -> throw new IllegalStateException("valid MS932 that did not decode: " + slot.spec.key());
            case NINE -> errors.add(new FieldError(slot.spec.name(), "数字ではありません (" + text(r, from, to) + ")"));
            case DATE -> {
                if (trimEnd(r, from, to) > from) {
                    errors.add(new FieldError(slot.spec.name(), "日付ではありません (" + text(r, from, to) + ")"));
                } else if (slot.spec.required()) {
                    errors.add(new FieldError(slot.spec.name(), "必須です (空白)"));
                }
            }
        }
    }

    /** a NINE field of digits only */
    private static void setNumber(byte[] r, FieldSlot slot, Object bean) {
        int from = slot.from;
        int to = slot.to;
        switch (slot.javaType) {
            case STRING -> slot.set(bean, new String(r, from, to - from, StandardCharsets.ISO_8859_1));
            case INT -> slot.setInt(bean, (int) digitsValue(r, from, to));
            case LONG -> slot.setLong(bean, digitsValue(r, from, to));
            default -> throw new IllegalStateException(slot.spec.key());
        }
    }

    /** a DATE field of digits only: the date, or null and an error when it is not a real one */
    private static void setDate(byte[] r, FieldSlot slot, Object bean, List<FieldError> errors) {
        LocalDate date = date(r, slot.from);
        slot.set(bean, date);
        if (date == null) {
            errors.add(new FieldError(slot.spec.name(), "日付ではありません (" + text(r, slot.from, slot.to) + ")"));
        }
    }

    /**
     * yyyyMMdd as a real date, like ResolverStyle.STRICT with "uuuuMMdd", except that year 0000 is refused too (as
     * the contract's check-layout.py does).
     */
    private static LocalDate date(byte[] r, int from) {
        int year = (int) digitsValue(r, from, from + 4);
        int month = (int) digitsValue(r, from + 4, from + 6);
        int day = (int) digitsValue(r, from + 6, from + 8);
        if (year < 1 || month < 1 || month > 12 || day < 1) {
            return null;
        }
        int monthLength = java.time.Month.of(month).length(java.time.Year.isLeap(year));
        return day <= monthLength ? LocalDate.of(year, month, day) : null;
    }

    static boolean allDigits(byte[] r, int from, int to) {
        for (int i = from; i < to; i++) {
            if (r[i] < '0' || r[i] > '9') {
                return false;
            }
        }
        return to > from;
    }

    private static long digitsValue(byte[] r, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (r[i] - '0');
        }
        return v;
    }

    private static int trimEnd(byte[] r, int from, int to) {
        int end = to;
        while (end > from && r[end - 1] == ' ') {
            end--;
        }
        return end;
    }

    /** Text of already validated bytes. */
    private static String text(byte[] r, int from, int to) {
        if (Ms932.isPrintableAscii(r, from, to)) {
            return new String(r, from, to - from, StandardCharsets.ISO_8859_1);
        }
        return new String(r, from, to - from, Ms932.CHARSET);
    }
}
