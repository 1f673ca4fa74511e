package jp.kokuho.hub.mapping.bytes;

import java.lang.reflect.Field;
import java.time.LocalDate;

/** Builds sample beans for any layout class by filling each declared item with a value of its kind. */
public final class Samples {

    private Samples() {
    }

    public static <T> T sample(Class<T> type, int seed) {
        ByteLayout<T> layout = ByteLayout.of(type);
        try {
            T bean = type.getDeclaredConstructor().newInstance();
            for (FieldSpec spec : layout.fields()) {
                if (spec.key().equals("recordType") || spec.key().equals("fileId")) {
                    continue; // constructor defaults
                }
                Field f = field(type, spec.key());
                f.setAccessible(true);
                f.set(bean, value(spec, f.getType(), seed));
            }
            return bean;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(FieldSpec spec, Class<?> javaType, int seed) {
        return switch (spec.kind()) {
            case DATE -> LocalDate.of(1950, 1, 31).plusDays(seed * 37L + spec.start());
            case NINE -> {
                long v = (seed * 7L + spec.start()) % (long) Math.pow(10, Math.min(spec.length(), 9));
                if (javaType == int.class) {
                    yield (int) v;
                }
                if (javaType == long.class) {
                    yield v;
                }
                yield String.format("%0" + spec.length() + "d", v);
            }
            case X -> switch (spec.name()) {
                case "氏名" -> "国保　太郎髙橋";
                case "氏名カナ" -> "ｺｸﾎ ﾀﾛｳ";
                default -> ("A" + seed + "Z" + spec.key()).substring(0, Math.min(spec.length(), 3 + String.valueOf(seed).length()));
            };
        };
    }

    static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // try the superclass
            }
        }
        throw new NoSuchFieldException(name);
    }
}
