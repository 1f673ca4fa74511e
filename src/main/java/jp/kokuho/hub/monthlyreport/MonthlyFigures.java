package jp.kokuho.hub.monthlyreport;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kokuho.hub.incomeclass.IncomeClassService;
import jp.kokuho.hub.intake.FeedSnapshots;

/**
 * The one definition of every figure of 事業月報 (reports/monthly-report.md) for a month M: one statement selects the
 * 被保険者 of the basis (insured on E, or 取得/喪失 in M) with their effective 所得区分 of M, streamed with a cursor
 * while the P/A/L/K/H counters are summed; the C rows are one aggregate over {@code collection}. Memory stays flat.
 * Used by the monthly report (which also writes each basis row) and by the annual report (事業年報, which combines
 * the figures of the months of a fiscal year and needs no basis rows).
 */
@Component
public class MonthlyFigures {

    private static final DateTimeFormatter YYYYMM = DateTimeFormatter.ofPattern("uuuuMM");
    private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;
    /** the columns of 事業月報集計根拠データ */
    public static final List<String> BASIS_HEADER = List.of("世帯番号", "被保険者番号", "枝番", "生年月日", "年齢(月末)",
            "月末資格有無", "未就学児", "前期高齢者", "高齢受給者", "現役並み", "取得(当月)", "取得事由", "喪失(当月)",
            "喪失事由", "所得区分");
    static final int FETCH_SIZE = 10_000;

    /** who is in the basis of M: insured on E, or 取得/喪失 in M (parameters: E, E, the 1st, E, the 1st, E) */
    private static final String BASIS_WHERE = """
            where q.member_type = 1 and q.acquired_on is not null
              and ((q.acquired_on <= ? and (q.lost_on is null or q.lost_on > ?))
                   or q.acquired_on between ? and ?
                   or q.lost_on between ? and ?)
            """;

    private static final String BASIS_SQL = """
            select q.household_no, q.insured_no, q.branch_no, q.birth_date, q.acquired_on, q.acquire_reason,
                   q.lost_on, q.loss_reason, e.effective_class
            from qualification q
            left join income_class_effective e on e.target_month = ? and e.insured_no = q.insured_no and e.branch_no = q.branch_no
            %s
            order by q.household_no, q.insured_no, q.branch_no
            """.formatted(BASIS_WHERE);

    /** receives each basis row (the columns of {@link #BASIS_HEADER}) in 世帯番号, 被保険者番号, 枝番 order */
    public interface BasisSink {
        /** no basis rows wanted: only the figures */
        BasisSink NONE = row -> {
        };

        void accept(List<Object> row) throws IOException;
    }

    /**
     * The figures of one month.
     *
     * @param values every item of {@link ReportItem#ALL} in report order: Long, or BigDecimal (two decimals) for
     *               the 率 rows
     * @param basisRows the rows of 事業月報集計根拠データ
     * @param collectionHeld false when no IF-COL snapshot is held (C01–C13 are then 0)
     */
    public record Figures(YearMonth month, Map<String, Object> values, long basisRows, boolean collectionHeld) {

        public long count(String code) {
            return ((Number) values.get(code)).longValue();
        }
    }

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final IncomeClassService incomeClasses;
    private final FeedSnapshots snapshots;

    public MonthlyFigures(DataSource dataSource, JdbcTemplate jdbc, IncomeClassService incomeClasses,
                          FeedSnapshots snapshots) {
        this.snapshots = snapshots;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.incomeClasses = incomeClasses;
    }

    /**
     * The figures of M from the held snapshots and the income classes of M (judged first when M was never judged:
     * a judged month is reused as it is). Fails when no IF-QUA snapshot is held (an empty report would say "no
     * insured").
     */
    public Figures of(YearMonth month, BasisSink sink) throws IOException {
        requireQualificationSnapshot();
        boolean collectionHeld = snapshotDate("collection") != null;
        incomeClasses.ensureJudged(month);
        Counters counters = new Counters();
        streamBasis(month, sink, counters);
        collectionItems(month, counters);
        return new Figures(month, Collections.unmodifiableMap(counters.values()), counters.basisRows, collectionHeld);
    }

    /** the number of basis rows of M ({@link Figures#basisRows()}), counted without reading them: a job's total */
    public long basisRowCount(YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate end = month.atEndOfMonth();
        Long n = jdbc.queryForObject("select count(*) from qualification q " + BASIS_WHERE, Long.class,
                end, end, first, end, first, end);
        return n == null ? 0 : n;
    }

    /** fails (with the reason) when no IF-QUA snapshot is held: an empty report would say "no insured" */
    public void requireQualificationSnapshot() {
        if (snapshotDate("qualification") == null) {
            throw new IllegalStateException("no IF-QUA snapshot has been imported yet: no report written");
        }
    }

