package jp.kokuho.hub.mapping.bytes;

import java.lang.reflect.Field;
import java.time.LocalDate;

/** A {@link FieldSpec} bound to its Java field: reads and writes the bean value without per-call lookups. */
final class FieldSlot {

    /** The Java type of the bean field. */
    enum JavaType { STRING, INT, LONG, DATE }

    final FieldSpec spec;
    final Field field;
    final JavaType javaType;
    /** 0-based start offset and exclusive end offset in the record. */
    final int from;
    final int to;

    FieldSlot(FieldSpec spec, Field field) {
        this.spec = spec;
        this.field = field;
        this.field.setAccessible(true);
        this.javaType = javaTypeOf(spec, field);
        this.from = spec.start() - 1;
        this.to = from + spec.length();
    }

    private static JavaType javaTypeOf(FieldSpec spec, Field field) {
        Class<?> t = field.getType();
        JavaType jt;
        if (t == String.class) {
            jt = JavaType.STRING;
        } else if (t == int.class || t == Integer.class) {
            jt = JavaType.INT;
        } else if (t == long.class || t == Long.class) {
            jt = JavaType.LONG;
        } else if (t == LocalDate.class) {
            jt = JavaType.DATE;
        } else {
            throw illegal(spec, field, "unsupported Java type " + t.getName());
        }
        boolean fits = switch (spec.kind()) {
            case X -> jt == JavaType.STRING;
            case DATE -> jt == JavaType.DATE && spec.length() == 8;
            case NINE -> jt == JavaType.STRING
                    || (jt == JavaType.INT && spec.length() <= 9)
                    || (jt == JavaType.LONG && spec.length() <= 18);
        };
        if (!fits) {
            throw illegal(spec, field, "type " + t.getSimpleName() + " does not fit kind " + spec.kind()
                    + " of " + spec.length() + " bytes");
        }
        return jt;
    }

    private static IllegalStateException illegal(FieldSpec spec, Field field, String why) {
        return new IllegalStateException(field.getDeclaringClass().getName() + "." + field.getName()
                + " (" + spec.name() + "): " + why);
    }

    Object get(Object bean) {
        try {
            return field.get(bean);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    void set(Object bean, Object value) {
        try {
            field.set(bean, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    void setInt(Object bean, int value) {
        try {
            if (field.getType() == int.class) {
                field.setInt(bean, value);
            } else {
                field.set(bean, value);
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    void setLong(Object bean, long value) {
        try {
            if (field.getType() == long.class) {
                field.setLong(bean, value);
            } else {
                field.set(bean, value);
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets the "failed" value: null, or 0 for a primitive. */
    void clear(Object bean) {
        Class<?> t = field.getType();
        if (t == int.class) {
            setInt(bean, 0);
        } else if (t == long.class) {
            setLong(bean, 0L);
        } else {
            set(bean, null);
        }
    }
}
