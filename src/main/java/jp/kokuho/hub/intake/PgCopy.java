package jp.kokuho.hub.intake;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into PostgreSQL with COPY FROM STDIN (text format) through the JDBC driver's CopyManager,
 * inside the caller's transaction. Rows are buffered in 64 KB chunks: memory does not grow with the file.
 */
public final class PgCopy implements AutoCloseable {

    private static final int FLUSH_AT = 64 * 1024;

    private final CopyIn copy;
    /** UTF-8 bytes of the rows not yet sent; written directly (no String building per row) */
    private byte[] buffer = new byte[FLUSH_AT + 4096];
    private int size;
    private boolean rowStarted;
    private long rows;

    /** @param tableAndColumns e.g. {@code qualification (household_no, person_no)} */
    public PgCopy(Connection connection, String tableAndColumns) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + tableAndColumns + " FROM STDIN");
    }

    public PgCopy add(String value) {
        separator();
        if (value == null) {
            put((byte) '\\');
            put((byte) 'N');
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch < 0x80) {
                switch (ch) {
                    case '\\' -> escape('\\');
                    case '\t' -> escape('t');
                    case '\n' -> escape('n');
                    case '\r' -> escape('r');
                    default -> put((byte) ch);
                }
            } else if (Character.isHighSurrogate(ch) && i + 1 < value.length()) {
                utf8(Character.toCodePoint(ch, value.charAt(++i)));
            } else {
                utf8(ch);
            }
        }
        return this;
    }

    public PgCopy add(long value) {
        separator();
        if (value < 0) {
            put((byte) '-');
            value = -value;
        }
        digits(value, 1);
        return this;
    }

    public PgCopy add(Long value) {
        return value == null ? add((String) null) : add(value.longValue());
    }

    public PgCopy add(LocalDate value) {
        if (value == null) {
            return add((String) null);
        }
        separator();
        digits(value.getYear(), 4);
        put((byte) '-');
        digits(value.getMonthValue(), 2);
        put((byte) '-');
        digits(value.getDayOfMonth(), 2);
        return this;
    }

    public void endRow() throws SQLException {
        put((byte) '\n');
        rowStarted = false;
        rows++;
        if (size >= FLUSH_AT) {
            flush();
        }
    }

    /** Sends what is left and ends the COPY; returns the rows copied. */
    public long finish() throws SQLException {
        flush();
        copy.endCopy();
        return rows;
    }

    private void separator() {
        if (rowStarted) {
            put((byte) '\t');
        }
        rowStarted = true;
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

    private void put(byte b) {
        if (size == buffer.length) {
            ensure(1);
        }
        buffer[size++] = b;
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
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
}