    /** the one streamed pass over the basis rows */
    private void streamBasis(YearMonth month, BasisSink sink, Counters c) throws IOException {
        LocalDate first = month.atDay(1);
        LocalDate end = month.atEndOfMonth();
        boolean rowsWanted = sink != BasisSink.NONE;
        try (Connection con = dataSource.getConnection()) {
            boolean auto = con.getAutoCommit();
            con.setAutoCommit(false); // a server-side cursor needs a transaction
            try (PreparedStatement ps = con.prepareStatement(BASIS_SQL, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                ps.setFetchSize(FETCH_SIZE);
                ps.setString(1, month.format(YYYYMM));
                ps.setObject(2, end);
                ps.setObject(3, end);
                ps.setObject(4, first);
                ps.setObject(5, end);
                ps.setObject(6, first);
                ps.setObject(7, end);
                String countedHousehold = null;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String household = rs.getString(1);
                        LocalDate birth = rs.getObject(4, LocalDate.class);
                        LocalDate acquired = rs.getObject(5, LocalDate.class);
                        LocalDate lost = rs.getObject(7, LocalDate.class);
                        String incomeClass = trim(rs.getString(9));
                        boolean insured = ReportRules.insuredOn(acquired, lost, end);
                        boolean acquiredInMonth = !acquired.isBefore(first) && !acquired.isAfter(end);
                        boolean lostInMonth = lost != null && !lost.isBefore(first) && !lost.isAfter(end);
                        boolean preschool = insured && ReportRules.preschool(birth, end);
                        boolean early = insured && ReportRules.earlyElderly(birth, end);
                        boolean senior = insured && ReportRules.seniorRecipient(birth, month);
                        boolean active = senior && incomeClass != null
                                && (incomeClass.equals("B1") || incomeClass.equals("B2") || incomeClass.equals("B3"));
                        if (insured) {
                            c.add("P01");
                            if (!household.equals(countedHousehold)) {
                                c.add("H01");
                                countedHousehold = household;
                            }
                            String k = ReportItem.classItem(incomeClass);
                            if (k != null) {
                                c.add(k);
                            }
                        }
                        if (preschool) {
                            c.add("P02");
                        }
                        if (early) {
                            c.add("P03");
                        }
                        if (senior) {
                            c.add("P04");
                        }
                        if (active) {
                            c.add("P05");
                        }
                        String acquireReason = acquiredInMonth ? trim(rs.getString(6)) : null;
                        String lossReason = lostInMonth ? trim(rs.getString(8)) : null;
                        if (acquiredInMonth) {
                            c.add(ReportItem.acquireItem(acquireReason));
                        }
                        if (lostInMonth) {
                            c.add(ReportItem.lossItem(lossReason));
                        }
                        c.basisRows++;
                        if (!rowsWanted) {
                            continue;
                        }
                        List<Object> row = new ArrayList<>(BASIS_HEADER.size());
                        row.add(household);
                        row.add(rs.getString(2));
                        row.add(rs.getString(3));
                        row.add(birth.format(YMD));
                        row.add(ReportRules.ageOn(birth, end));
                        row.add(flag(insured));
                        row.add(flag(preschool));
                        row.add(flag(early));
                        row.add(flag(senior));
                        row.add(flag(active));
                        row.add(flag(acquiredInMonth));
                        row.add(acquireReason == null ? "" : acquireReason);
                        row.add(flag(lostInMonth));
                        row.add(lossReason == null ? "" : lossReason);
                        row.add(incomeClass == null ? "" : incomeClass);
                        sink.accept(row);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the basis of the monthly report", e);
            } finally {
                try {
                    con.rollback();
                    con.setAutoCommit(auto);
                } catch (SQLException ignored) {
                    // the connection goes back to the pool either way
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("no database connection", e);
        }
    }

    /** C01–C13: one aggregate over the IF-COL snapshot */
    private void collectionItems(YearMonth month, Counters c) {
        int fy = ReportRules.fiscalYear(month);
        LocalDate end = month.atEndOfMonth();
        jdbc.query("""
                select coalesce(sum(assessed) filter (where fiscal_year = ? and due_date <= ?), 0),
                       coalesce(sum(paid) filter (where fiscal_year = ? and due_date <= ?), 0),
                       coalesce(sum(assessed - paid) filter (where fiscal_year < ? and paid < assessed), 0)
                from collection""", rs -> {
            c.set("C01", rs.getLong(1));
            c.set("C02", rs.getLong(2));
            c.set("C11", rs.getLong(3));
        }, fy, end, fy, end, fy);
        c.set("C12", 0);
    }

    private LocalDate snapshotDate(String feed) {
        return snapshots.baseDate(feed);
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }

    private static int flag(boolean b) {
        return b ? 1 : 0;
    }

    /** the integer items summed while streaming; rates derived at the end */
    static final class Counters {
        private final Map<String, Long> counts = new LinkedHashMap<>();
        long basisRows;

        Counters() {
            for (ReportItem item : ReportItem.ALL) {
                if (!item.rate()) {
                    counts.put(item.code(), 0L);
                }
            }
        }

        void add(String code) {
            counts.merge(code, 1L, Long::sum);
        }

        void set(String code, long value) {
            counts.put(code, value);
        }

        long get(String code) {
            return counts.getOrDefault(code, 0L);
        }

        /** every item's value in report order: Long, or BigDecimal (two decimals) for the 率 rows */
        Map<String, Object> values() {
            Map<String, Object> values = new LinkedHashMap<>();
            for (ReportItem item : ReportItem.ALL) {
                switch (item.code()) {
                    case "C03" -> values.put("C03", ReportRules.rate(get("C02"), get("C01")));
                    case "C13" -> values.put("C13", ReportRules.rate(get("C12"), get("C11")));
                    default -> values.put(item.code(), get(item.code()));
                }
            }
            return values;
        }
    }
}
