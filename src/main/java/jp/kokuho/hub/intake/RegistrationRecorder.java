package jp.kokuho.hub.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Stores each record's registration outcome in {@code registration_outcome} inside the import transaction
 * (batched inserts: memory does not grow with the file). A rollback removes them with everything else; after the
 * commit the pipeline writes the feed's {@link RegistrationListLayout} from them.
 */
public final class RegistrationRecorder implements AutoCloseable {

    private static final int BATCH = 500;

    private final Connection connection;
    private final long receiptId;
    private final PreparedStatement insert;
    private int pending;
    private long registered;
    private long rejected;

    public RegistrationRecorder(ImportContext ctx) throws SQLException {
        this.connection = ctx.connection();
        this.receiptId = ctx.receiptId();
        this.insert = connection.prepareStatement(
                "insert into registration_outcome (receipt_id, record_no, registered, cells) values (?, ?, ?, ?)");
    }

    /** @param cells the feed's list columns, in its list's order (values may be null) */
    public void record(int recordNo, boolean registered, List<String> cells) throws SQLException {
        insert.setLong(1, receiptId);
        insert.setInt(2, recordNo);
        insert.setBoolean(3, registered);
        insert.setArray(4, connection.createArrayOf("text", cells.toArray()));
        insert.addBatch();
        if (registered) {
            this.registered++;
        } else {
            this.rejected++;
        }
        if (++pending >= BATCH) {
            flush();
        }
    }

    /** sends what is batched; call it at the end of the registration (before the commit) */
    public void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    public long registered() {
        return registered;
    }

    public long rejected() {
        return rejected;
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
