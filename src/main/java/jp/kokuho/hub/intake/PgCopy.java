package jp.kokuho.hub.intake;

import java.nio.charset.StandardCharsets;
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
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 1024);
    private boolean rowStarted;
    private long rows;

    /** @param table and columns, e.g. {@code qualification (household_no, person_no)} */
    public PgCopy(Connection connection, String tableAndColumns) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + tableAndColumns + " FROM STDIN");
    }

    public PgCopy add(String value) {
        separator();
        if (value == null) {
            buffer.append("\\N");
        } else {
            for (int i = 0; i < value.length(); i++) {
                char ch = value.charAt(i);
                switch (ch) {
                    case '\\' -> buffer.append("\\\\");
                    case '\t' -> buffer.append("\\t");
                    case '\n' -> buffer.append("\\n");
                    case '\r' -> buffer.append("\\r");
                    default -> buffer.append(ch);
                }
            }
        }
        return this;
    }

    public PgCopy add(long value) {
        separator();
        buffer.append(value);
        return this;
    }

    public PgCopy add(Long value) {
        return value == null ? add((String) null) : add(value.longValue());
    }

    public PgCopy add(LocalDate value) {
        separator();
        if (value == null) {
            buffer.append("\\N");
        } else {
            buffer.append(value);
        }
        return this;
    }

    public void endRow() throws SQLException {
        buffer.append('\n');
        rowStarted = false;
        rows++;
        if (buffer.length() >= FLUSH_AT) {
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
            buffer.append('\t');
        }
        rowStarted = true;
    }

    private void flush() throws SQLException {
        if (buffer.length() > 0) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
