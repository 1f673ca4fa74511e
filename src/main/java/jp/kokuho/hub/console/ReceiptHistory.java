package jp.kokuho.hub.console;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kokuho.hub.intake.ResultListFormat;

/**
 * The processing history as the console shows it: receipts filtered by feed, status and day (Japan time), each
 * with its review (確認済) when a staff member looked at a rejected file.
 */
@Component
public class ReceiptHistory {

    /** one received file */
    public record Row(long id, String feed, String feedLabel, String interfaceId, String fileName, String status,
                      String statusLabel, String receivedAt, String finishedAt, Integer recordCount, Integer errorCount,
                      Integer registeredCount, Integer registrationErrorCount, String resultList,
                      String registrationList, String reviewedBy, String reviewedAt, String reviewNote,
                      String location, String retriedBy, String retriedAt, String waitCause, int retries) {
        public boolean rejected() {
            return "REJECTED".equals(status) || "DUPLICATE".equals(status) || "FAILED".equals(status);
        }

        /** the rejected file is in error/ and nobody put it back yet: an operator may retry it */
        public boolean retryable() {
            return rejected() && retriedBy == null && location != null && location.startsWith("error/");
        }

        public boolean waiting() {
            return "WAITING".equals(status);
        }

        public boolean reviewed() {
            return reviewedBy != null;
        }
    }

    /** what one feed received today, by outcome */
    public record FeedDay(String feed, String feedLabel, long imported, long rejected, long duplicate, long other) {
    }

    private static final String SELECT = """
            select r.id, r.feed, r.interface_id, r.file_name, r.status, r.received_at, r.finished_at, r.record_count,
                   r.error_count, r.registered_count, r.registration_error_count, r.result_list, r.registration_list,
                   v.reviewed_by, v.reviewed_at, v.note, r.location, r.retried_by, r.retried_at, r.wait_cause, r.retries
            from file_receipt r left join file_review v on v.receipt_id = r.id
            """;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ReceiptHistory(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Row> find(String feed, String status, LocalDate from, LocalDate to, int limit) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where true");
        List<Object> args = new ArrayList<>();
        if (feed != null && !feed.isBlank()) {
            sql.append(" and r.feed = ?");
            args.add(feed);
        }
        if (status != null && !status.isBlank()) {
            sql.append(" and r.status = ?");
            args.add(status);
        }
        if (from != null) {
            sql.append(" and r.received_at >= ?");
            args.add(Timestamp.from(from.atStartOfDay(ResultListFormat.JAPAN).toInstant()));
        }
        if (to != null) {
            sql.append(" and r.received_at < ?");
            args.add(Timestamp.from(to.plusDays(1).atStartOfDay(ResultListFormat.JAPAN).toInstant()));
        }
        sql.append(" order by r.id desc limit ?");
        args.add(limit);
        return jdbc.query(sql.toString(), (rs, i) -> row(rs), args.toArray());
    }

    public Optional<Row> one(long id) {
        return jdbc.query(SELECT + " where r.id = ?", (rs, i) -> row(rs), id).stream().findFirst();
    }

    /** rejected files (エラー, 二重取込, 異常終了) nobody marked 確認済 yet, newest first */
    public List<Row> unreviewedRejections(int limit) {
        return jdbc.query(SELECT + " where r.status in ('REJECTED', 'DUPLICATE', 'FAILED') and v.receipt_id is null"
                + " order by r.id desc limit ?", (rs, i) -> row(rs), limit);
    }

    /** today's files (Japan time) per feed and outcome */
    public List<FeedDay> today() {
        LocalDate today = LocalDate.now(clock.withZone(ResultListFormat.JAPAN));
        Timestamp start = Timestamp.from(today.atStartOfDay(ResultListFormat.JAPAN).toInstant());
        List<FeedDay> out = new ArrayList<>();
        for (String feed : ConsoleLabels.FEEDS.keySet()) {
            long[] n = new long[4];
            jdbc.query("select status, count(*) from file_receipt where feed = ? and received_at >= ? group by status",
                    rs -> {
                        String s = rs.getString(1);
                        long c = rs.getLong(2);
                        switch (s) {
                            case "IMPORTED" -> n[0] += c;
                            case "REJECTED", "FAILED" -> n[1] += c;
                            case "DUPLICATE" -> n[2] += c;
                            default -> n[3] += c;
                        }
                    }, feed, start);
            out.add(new FeedDay(feed, ConsoleLabels.feed(feed), n[0], n[1], n[2], n[3]));
        }
        return out;
    }

    /** marks a file 確認済 (a second mark replaces the first: who looked last and why) */
    public void review(long id, String user, String note) {
        jdbc.update("""
                insert into file_review (receipt_id, reviewed_by, reviewed_at, note) values (?, ?, ?, ?)
                on conflict (receipt_id) do update set reviewed_by = excluded.reviewed_by,
                    reviewed_at = excluded.reviewed_at, note = excluded.note""",
                id, user, Timestamp.from(clock.instant()), note == null || note.isBlank() ? null : note.trim());
    }

    private static Row row(ResultSet rs) throws SQLException {
        String feed = rs.getString("feed");
        String status = rs.getString("status");
        return new Row(rs.getLong("id"), feed, ConsoleLabels.feed(feed), rs.getString("interface_id"),
                rs.getString("file_name"), status, ConsoleLabels.status(status), time(rs.getTimestamp("received_at")),
                time(rs.getTimestamp("finished_at")), integer(rs, "record_count"), integer(rs, "error_count"),
                integer(rs, "registered_count"), integer(rs, "registration_error_count"), rs.getString("result_list"),
                rs.getString("registration_list"), rs.getString("reviewed_by"), time(rs.getTimestamp("reviewed_at")),
                rs.getString("note"), rs.getString("location"), rs.getString("retried_by"),
                time(rs.getTimestamp("retried_at")), rs.getString("wait_cause"), rs.getInt("retries"));
    }

    static String time(Timestamp t) {
        return t == null ? "" : ResultListFormat.timestamp(OffsetDateTime.ofInstant(t.toInstant(), ZoneOffset.UTC));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
