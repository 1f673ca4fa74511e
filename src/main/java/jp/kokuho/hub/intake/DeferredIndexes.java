package jp.kokuho.hub.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A table's indexes set aside while a whole snapshot is copied in, and built again afterwards, in the same
 * transaction (PostgreSQL manual, "Populating a Database": building an index over the loaded rows is faster than
 * updating it for each row). A unique index that cannot be built fails with unique_violation, as an insert would.
 * The definitions are read from the catalog, so the Flyway migrations stay their only source; indexes that back a
 * constraint are left in place. A rollback restores the indexes with the rows.
 */
final class DeferredIndexes {

    private final Connection connection;
    private final List<String> definitions;

    private DeferredIndexes(Connection connection, List<String> definitions) {
        this.connection = connection;
        this.definitions = definitions;
    }

    /** drops the table's indexes (not those of a constraint) and remembers how to build them */
    static DeferredIndexes setAside(Connection connection, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("select i.indexrelid::regclass::text,"
                + " pg_get_indexdef(i.indexrelid) from pg_index i where i.indrelid = ?::regclass"
                + " and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid) order by 1")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    definitions.add(rs.getString(2));
                }
            }
        }
        if (!names.isEmpty()) {
            try (Statement st = connection.createStatement()) {
                st.execute("drop index " + String.join(", ", names));
            }
        }
        return new DeferredIndexes(connection, definitions);
    }

    /** builds the indexes again over the rows now in the table */
    void build() throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String definition : definitions) {
                st.execute(definition);
            }
        }
    }
}
