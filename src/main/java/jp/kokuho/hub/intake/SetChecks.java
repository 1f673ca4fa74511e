package jp.kokuho.hub.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Checks over a whole file, as SQL over its staged rows (set-based: memory does not grow with the file).
 * Each query returns (record_no, message) rows; each becomes an error of the named item.
 */
public final class SetChecks {

    private SetChecks() {
    }

    public static void run(Connection c, ErrorCollector errors, String item, String sql, Object... params)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int recordNo = rs.getInt(1);
                    errors.add(rs.wasNull() ? null : recordNo, item, rs.getString(2));
                }
            }
        }
    }
}
