package jp.kokuho.hub.arrears.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kokuho.hub.arrears.ArrearsClass;
import jp.kokuho.hub.arrears.ArrearsRule;
import jp.kokuho.hub.arrears.HouseholdArrears;
import jp.kokuho.hub.config.ArrearsProperties;

/**
 * Streams the held IF-COL and IF-QUA snapshots household by household, in 世帯番号 order, in one statement (one
 * consistent snapshot of both tables): each household's installments, then its 被保険者 in 被保険者番号, 枝番
 * order. Only one household is in memory at a time; the rule decides everything in Java.
 */
@Component
public class ArrearsSource {

    /** One household judged at D, with its 被保険者 insured on D and the class of the previous run. */
    public record Household(String householdNo, HouseholdArrears arrears, ArrearsClass previousClass,
                            List<Member> insured) {
    }

    /** 被保険者番号, 枝番 and the member's class (the child rule applied) */
    public record Member(String insuredNo, String branchNo, ArrearsClass arrearsClass) {
    }

    // kind 0: installments (with the previous run's class of the household); kind 1: 被保険者
    private static final String SQL = """
            select c.household_no, 0 as kind, c.due_date, c.assessed, c.paid, c.special_circumstance,
                   r.arrears_class as previous_class,
                   null::varchar as insured_no, null::varchar as branch_no,
                   null::date as birth_date, null::date as acquired_on, null::date as lost_on
              from collection c
              left join arrears_result r on r.household_no = c.household_no and r.base_date = ?
            union all
            select q.household_no, 1, null, null, null, null, null,
                   q.insured_no, q.branch_no, q.birth_date, q.acquired_on, q.lost_on
              from qualification q
             where q.member_type = 1
             order by 1, 2, 8, 9
            """;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final ArrearsRule rule;
    private final int fetchSize;

    public ArrearsSource(JdbcTemplate jdbc, PlatformTransactionManager tx, ArrearsProperties properties) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(tx);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.rule = properties.rule();
        this.fetchSize = properties.fetchSize();
    }

    /** the households {@link #stream} judges (those of the IF-COL snapshot): the total of the job's progress */
    public long households() {
        Long n = jdbc.queryForObject("select count(distinct household_no) from collection", Long.class);
        return n == null ? 0 : n;
    }

    /** the 基準年月日 of the latest run before D (the "previous run"), or null */
    public LocalDate previousRun(LocalDate baseDate) {
        return jdbc.queryForObject("select max(base_date) from arrears_run where base_date < ?", LocalDate.class,
                baseDate);
    }

    /** Judges every household of the IF-COL snapshot at D and hands each to {@code sink}, in 世帯番号 order. */
    public void stream(LocalDate baseDate, LocalDate previousRun, Consumer<Household> sink) {
        readOnly.executeWithoutResult(status -> {
            // no JIT compilation for this statement: its estimated cost (millions of rows) crosses PostgreSQL's
            // thresholds for inlining and optimisation, and compiling cost more than it saved: at 1,000,000 persons
            // 4.5 s of CPU over the leader and its two workers, the statement 7.7–9.8 s without against 11.3–11.9 s
            // with (EXPLAIN ANALYZE, docs/benchmark.md). The rows are only read and sent, no heavy expressions.
            jdbc.execute("set local jit = off");
            Merge merge = new Merge(baseDate, sink);
            // a cursor (fetch size inside a transaction): rows are fetched in chunks, never all at once
            jdbc.query(con -> {
                var ps = con.prepareStatement(SQL, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
                ps.setFetchSize(fetchSize);
                // no previous run: a date no run has
                ps.setObject(1, previousRun == null ? LocalDate.of(1, 1, 1) : previousRun);
                return ps;
            }, merge);
            merge.flush();
        });
    }

    private final class Merge implements RowCallbackHandler {
        private final LocalDate baseDate;
        private final Consumer<Household> sink;
        private String householdNo;
        private ArrearsRule.Tally tally;
        private HouseholdArrears judged;
        private ArrearsClass previous;
        private final List<Member> members = new ArrayList<>();

        Merge(LocalDate baseDate, Consumer<Household> sink) {
            this.baseDate = baseDate;
            this.sink = sink;
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            String no = rs.getString(1);
            int kind = rs.getInt(2);
            if (!no.equals(householdNo)) {
                flush();
                householdNo = no;
                tally = kind == 0 ? rule.tally(baseDate) : null; // members of a household not in IF-COL: skipped
            }
            if (tally == null) {
                return;
            }
            if (kind == 0) {
                tally.add(rs.getObject(3, LocalDate.class), rs.getLong(4), rs.getLong(5), rs.getInt(6) == 1);
                String prev = rs.getString(7);
                previous = prev == null ? null : ArrearsClass.ofCode(prev.trim());
                return;
            }
            if (judged == null) {
                judged = tally.judge();
            }
            LocalDate acquired = date(rs, 11);
            LocalDate lost = date(rs, 12);
            if (ArrearsRule.insuredOn(acquired, lost, baseDate)) {
                members.add(new Member(rs.getString(8), rs.getString(9),
                        ArrearsRule.memberClass(judged.arrearsClass(), rs.getObject(10, LocalDate.class), baseDate)));
            }
        }

        void flush() {
            if (tally != null) {
                HouseholdArrears result = judged != null ? judged : tally.judge();
                sink.accept(new Household(householdNo, result, previous, List.copyOf(members)));
            }
            householdNo = null;
            tally = null;
            judged = null;
            previous = null;
            members.clear();
        }

        private LocalDate date(ResultSet rs, int column) throws SQLException {
            return rs.getObject(column, LocalDate.class);
        }
    }
}
