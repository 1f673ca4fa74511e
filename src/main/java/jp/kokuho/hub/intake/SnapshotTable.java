package jp.kokuho.hub.intake;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * A snapshot feed's table (IF-QUA, IF-COL): the new snapshot replaces the held one as a whole inside the import
 * transaction (TRUNCATE and the index rebuild are transactional in PostgreSQL: a rollback restores the old snapshot). A snapshot older
 * than the held one is rejected; the same 基準年月日 is a corrected re-send and replaces it.
 */
public final class SnapshotTable {

    private final String feed;
    private final String table;

    public SnapshotTable(String feed, String table) {
        this.feed = feed;
        this.table = table;
    }

    public void rejectOlder(ImportContext ctx, LocalDate baseDate, Integer recordNo) throws SQLException {
        if (baseDate == null) {
            return;
        }
        LocalDate held = FeedSnapshots.baseDate(ctx.connection(), feed);
        if (held != null && baseDate.isBefore(held)) {
            ctx.errors().add(recordNo, "基準年月日", "取込済みのスナップショットより古い基準年月日です (取込済み "
                    + held.toString().replace("-", "") + ", このファイル " + baseDate.toString().replace("-", "") + ")");
        }
    }

    /**
     * Empties the snapshot table and sets its indexes aside (built again over the rows by {@link Load#buildUniqueIndexes()}),
     * so the file's rows are copied straight into it: one read of the file, whatever it holds.
     */
    public Load open(ImportContext ctx) throws SQLException {
        try (Statement st = ctx.connection().createStatement()) {
            st.execute("truncate table " + table);
        }
        return new Load(ctx.connection(), table, DeferredIndexes.setAside(ctx.connection(), table));
    }

    /** The snapshot table while a file's rows are copied into it, its indexes set aside. */
    public static final class Load {

        private final Connection connection;
        private final String table;
        private final DeferredIndexes indexes;
        private boolean built;

        Load(Connection connection, String table, DeferredIndexes indexes) {
            this.connection = connection;
            this.table = table;
            this.indexes = indexes;
        }

        public String table() {
            return table;
        }

        /**
         * All rows copied: builds the indexes again; their unique ones check the file's keys. When one refuses (a key
         * given twice), the build is undone to a savepoint taken before it, the rows stay, and this answers false:
         * the feed then lists every duplicate from the same rows ({@link DuplicateKeys}), and the file is rejected.
         *
         * @return true when every index is built (every key unique)
         */
        public boolean buildUniqueIndexes() throws SQLException {
            built = UniqueAttempt.run(connection, indexes::build);
            return built;
        }
    }

    /** Holds the new snapshot as of {@code baseDate}; only for a file without any error. */
    public void hold(ImportContext ctx, Load load, LocalDate baseDate) throws SQLException {
        if (!load.built) {
            // a key given twice always gives an error through DuplicateKeys: reaching here without one is a defect
            throw new IllegalStateException(table + ": the snapshot's unique indexes were not built");
        }
        if (baseDate == null) {
            return;
        }
        FeedSnapshots.hold(ctx.connection(), feed, baseDate, ctx.receiptId());
    }
}
