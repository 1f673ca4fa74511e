package jp.kokuho.hub.intake;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one reader and writer of {@code feed_snapshot}: the 基準年月日 of the snapshot each snapshot feed holds
 * (IF-QUA {@value #QUALIFICATION}, IF-COL {@value #COLLECTION}), and the receipt that brought it.
 */
@Component
public class FeedSnapshots {

    public static final String QUALIFICATION = "qualification";
    public static final String COLLECTION = "collection";

    private static final String SELECT = "select base_date from feed_snapshot where feed = ?";

    private final JdbcTemplate jdbc;

    public FeedSnapshots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** the 基準年月日 of the held snapshot of {@code feed}, or null when none was imported */
    public LocalDate baseDate(String feed) {
        return jdbc.query(SELECT, rs -> rs.next() ? rs.getObject(1, LocalDate.class) : null, feed);
    }

    /** the same, read on the connection of an import transaction */
    static LocalDate baseDate(Connection connection, String feed) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(SELECT)) {
            ps.setString(1, feed);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1, LocalDate.class) : null;
            }
        }
    }

    /** the import transaction holds a new snapshot of {@code feed} as of {@code baseDate} */
    static void hold(Connection connection, String feed, LocalDate baseDate, long receiptId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("insert into feed_snapshot (feed, base_date, receipt_id)"
                + " values (?, ?, ?) on conflict (feed) do update set base_date = excluded.base_date,"
                + " receipt_id = excluded.receipt_id")) {
            ps.setString(1, feed);
            ps.setDate(2, Date.valueOf(baseDate));
            ps.setLong(3, receiptId);
            ps.executeUpdate();
        }
    }
}
