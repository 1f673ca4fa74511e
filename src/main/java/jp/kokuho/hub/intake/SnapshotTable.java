package jp.kokuho.hub.intake;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
        try (PreparedStatement ps = ctx.connection().prepareStatement(
                "select base_date from feed_snapshot where feed = ?")) {
            ps.setString(1, feed);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    LocalDate held = rs.getDate(1).toLocalDate();
                    if (baseDate.isBefore(held)) {
                        ctx.errors().add(recordNo, "基準年月日", "取込済みのスナップショットより古い基準年月日です (取込済み "
                                + held.toString().replace("-", "") + ", このファイル " + baseDate.toString().replace("-", "") + ")");
                    }
                }
            }
        }
    }

    /**
     * Empties the snapshot table and opens where this pass copies its rows: the table itself in the fast pass, with
     * its indexes set aside until {@link Load#rowsIn()} builds them again (the unique ones then check the keys), a
     * temporary {@code <table>_stage} without constraints in the detailed pass (SQL then lists every duplicate).
     */
    public Load open(ImportContext ctx) throws SQLException {
        try (Statement st = ctx.connection().createStatement()) {
            st.execute("truncate table " + table);
            if (ctx.detailed()) {
                st.execute("create temporary table " + stage() + " (like " + table + ") on commit drop");
                return new Load(stage(), null);
            }
        }
        return new Load(table, DeferredIndexes.setAside(ctx.connection(), table));
    }

    /** where a pass copies its rows; {@link #rowsIn()} once they are all there */
    public static final class Load {

        private final String table;
        private final DeferredIndexes indexes;

        Load(String table, DeferredIndexes indexes) {
            this.table = table;
            this.indexes = indexes;
        }

        public String table() {
            return table;
        }

        /** all rows copied: the fast pass builds the indexes (a key given twice fails as unique_violation) */
        public void rowsIn() throws SQLException {
            if (indexes != null) {
                indexes.build();
            }
        }
    }

    /** the temporary table of the detailed pass */
    public String stage() {
        return table + "_stage";
    }

    /** Holds the new snapshot as of {@code baseDate} (in the detailed pass, after moving its rows in). */
    public void hold(ImportContext ctx, LocalDate baseDate) throws SQLException {
        if (ctx.detailed()) {
            try (Statement st = ctx.connection().createStatement()) {
                st.executeUpdate("insert into " + table + " select * from " + stage());
            }
        }
        if (baseDate == null) {
            return;
        }
        try (PreparedStatement ps = ctx.connection().prepareStatement("insert into feed_snapshot (feed, base_date, receipt_id)"
                + " values (?, ?, ?) on conflict (feed) do update set base_date = excluded.base_date,"
                + " receipt_id = excluded.receipt_id")) {
            ps.setString(1, feed);
            ps.setDate(2, Date.valueOf(baseDate));
            ps.setLong(3, ctx.receiptId());
            ps.executeUpdate();
        }
    }
}
