package jp.kokuho.hub.mapping.bytes;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.camel.dataformat.bindy.annotation.CsvRecord;
import org.apache.camel.dataformat.bindy.annotation.DataField;

/**
 * A CSV record class read from its Bindy annotations ({@code @CsvRecord}, {@code @DataField(pos, name)}; pos is the
 * 1-based column). All fields are String: validation of values happens later and collects every error.
 * Instances are cached per class and thread-safe.
 */
public final class CsvLayout<T> {

    private static final ClassValue<CsvLayout<?>> CACHE = new ClassValue<>() {
        @Override
        protected CsvLayout<?> computeValue(Class<?> type) {
            return new CsvLayout<>(type);
        }
    };

    private final Class<T> type;
    private final Constructor<T> constructor;
    private final Field[] columns;
    private final List<String> names;

    @SuppressWarnings("unchecked")
    public static <T> CsvLayout<T> of(Class<T> recordClass) {
        return (CsvLayout<T>) CACHE.get(recordClass);
    }

    private CsvLayout(Class<T> type) {
        if (type.getAnnotation(CsvRecord.class) == null) {
            throw new IllegalArgumentException(type.getName() + " has no @CsvRecord");
        }
        this.type = type;
        try {
            this.constructor = type.getDeclaredConstructor();
            this.constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName() + " needs a no-arg constructor", e);
        }
        List<Field> fields = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            if (f.getAnnotation(DataField.class) != null && !Modifier.isStatic(f.getModifiers())) {
                if (f.getType() != String.class) {
                    throw new IllegalStateException(f + ": CSV fields must be String");
                }
                f.setAccessible(true);
                fields.add(f);
            }
        }
        fields.sort(Comparator.comparingInt(f -> f.getAnnotation(DataField.class).pos()));
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).getAnnotation(DataField.class).pos() != i + 1) {
                throw new IllegalStateException(type.getName() + ": @DataField positions must be 1.." + fields.size());
            }
        }
        this.columns = fields.toArray(Field[]::new);
        this.names = fields.stream().map(f -> {
            String n = f.getAnnotation(DataField.class).name();
            return n.isEmpty() ? f.getName() : n;
        }).toList();
    }

    public Class<T> recordClass() {
        return type;
    }

    public int fieldCount() {
        return columns.length;
    }

    /** The Japanese 項目 names in column order. */
    public List<String> names() {
        return names;
    }

    /**
     * Maps a row onto a new bean. The row's own problem and a wrong field count are "レコード" errors; the columns
     * present are still set.
     */
    public Decoded<T> decode(CsvRow row) {
        List<FieldError> errors = new ArrayList<>(0);
        if (row.problem() != null) {
            errors.add(new FieldError("レコード", row.problem()));
        }
        String[] values = row.fields();
        if (values.length != columns.length) {
            errors.add(new FieldError("レコード",
                    "項目数が不正です (期待 " + columns.length + ", 実際 " + values.length + ")"));
        }
        T bean = newInstance();
        try {
            for (int i = 0; i < Math.min(values.length, columns.length); i++) {
                columns[i].set(bean, values[i]);
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return new Decoded<>(bean, errors);
    }

    /**
     * One CSV line without its CRLF: null → empty field; a field holding a comma, quote, CR or LF is quoted with ""
     * escapes. The caller writes it in MS932 followed by CRLF.
     */
    public String encodeLine(T record) {
        StringBuilder sb = new StringBuilder(128);
        try {
            for (int i = 0; i < columns.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                String v = (String) columns[i].get(record);
                if (v == null) {
                    continue;
                }
                if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0) {
                    sb.append('"').append(v.replace("\"", "\"\"")).append('"');
                } else {
                    sb.append(v);
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return sb.toString();
    }

    private T newInstance() {
        try {
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + type.getName(), e);
        }
    }

    @Override
    public String toString() {
        return "CsvLayout" + Arrays.toString(names.toArray());
    }
}
