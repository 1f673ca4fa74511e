package jp.kokuho.hub.intake;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into PostgreSQL with COPY FROM STDIN through the JDBC driver's CopyManager, inside the caller's
 * transaction. Rows are buffered in 64 KB chunks: memory does not grow with the file.
 * <p>
 * Binary format when every column is of a type written here (smallint, integer, bigint, date, boolean, text, char,
 * varchar, bytea; the column types are read from the catalog): the server then parses no text per value (measured in
 * docs/benchmark.md). Otherwise the text format. Callers add values in column order, the same way for both.
 */
public final class PgCopy implements AutoCloseable {

    private static final int FLUSH_AT = 64 * 1024;
    /**
     * {@code -Dkokuho.pgcopy.format=text}: the text format for every table, so that the benchmark can measure what the
     * binary format gains ({@code BENCH_JAVA_OPTS}, docs/benchmark.md); not a setting of the hub.
     */
    private static final boolean TEXT_ONLY = "text".equals(System.getProperty("kokuho.pgcopy.format"));
    private static final byte[] BINARY_SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final long PG_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /** how a column's value is written in the binary format */
    enum Kind { INT2, INT4, INT8, DATE, BOOL, TEXT, BYTEA }

    private final CopyIn copy;
    /** per column, in COPY order; null = text format */
    private final Kind[] kinds;
    /** bytes of the rows not yet sent; written directly (no String building per row) */
    private byte[] buffer = new byte[FLUSH_AT + 4096];
    private int size;
    private int column;
    private long rows;

