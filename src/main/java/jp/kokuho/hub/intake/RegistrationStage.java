package jp.kokuho.hub.intake;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jp.kokuho.hub.mapping.bytes.ByteLayout;
import jp.kokuho.hub.mapping.bytes.Decoded;

/**
 * The staging of a fixed-length feed with a registration step: while the file is read, every valid record is
 * copied (its bytes, re-encoded by its layout, and its unique key) into a temporary table of the import
 * transaction; after the last record the keys duplicated inside the file are found by SQL (they reject the file
 * at import); only then, and only without any error, the staged records are read back one by one, in record
 * order, for the per-record registration. Memory does not grow with the file.
 *
 * @param <D> data record class
 */
public final class RegistrationStage<D> implements AutoCloseable {

    /** One staged record during registration. */
    @FunctionalInterface
    public interface Handler<D> {
        void register(int recordNo, D record) throws SQLException;
    }


    private final Connection connection;
    private final ByteLayout<D> layout;
    private final PgCopy copy;
    private boolean finished;

    public RegistrationStage(Connection connection, Class<D> dataClass) throws SQLException {
        this.connection = connection;
        this.layout = ByteLayout.of(dataClass);
        try (Statement st = connection.createStatement()) {
            st.execute("create temporary table registration_stage (record_no integer not null, record_key text,"
                    + " record bytea not null) on commit drop");
        }
        this.copy = new PgCopy(connection, "registration_stage (record_no, record_key, record)");
    }

    /** stages one valid record; {@code key} is the key that must be unique in the file (or null) */
    public void add(int recordNo, String key, D record) throws SQLException {
        copy.add(recordNo).add(key).add(layout.encode(record));
        copy.endRow();
    }

    /**
     * Ends the staging and adds an error of {@code item} for every record whose key an earlier record of the file
     * already has (spec "File conventions": duplicates inside one file reject the whole file).
     */
    public void rejectDuplicateKeys(ErrorCollector errors, String item) throws SQLException {
        finish();
        DuplicateKeys.of(item, item, "record_key").showingKey().list(connection, "registration_stage", errors);
    }

    /** Reads the staged records back in record order (a cursor; other statements may run meanwhile). */
    public void forEach(Handler<D> handler) throws SQLException {
        finish();
        try (Statement st = connection.createStatement()) {
            st.setFetchSize(1000);
            try (ResultSet rs = st.executeQuery("select record_no, record from registration_stage order by record_no")) {
                while (rs.next()) {
                    Decoded<D> decoded = layout.decode(rs.getBytes(2));
                    if (!decoded.ok()) {
                        throw new IllegalStateException("a staged record does not decode: " + decoded.errors());
                    }
                    handler.register(rs.getInt(1), decoded.value());
                }
            }
        }
    }

    private void finish() throws SQLException {
        if (!finished) {
            copy.finish();
            finished = true;
        }
    }

    @Override
    public void close() throws SQLException {
        copy.close();
    }
}
