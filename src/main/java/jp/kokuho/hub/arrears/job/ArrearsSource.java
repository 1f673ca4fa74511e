package jp.kokuho.hub.arrears.job;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kokuho.hub.arrears.ArrearsClass;
import jp.kokuho.hub.arrears.ArrearsRule;
import jp.kokuho.hub.arrears.HouseholdArrears;
import jp.kokuho.hub.config.ArrearsProperties;

/**
 * Reads the held IF-COL and IF-QUA snapshots household by household, in 世帯番号 order, in one read-only
 * transaction at repeatable read (both statements see one snapshot of both tables, also while a new snapshot is
 * being imported): PostgreSQL tallies each household's installments ({@link ArrearsRule#UNPAID_SQL}: one row per
 * household) and sorts the 被保険者 by 世帯番号, 被保険者番号, 枝番; the two cursors are merged here. Only one
 * household is in memory at a time; the rule judges in Java.
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

    // one row per household of IF-COL: its tally at D, the previous run's class and (on every row) the number of
    // households, known when the first row comes (the aggregate is complete by then): the total of the progress
    private static final String HOUSEHOLDS = """
            select h.household_no, h.oldest_unpaid_due, h.unpaid_amount, h.unpaid_count, h.special,
                   r.arrears_class, count(*) over () as households
              from (select c.household_no,
                           min(c.due_date) filter (where %1$s) as oldest_unpaid_due,
                           coalesce(sum(c.assessed - c.paid) filter (where %1$s), 0) as unpaid_amount,
                           count(*) filter (where %1$s) as unpaid_count,
                           bool_or(c.special_circumstance = 1) as special
                      from collection c, (select ?::date as base_date) d
                     group by c.household_no) h
              left join arrears_result r on r.base_date = ? and r.household_no = h.household_no
             order by h.household_no
            """.formatted(ArrearsRule.UNPAID_SQL);

    // the 被保険者 (構成員区分 1) of every household; those of households not in IF-COL are skipped by the merge
    private static final String MEMBERS = """
            select household_no, insured_no, branch_no, birth_date, acquired_on, lost_on
              from qualification
             where member_type = 1
             order by household_no, insured_no, branch_no
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
        // two statements, one snapshot of both tables
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.rule = properties.rule();
        this.fetchSize = properties.fetchSize();
    }

    /** the 基準年月日 of the latest run before D (the "previous run"), or null */
    public LocalDate previousRun(LocalDate baseDate) {
        return jdbc.queryForObject("select max(base_date) from arrears_run where base_date < ?", LocalDate.class,
                baseDate);
    }

    /**
     * Judges every household of the IF-COL snapshot at D and hands each to {@code sink}, in 世帯番号 order;
     * {@code total} learns the number of households before the first.
     */
    public void stream(LocalDate baseDate, LocalDate previousRun, LongConsumer total, Consumer<Household> sink) {
        readOnly.executeWithoutResult(status -> jdbc.execute((ConnectionCallback<Void>) con -> {
            try (Statement st = con.createStatement()) {
                // no JIT compilation for these statements: their estimated cost (millions of rows) crosses
                // PostgreSQL's thresholds for inlining and optimisation, and compiling cost more than it saved
                // (docs/benchmark.md). The rows are only read, summed and sent, no heavy expressions.
                st.execute("set local jit = off");
            }
            // two cursors (fetch size inside a transaction) open on one connection: rows come in chunks
            try (PreparedStatement households = con.prepareStatement(HOUSEHOLDS);
                 PreparedStatement members = con.prepareStatement(MEMBERS)) {
                households.setFetchSize(fetchSize);
                households.setObject(1, baseDate);
                // no previous run: a date no run has
                households.setObject(2, previousRun == null ? LocalDate.of(1, 1, 1) : previousRun);
                members.setFetchSize(fetchSize);
                try (ResultSet h = households.executeQuery(); ResultSet m = members.executeQuery()) {
                    new Merge(baseDate, h, m, total, sink).run();
                }
            }
            return null;
        }));
    }

    /** the households' rows and the members' rows, both in 世帯番号 order, merged */
    private final class Merge {
        private final LocalDate baseDate;
        private final ResultSet households;
        private final ResultSet members;
        private final LongConsumer total;
        private final Consumer<Household> sink;

        Merge(LocalDate baseDate, ResultSet households, ResultSet members, LongConsumer total,
              Consumer<Household> sink) {
            this.baseDate = baseDate;
            this.households = households;
            this.members = members;
            this.total = total;
            this.sink = sink;
        }

        void run() throws SQLException {
            boolean first = true;
            boolean member = members.next();
            while (households.next()) {
                if (first) {
                    total.accept(households.getLong(7));
                    first = false;
                }
                String no = households.getString(1);
                HouseholdArrears judged = rule.judge(baseDate, households.getObject(2, LocalDate.class),
                        households.getLong(3), households.getInt(4), households.getBoolean(5));
                String prev = households.getString(6);
                ArrearsClass previous = prev == null ? null : ArrearsClass.ofCode(prev.trim());
                // the members of households not in IF-COL (those before this one) are skipped
                while (member && members.getString(1).compareTo(no) < 0) {
                    member = members.next();
                }
                List<Member> insured = new ArrayList<>();
                while (member && members.getString(1).equals(no)) {
                    if (ArrearsRule.insuredOn(members.getObject(5, LocalDate.class),
                            members.getObject(6, LocalDate.class), baseDate)) {
                        insured.add(new Member(members.getString(2), members.getString(3),
                                ArrearsRule.memberClass(judged.arrearsClass(),
                                        members.getObject(4, LocalDate.class), baseDate)));
                    }
                    member = members.next();
                }
                sink.accept(new Household(no, judged, previous, List.copyOf(insured)));
            }
            if (first) {
                total.accept(0);
            }
        }
    }
}