    /** @param tableAndColumns e.g. {@code qualification (household_no, person_no)} */
    public PgCopy(Connection connection, String tableAndColumns) throws SQLException {
        this.kinds = TEXT_ONLY ? null : binaryKinds(connection, tableAndColumns);
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + tableAndColumns + " FROM STDIN" + (kinds == null ? "" : " (FORMAT binary)"));
        if (kinds != null) {
            put(BINARY_SIGNATURE);
            putInt(0); // flags
            putInt(0); // header extension length
        }
    }

    /** true when the rows go in the binary format */
    boolean binary() {
        return kinds != null;
    }

    public PgCopy add(String value) {
        if (value == null) {
            return addNull();
        }
        Kind kind = nextColumn();
        if (kind == null) {
            text(value);
            return this;
        }
        switch (kind) {
            case TEXT -> {
                int lengthAt = size;
                putInt(0);
                utf8(value);
                setInt(lengthAt, size - lengthAt - 4);
            }
            case INT2, INT4, INT8 -> number(kind, parseLong(value));
            case DATE -> date(LocalDate.parse(value.trim()));
            case BOOL -> bool(value.equals("t") || value.equals("true") || value.equals("1"));
            case BYTEA -> throw new IllegalArgumentException("a bytea column takes bytes, not text");
        }
        return this;
    }

    public PgCopy add(long value) {
        Kind kind = nextColumn();
        if (kind == null) {
            textNumber(value);
        } else if (kind == Kind.TEXT) {
            int lengthAt = size;
            putInt(0);
            textNumber(value);
            setInt(lengthAt, size - lengthAt - 4);
        } else if (kind == Kind.BOOL) {
            bool(value != 0);
        } else {
            number(kind, value);
        }
        return this;
    }

    public PgCopy add(Long value) {
        return value == null ? addNull() : add(value.longValue());
    }

    public PgCopy add(LocalDate value) {
        if (value == null) {
            return addNull();
        }
        Kind kind = nextColumn();
        if (kind == null) {
            textDate(value);
        } else if (kind == Kind.DATE) {
            date(value);
        } else {
            throw new IllegalArgumentException("a date for a " + kind + " column");
        }
        return this;
    }

    public PgCopy add(byte[] value) {
        if (value == null) {
            return addNull();
        }
        Kind kind = nextColumn();
        if (kind == null) {
            put((byte) '\\');
            put((byte) '\\');
            put((byte) 'x');
            ensure(value.length * 2);
            for (byte b : value) {
                buffer[size++] = HEX[(b >> 4) & 0xF];
                buffer[size++] = HEX[b & 0xF];
            }
        } else if (kind == Kind.BYTEA) {
            putInt(value.length);
            put(value);
        } else {
            throw new IllegalArgumentException("bytes for a " + kind + " column");
        }
        return this;
    }

    public void endRow() throws SQLException {
        if (kinds == null) {
            put((byte) '\n');
        } else if (column != kinds.length) {
            throw new IllegalStateException("a row of " + column + " values for " + kinds.length + " columns");
        }
        column = 0;
        rows++;
        if (size >= FLUSH_AT) {
            flush();
        }
    }

    /** Sends what is left and ends the COPY; returns the rows copied. */
    public long finish() throws SQLException {
        if (kinds != null) {
            putShort(-1); // file trailer
        }
        flush();
        copy.endCopy();
        return rows;
    }

    private PgCopy addNull() {
        Kind kind = nextColumn();
        if (kind == null) {
            put((byte) '\\');
            put((byte) 'N');
        } else {
            putInt(-1);
        }
        return this;
    }

    /** starts the next value: the field separator (text) or the row's field count (binary); its column's kind */
    private Kind nextColumn() {
        if (kinds == null) {
            if (column++ > 0) {
                put((byte) '\t');
            }
            return null;
        }
        if (column == kinds.length) {
            throw new IllegalStateException("more values than the " + kinds.length + " columns");
        }
        if (column == 0) {
            putShort(kinds.length);
        }
        return kinds[column++];
    }

    // ---- binary values ----------------------------------------------------------------------------------------

    private void number(Kind kind, long value) {
        switch (kind) {
            case INT2 -> {
                if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
                    throw new IllegalArgumentException(value + " does not fit a smallint column");
                }
                putInt(2);
                putShort((int) value);
            }
            case INT4 -> {
                if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException(value + " does not fit an integer column");
                }
                putInt(4);
                putInt((int) value);
            }
            case INT8 -> {
                putInt(8);
                putInt((int) (value >>> 32));
                putInt((int) value);
            }
            default -> throw new IllegalArgumentException("a number for a " + kind + " column");
        }
    }

    /** a code or count given as text ("1", "01"): digits read directly, anything else as Long.parseLong reads it */
    private static long parseLong(String value) {
        int n = value.length();
        if (n == 0 || n > 18) {
            return Long.parseLong(value.trim());
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return Long.parseLong(value.trim());
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private void date(LocalDate value) {
        putInt(4);
        putInt(Math.toIntExact(value.toEpochDay() - PG_EPOCH_DAY));
    }

    private void bool(boolean value) {
        putInt(1);
        put((byte) (value ? 1 : 0));
    }

    // ---- text values ------------------------------------------------------------------------------------------

    private void text(String value) {
        chars(value, true);
    }

    private void textNumber(long value) {
        if (value < 0) {
            put((byte) '-');
            value = -value;
        }
        digits(value, 1);
    }

    private void textDate(LocalDate value) {
        digits(value.getYear(), 4);
        put((byte) '-');
        digits(value.getMonthValue(), 2);
        put((byte) '-');
        digits(value.getDayOfMonth(), 2);
    }

    private void escape(char c) {
        put((byte) '\\');
        put((byte) c);
    }

    /** at least {@code width} digits, zero-padded; value ≥ 0 */
    private void digits(long value, int width) {
        int n = 1;
        for (long v = value; v >= 10; v /= 10) {
            n++;
        }
        for (int pad = width - n; pad > 0; pad--) {
            put((byte) '0');
        }
        ensure(n);
        for (int i = size + n - 1; i >= size; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        size += n;
    }

    // ---- bytes ------------------------------------------------------------------------------------------------

    /** UTF-8 of the whole string, unescaped */
    private void utf8(String value) {
        chars(value, false);
    }

    /** UTF-8 of the string; with {@code escaped}, backslash, tab, newline and carriage return as COPY text wants them */
    private void chars(String value, boolean escaped) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch < 0x80) {
                if (escaped && (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r')) {
                    escape(ch == '\\' ? '\\' : ch == '\t' ? 't' : ch == '\n' ? 'n' : 'r');
                } else {
                    put((byte) ch);
                }
            } else if (Character.isHighSurrogate(ch) && i + 1 < value.length()) {
                utf8(Character.toCodePoint(ch, value.charAt(++i)));
            } else {
                utf8(ch);
            }
        }
    }

    private void utf8(int cp) {
        ensure(4);
        if (cp < 0x800) {
            buffer[size++] = (byte) (0xC0 | (cp >> 6));
            buffer[size++] = (byte) (0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            buffer[size++] = (byte) (0xE0 | (cp >> 12));
            buffer[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            buffer[size++] = (byte) (0x80 | (cp & 0x3F));
        } else {
            buffer[size++] = (byte) (0xF0 | (cp >> 18));
            buffer[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            buffer[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            buffer[size++] = (byte) (0x80 | (cp & 0x3F));
        }
    }

    private void putShort(int v) {
        ensure(2);
        buffer[size++] = (byte) (v >>> 8);
        buffer[size++] = (byte) v;
    }

    private void putInt(int v) {
        ensure(4);
        setInt(size, v);
        size += 4;
    }

    private void setInt(int at, int v) {
        buffer[at] = (byte) (v >>> 24);
        buffer[at + 1] = (byte) (v >>> 16);
        buffer[at + 2] = (byte) (v >>> 8);
        buffer[at + 3] = (byte) v;
    }

    private void put(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
    }

    private void put(byte b) {
        if (size == buffer.length) {
            ensure(1);
        }
        buffer[size++] = b;
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }

    private void flush() throws SQLException {
        if (size > 0) {
            copy.writeToCopy(buffer, 0, size);
            size = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    // ---- column types -----------------------------------------------------------------------------------------

    /** the binary kind of each listed column, or null when one of them has a type not written here */
    private static Kind[] binaryKinds(Connection connection, String tableAndColumns) throws SQLException {
        int open = tableAndColumns.indexOf('(');
        int close = tableAndColumns.lastIndexOf(')');
        if (open < 0 || close < open) {
            return null;
        }
        String table = tableAndColumns.substring(0, open).trim();
        List<String> columns = new ArrayList<>();
        for (String c : tableAndColumns.substring(open + 1, close).split(",")) {
            columns.add(c.trim().toLowerCase(Locale.ROOT));
        }
        Map<String, String> types = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("select attname, atttypid::regtype::text from pg_attribute"
                + " where attrelid = ?::regclass and attnum > 0 and not attisdropped")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    types.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        Kind[] kinds = new Kind[columns.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = kindOf(types.get(columns.get(i)));
            if (kinds[i] == null) {
                return null;
            }
        }
        return kinds;
    }

    static Kind kindOf(String type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "smallint" -> Kind.INT2;
            case "integer" -> Kind.INT4;
            case "bigint" -> Kind.INT8;
            case "date" -> Kind.DATE;
            case "boolean" -> Kind.BOOL;
            case "text", "character", "character varying" -> Kind.TEXT;
            case "bytea" -> Kind.BYTEA;
            default -> null;
        };
    }
}
