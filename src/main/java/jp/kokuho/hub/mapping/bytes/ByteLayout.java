package jp.kokuho.hub.mapping.bytes;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/**
 * A fixed-length record class read from its Bindy annotations, with positions and lengths in MS932 bytes:
 * {@code @FixedLengthRecord(length)} is the record length, {@code @DataField(pos, length)} the 1-based byte start and
 * byte length of an item. Kinds: {@code pattern} set → D; {@code align = "R", paddingChar = '0'} → 9; else X.
 * Bytes not covered by a field are 予備: written as spaces, only checked for MS932 validity when read.
 * Instances are cached per class and thread-safe.
 */
public final class ByteLayout<T> {

    static final String FILLER_NAME = "予備";

    private static final ClassValue<ByteLayout<?>> CACHE = new ClassValue<>() {
        @Override
        protected ByteLayout<?> computeValue(Class<?> type) {
            return new ByteLayout<>(type);
        }
    };

    private final Class<T> type;
    private final Constructor<T> constructor;
    private final int recordLength;
    private final FieldSlot[] slots;
    private final List<FieldSpec> fields;
    /** 予備 ranges as pairs of 0-based [from, to). */
    private final int[] fillers;
    private final FixedFieldDecoder decoder = new FixedFieldDecoder();
    private final FixedFieldEncoder encoder = new FixedFieldEncoder();

    @SuppressWarnings("unchecked")
    public static <T> ByteLayout<T> of(Class<T> recordClass) {
        return (ByteLayout<T>) CACHE.get(recordClass);
    }

    private ByteLayout(Class<T> type) {
        this.type = type;
        FixedLengthRecord record = type.getAnnotation(FixedLengthRecord.class);
        if (record == null || record.length() <= 0) {
            throw new IllegalArgumentException(type.getName() + " has no @FixedLengthRecord(length = ...)");
        }
        this.recordLength = record.length();
        this.constructor = noArgConstructor(type);
        this.slots = readSlots(type, recordLength);
        this.fields = Arrays.stream(slots).map(s -> s.spec).toList();
        this.fillers = gaps(slots, recordLength);
    }

    public Class<T> recordClass() {
        return type;
    }

    public int recordLength() {
        return recordLength;
    }

    /** The declared items in byte order (予備 excluded). */
    public List<FieldSpec> fields() {
        return fields;
    }

    /**
     * Decodes one record (without CRLF). Always returns a value; every problem found is listed, and items that failed
     * are null / 0. A record of the wrong length gets one "レコード" error and only the items it fully holds.
     */
    public Decoded<T> decode(byte[] record) {
        T bean = newInstance();
        List<FieldError> errors = new ArrayList<>(0);
        if (record.length != recordLength) {
            errors.add(new FieldError("レコード",
                    "レコード長が不正です (期待 " + recordLength + " バイト, 実際 " + record.length + " バイト)"));
        }
        for (FieldSlot slot : slots) {
            if (slot.to > record.length) {
                slot.clear(bean);
                continue;
            }
            decoder.decode(record, slot, bean, errors);
        }
        for (int i = 0; i < fillers.length; i += 2) {
            int to = Math.min(fillers[i + 1], record.length);
            int bad = fillers[i] < to ? Ms932.firstInvalid(record, fillers[i], to) : -1;
            if (bad >= 0) {
                errors.add(new FieldError(FILLER_NAME, FixedFieldDecoder.invalidByteMessage(bad)));
            }
        }
        return new Decoded<>(bean, errors);
    }

    /**
     * Encodes one record: exactly {@link #recordLength()} bytes, no CRLF.
     *
     * @throws IllegalArgumentException naming the item when a value does not fit its bytes, is not MS932, a 9 value
     *                                  is not digits, or a required D value is null
     */
    public byte[] encode(T record) {
        byte[] out = new byte[recordLength];
        Arrays.fill(out, (byte) ' ');
        for (FieldSlot slot : slots) {
            encoder.encode(slot, slot.get(record), out);
        }
        return out;
    }

    private T newInstance() {
        try {
            return constructor.newInstance();
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot create " + type.getName(), e);
        }
    }

    private static <T> Constructor<T> noArgConstructor(Class<T> type) {
        try {
            Constructor<T> c = type.getDeclaredConstructor();
            c.setAccessible(true);
            return c;
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName() + " needs a no-arg constructor", e);
        }
    }

    private static FieldSlot[] readSlots(Class<?> type, int recordLength) {
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        List<FieldSlot> result = new ArrayList<>();
        for (Class<?> c : hierarchy) {
            for (Field f : c.getDeclaredFields()) {
                DataField df = f.getAnnotation(DataField.class);
                if (df == null || Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                result.add(new FieldSlot(specOf(f, df), f));
            }
        }
        result.sort(Comparator.comparingInt(s -> s.from));
        int previousEnd = 0;
        for (FieldSlot s : result) {
            if (s.spec.length() <= 0 || s.from < previousEnd || s.to > recordLength) {
                throw new IllegalStateException(type.getName() + "." + s.field.getName() + " (" + s.spec.name()
                        + "): bytes " + s.spec.start() + "-" + s.spec.end() + " overlap or exceed the record of "
                        + recordLength + " bytes");
            }
            previousEnd = s.to;
        }
        return result.toArray(FieldSlot[]::new);
    }

    private static FieldSpec specOf(Field f, DataField df) {
        Kind kind;
        if (!df.pattern().isEmpty()) {
            if (!"yyyyMMdd".equals(df.pattern())) {
                throw new IllegalStateException(f + ": only pattern yyyyMMdd is supported");
            }
            kind = Kind.DATE;
        } else if ("R".equals(df.align()) && df.paddingChar() == '0') {
            kind = Kind.NINE;
        } else {
            kind = Kind.X;
        }
        String name = df.name().isEmpty() ? f.getName() : df.name();
        return new FieldSpec(name, f.getName(), df.pos(), df.length(), kind, kind == Kind.DATE && df.required());
    }

    private static int[] gaps(FieldSlot[] slots, int recordLength) {
        List<Integer> ranges = new ArrayList<>();
        int at = 0;
        for (FieldSlot s : slots) {
            if (s.from > at) {
                ranges.add(at);
                ranges.add(s.from);
            }
            at = s.to;
        }
        if (at < recordLength) {
            ranges.add(at);
            ranges.add(recordLength);
        }
        return ranges.stream().mapToInt(Integer::intValue).toArray();
    }
}
