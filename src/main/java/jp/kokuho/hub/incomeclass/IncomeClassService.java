package jp.kokuho.hub.incomeclass;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import jp.kokuho.hub.intake.PgCopy;

/**
 * 所得区分判定 over the registered data: one ordered pass over the latest IF-QUA snapshot joined with IF-TAX
 * (PostgreSQL sorts by 世帯番号, Java judges one household at a time), results written with COPY, the month's
 * earlier results replaced in the same transaction, and the changes against M−1 (or the previous run of M)
 * recorded for the next 所得区分変更一覧. Memory: one household.
 */
@Service
public class IncomeClassService {

    private static final Logger log = LoggerFactory.getLogger(IncomeClassService.class);
    public static final DateTimeFormatter YYYYMM = DateTimeFormatter.ofPattern("uuuuMM");

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final IncomeClassJudge judge;
    private final IncomeClassRules rules;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();

    public IncomeClassService(DataSource dataSource, JdbcTemplate jdbc, IncomeClassProperties properties, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.rules = properties.rules();
        this.judge = new IncomeClassJudge(rules);
        this.clock = clock;
    }

    /**
     * counts of one judgement run; {@code current}: nothing was judged, the month's results were current already
     * (households 0, persons those of the month); {@code baseline}: there was a class to compare with (the month's
     * earlier results or M−1's), so changes were recorded
     */
    public record RunSummary(YearMonth month, long households, long persons, long changes, boolean current,
                             boolean baseline) {
        public Map<String, Long> counts() {
            return Map.of("households", households, "persons", persons, "changes", changes);
        }
    }

    /** The effective class of a 被保険者 in a month, with its 判定根拠 (and the override, when one wins). */
    public record ClassAnswer(String insuredNo, String branchNo, String householdNo, YearMonth month, int ageGroup,
                              String incomeClass, String computedClass, Long overrideId, int taxYear,
                              boolean unreported, String rule, long s, Long k, long revenue, String basis,
                              LocalDate decidedOn) {
    }

    public static String yyyymm(YearMonth month) {
        return month.format(YYYYMM);
    }

    /** YYYYMM (as stored) to the month, without a formatter */
    static YearMonth monthOf(String yyyymm) {
        return YearMonth.of(Integer.parseInt(yyyymm, 0, 4, 10), Integer.parseInt(yyyymm, 4, 6, 10));
    }

    public boolean isJudged(YearMonth month) {
        return jdbc.queryForObject("select count(*) from income_class_month where target_month = ?", Integer.class,
                yyyymm(month)) > 0;
    }

    /** the newest IF-QUA / IF-TAX import whose data the database holds (0 when none) */
    private static final String NEWEST_INPUT = "select coalesce(max(id), 0) from file_receipt"
            + " where status = 'IMPORTED' and feed in ('qualification', 'tax')";

    /** the rule a month is judged with (the code's version and the 課税年度's parameters), as recorded with it */
    String rulesOf(YearMonth month) {
        return IncomeClassJudge.VERSION + " " + rules.forTaxYear(IncomeClassJudge.taxYearOf(month));
    }

    /**
     * Whether the month's results are current: judged (in full, or re-judged after every import since) on the
     * newest IF-QUA / IF-TAX import held, with the rule it would be judged with now.
     */
    public boolean isCurrent(YearMonth month) {
        return Boolean.TRUE.equals(jdbc.query("select m.inputs_receipt, m.rules from income_class_month m"
                + " where m.target_month = ? and m.inputs_receipt >= (" + NEWEST_INPUT + ")", rs -> {
                    return rs.next() && rulesOf(month).equals(rs.getString(2));
                }, yyyymm(month)));
    }

    /**
     * After the re-judgement for an IF-QUA / IF-TAX import (receipt {@code receiptId}), the months it brought up to
     * date: each of {@code months} whose results reflected every import before that one now reflects that one too.
     * A month with an import in between not re-judged for yet stays behind (its next monthly run judges it again).
     */
    public void markCurrent(Collection<YearMonth> months, long receiptId) {
        for (YearMonth m : months) {
            jdbc.update("""
                    update income_class_month m set inputs_receipt = ?
                    where m.target_month = ? and m.inputs_receipt < ?
                      and not exists (select 1 from file_receipt f where f.status = 'IMPORTED'
                                      and f.feed in ('qualification', 'tax') and f.id > m.inputs_receipt and f.id < ?)""",
                    receiptId, yyyymm(m), receiptId, receiptId);
        }
    }

    /**
     * The monthly run: judges the month unless its results are current ({@link #isCurrent}): then nothing is judged
     * again (the re-judgements after each import since kept it up to date) and the run says so.
     */
    public RunSummary judgeMonthUnlessCurrent(YearMonth month, java.util.function.LongConsumer progress) {
        lock.lock();
        try {
            if (isCurrent(month)) {
                long persons = judgedPersons(month); // with the re-judgements' changes since the last full judgement
                log.info("income class {}: current (no IF-QUA / IF-TAX import and no rule change since it was judged),"
                        + " nothing judged again", month);
                return new RunSummary(month, 0, persons, 0, true, true);
            }
            return judge(month, null, progress);
        } finally {
            lock.unlock();
        }
    }

    /** Judges every household with a 被保険者 in the month; replaces the month's earlier results. */
    public RunSummary judgeMonth(YearMonth month) {
        return judge(month, null, done -> { });
    }

    /** As {@link #judgeMonth(YearMonth)}, telling {@code progress} the households judged so far. */
    public RunSummary judgeMonth(YearMonth month, java.util.function.LongConsumer progress) {
        return judge(month, null, progress);
    }

    /** Re-judges the named households in a month (their earlier rows of the month are replaced). */
    public RunSummary judgeHouseholds(YearMonth month, Collection<String> households) {
        return judge(month, households.toArray(String[]::new), done -> { });
    }

    /** Judges the month first when it was never judged. */
    public void ensureJudged(YearMonth month) {
        if (!isJudged(month)) {
            lock.lock();
            try {
                if (!isJudged(month)) {
                    judgeMonth(month);
                }
            } finally {
                lock.unlock();
            }
        }
    }

    /** The class of a 被保険者 in a month (judging the month on demand); empty when not insured in it. */
    public Optional<ClassAnswer> classOf(String insuredNo, String branchNo, YearMonth month) {
        ensureJudged(month);
        List<ClassAnswer> rows = jdbc.query("select * from income_class_effective r"
                        + " where r.target_month = ? and r.insured_no = ? and r.branch_no = ?",
                (rs, i) -> answer(rs), yyyymm(month), insuredNo, branchNo);
        return rows.stream().findFirst();
    }

    /**
     * The judgement of one household in a month as the monthly run would make it, computed and not stored: an
     * inquiry of a month that was never judged must not judge the whole month (tens of seconds for a large
     * municipality) nor leave partial results behind. Overrides are not applied here.
     */
    public List<Judgement> preview(YearMonth month, String householdNo) {
        return jdbc.query(c -> {
            PreparedStatement ps = c.prepareStatement(MEMBERS_SQL + " where q.household_no = ? order by q.household_no, q.person_no");
            ps.setInt(1, IncomeClassJudge.taxYearOf(month));
            ps.setString(2, householdNo);
            return ps;
        }, rs -> {
            List<Member> household = new HouseholdReader(rs).next();
            return household == null ? List.<Judgement>of() : judge.judge(month, household);
        });
    }

    /** 未申告区分 of the effective class: that of the computed class; 0 when a 職権修正 is in effect */
    public static boolean effectiveUnreported(boolean computedUnreported, boolean overridden) {
        return computedUnreported && !overridden;
    }

    /** one row of the view income_class_effective (V230): the result with the override applied */
    public static ClassAnswer answer(ResultSet rs) throws SQLException {
        long k = rs.getLong("k_amount");
        Long kValue = rs.wasNull() ? null : k;
        long override = rs.getLong("override_id");
        Long overrideId = rs.wasNull() ? null : override;
        return new ClassAnswer(rs.getString("insured_no"), rs.getString("branch_no"), rs.getString("household_no"),
                monthOf(rs.getString("target_month")), rs.getInt("age_group"),
                rs.getString("effective_class"), rs.getString("income_class"), overrideId, rs.getInt("tax_year"),
                effectiveUnreported(rs.getInt("unreported") == 1, overrideId != null), rs.getString("rule"), rs.getLong("s_amount"),
                kValue, rs.getLong("revenue_sum"), rs.getString("basis"), rs.getDate("decided_on").toLocalDate());
    }

    /** a 被保険者 {@code i} insured in the month (parameters: the month's last day, its first day) */
    private static final String INSURED_IN_MONTH = "i.member_type = 1 and i.acquired_on <= ? and (i.lost_on is null or i.lost_on > ?)";

    /**
     * every member of every household with the tax records of the 課税年度 (parameter): what a judgement reads. A
     * household with no 被保険者 insured in the month is read too and judged to nothing ({@link IncomeClassJudge#judge}):
     * cheaper than PostgreSQL finding the households with one first (a semi-join over the whole snapshot, ~0.4 s of
     * the server's CPU per 200,000 persons, docs/benchmark.md), and there are few of them.
     */
    private static final String MEMBERS_SQL = """
            select q.household_no, q.person_no, q.insured_no, q.branch_no, q.birth_date, q.member_type, q.head_flag,
                   q.acquired_on, q.lost_on, t.source, t.tax_status, t.total_income, t.taxable_base, t.salary_revenue,
                   t.salary_income, t.pension_revenue, t.pension_income, t.other_revenue
            from qualification q
            left join tax_income t on t.person_no = q.person_no and t.tax_year = ?
            """;

    /** the households {@link #judgeMonth} judges (those with a 被保険者 insured in the month): the total of its progress */
    public long householdsToJudge(YearMonth month) {
        Long n = jdbc.queryForObject("select count(distinct i.household_no) from qualification i where "
                + INSURED_IN_MONTH, Long.class, Date.valueOf(month.atEndOfMonth()), Date.valueOf(month.atDay(1)));
        return n == null ? 0 : n;
    }

    /** the results held for the month: one per 被保険者 judged (IF-AGG-INC writes one record each) */
    public long judgedPersons(YearMonth month) {
        Long n = jdbc.queryForObject("select count(*) from income_class_result where target_month = ?", Long.class,
                yyyymm(month));
        return n == null ? 0 : n;
    }

    /** whether any IF-TAX record of the 課税年度 that applies to the month is held (without, all are 未申告) */
    public boolean taxYearHeld(YearMonth month) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from tax_income where tax_year = ?)",
                Boolean.class, IncomeClassJudge.taxYearOf(month)));
    }

    private static final String RESULT_COLUMNS = "income_class_result (target_month, household_no, person_no, insured_no,"
            + " branch_no, age_group, income_class, tax_year, unreported, rule, s_amount, k_amount, revenue_sum, basis,"
            + " members_key, decided_on)";

    private RunSummary judge(YearMonth month, String[] households, java.util.function.LongConsumer progress) {
        lock.lock();
        long t0 = System.nanoTime();
        try (Connection read = dataSource.getConnection(); Connection write = dataSource.getConnection()) {
            read.setAutoCommit(false);
            write.setAutoCommit(false);
            String m = yyyymm(month);
            String scope = households == null ? "" : " and household_no = any(?)";
            // a class to compare with: the month's earlier results or M−1's; without one (the first month ever
            // judged) no change is recorded: every insured person would be 新規 (docs/income-class.md)
            boolean baseline = households != null || jdbc.queryForObject(
                    "select count(*) from income_class_month where target_month in (?, ?)", Integer.class,
                    m, yyyymm(month.minusMonths(1))) > 0;
            long inputs;
            try (PreparedStatement ps = read.prepareStatement(NEWEST_INPUT); ResultSet rs = ps.executeQuery()) {
                rs.next();
                inputs = rs.getLong(1); // before the data are read: they reflect at least this import
            }
            for (String sql : new String[] {WORK_MEM, "create temp table prev_result on commit drop as select "
                    + PREV_NAMES + " from income_class_result with no data"}) {
                try (PreparedStatement ps = write.prepareStatement(sql)) {
                    ps.execute();
                }
            }
            try (PreparedStatement ps = read.prepareStatement(WORK_MEM)) {
                ps.execute();
            }
            // the earlier results deleted and kept for the changes in one pass over the month (what the changes
            // compare only: a select of the rows first, then the delete, read the month twice, docs/benchmark.md)
            try (PreparedStatement ps = write.prepareStatement("with d as (delete from income_class_result"
                    + " where target_month = ?" + scope + " returning " + PREV_NAMES + ") insert into prev_result select * from d")) {
                ps.setString(1, m);
                if (households != null) {
                    ps.setArray(2, write.createArrayOf("bpchar", households));
                }
                ps.executeUpdate();
            }
            LocalDate today = LocalDate.now(clock);
            long householdCount = 0;
            long persons = 0;
            try (PgCopy copy = new PgCopy(write, RESULT_COLUMNS);
                 PreparedStatement ps = read.prepareStatement(MEMBERS_SQL
                         + (households == null ? "" : " where q.household_no = any(?)")
                         + " order by q.household_no, q.person_no")) {
                ps.setFetchSize(10_000);
                ps.setInt(1, IncomeClassJudge.taxYearOf(month));
                if (households != null) {
                    ps.setArray(2, read.createArrayOf("bpchar", households));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    HouseholdReader reader = new HouseholdReader(rs);
                    for (List<Member> h; (h = reader.next()) != null; ) {
                        List<Judgement> judged = judge.judge(month, h);
                        if (judged.isEmpty()) {
                            continue; // no 被保険者 insured in the month
                        }
                        householdCount++;
                        progress.accept(householdCount);
                        for (Judgement j : judged) {
                            persons++;
                            Member p = j.member();
                            copy.add(m).add(p.householdNo()).add(p.personNo()).add(p.insuredNo()).add(p.branchNo())
                                    .add(j.ageGroup()).add(j.incomeClass().name()).add(j.taxYear())
                                    .add(j.unreported() ? 1 : 0).add(j.rule()).add(j.s()).add(j.k()).add(j.revenue())
                                    .add(j.basis()).add(j.membersKey()).add(today);
                            copy.endRow();
                        }
                    }
                }
                copy.finish();
            }
            read.commit();
            long changes = 0;
            if (baseline) {
                try (PreparedStatement ps = write.prepareStatement(CHANGES_SQL + (households == null ? "" : " and n.household_no = any(?)"))) {
                    ps.setString(1, yyyymm(month.minusMonths(1)));
                    ps.setString(2, m);
                    if (households != null) {
                        ps.setArray(3, write.createArrayOf("bpchar", households));
                    }
                    changes = ps.executeUpdate();
                }
            }
            if (households == null) {
                try (PreparedStatement ps = write.prepareStatement("""
                        insert into income_class_month (target_month, judged_at, persons, inputs_receipt, rules)
                        values (?, now(), ?, ?, ?)
                        on conflict (target_month) do update set judged_at = excluded.judged_at, persons = excluded.persons,
                            inputs_receipt = excluded.inputs_receipt, rules = excluded.rules""")) {
                    ps.setString(1, m);
                    ps.setLong(2, persons);
                    ps.setLong(3, inputs);
                    ps.setString(4, rulesOf(month));
                    ps.executeUpdate();
                }
            }
            write.commit();
            if (households == null) {
                // the month's rows replaced as a whole: the planner's figures of the table are out of date (after the
                // first month there are none), and IF-AGG-INC then sorts the month instead of reading it in the order
                // of its index (docs/benchmark.md); autovacuum would analyze it, but only a minute or more later
                try (PreparedStatement ps = write.prepareStatement("analyze income_class_result")) {
                    ps.execute();
                }
                write.commit();
            }
            // "new changes": recorded by this run (the job's count "changes" is the rows of the 変更一覧 it writes,
            // which also holds the changes of re-judgements not listed yet)
            log.info("income class {}: {} households, {} insured judged{}, {}, {} ms", month, householdCount, persons,
                    households == null ? "" : " (re-judgement)", baseline ? changes + " new changes"
                            : "no change recorded (the first month judged: no class of M or M−1 to compare with)",
                    (System.nanoTime() - t0) / 1_000_000);
            return new RunSummary(month, householdCount, persons, changes, false, baseline);
        } catch (SQLException e) {
            throw new IllegalStateException("income class judgement of " + month + " failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** what the changes compare of the month's earlier results (prev_result) */
    private static final String PREV_NAMES = "insured_no, branch_no, income_class, age_group, tax_year, members_key";

    /**
     * memory for the sorts and hashes of one judgement's transaction (the members' sort, the hash of 課税年度's IF-TAX
     * rows, the changes' joins): with the default 4 MB they spill to disk in batches at 1,000,000 persons
     */
    static final String WORK_MEM = "set local work_mem = '64MB'";

    /** changes against the previous run of M for the person, else against M−1 */
    private static final String CHANGES_SQL = """
            insert into income_class_change (target_month, household_no, person_no, insured_no, branch_no, age_group,
                                             before_class, after_class, reason, basis, created_at)
            select n.target_month, n.household_no, n.person_no, n.insured_no, n.branch_no, n.age_group,
                   coalesce(p.income_class, b.income_class), n.income_class,
                   case when p.income_class is null and b.income_class is null then '新規'
                        when coalesce(p.age_group, b.age_group) <> n.age_group then '70歳到達'
                        when coalesce(p.tax_year, b.tax_year) <> n.tax_year then '8月切替'
                        when coalesce(p.members_key, b.members_key) <> n.members_key then '世帯異動'
                        else '所得更正' end,
                   n.basis, now()
            from income_class_result n
            left join prev_result p on p.insured_no = n.insured_no and p.branch_no = n.branch_no
            left join income_class_result b on p.insured_no is null and b.target_month = ?
                  and b.insured_no = n.insured_no and b.branch_no = n.branch_no
            where n.target_month = ?
              and coalesce(p.income_class, b.income_class) is distinct from n.income_class""";

    /** Groups the ordered rows (household, person) into households; a person's tax rows are chosen by precedence. */
    static final class HouseholdReader {
        private final ResultSet rs;
        private boolean hasRow;

        HouseholdReader(ResultSet rs) throws SQLException {
            this.rs = rs;
            this.hasRow = rs.next();
        }

        List<Member> next() throws SQLException {
            if (!hasRow) {
                return null;
            }
            String household = rs.getString(1);
            List<Member> members = new ArrayList<>();
            while (hasRow && rs.getString(1).equals(household)) {
                String personNo = rs.getString(2);
                String insuredNo = rs.getString(3);
                String branchNo = rs.getString(4);
                // dates as LocalDate straight from their text (getDate goes through a Calendar per value)
                LocalDate birth = rs.getObject(5, LocalDate.class);
                int type = rs.getInt(6);
                boolean head = rs.getInt(7) == 1;
                LocalDate acquired = rs.getObject(8, LocalDate.class);
                LocalDate lost = rs.getObject(9, LocalDate.class);
                List<TaxFigures> tax = new ArrayList<>(3);
                while (hasRow && rs.getString(2).equals(personNo)) {
                    int source = rs.getInt(10);
                    if (!rs.wasNull()) {
                        tax.add(new TaxFigures(source, rs.getInt(11), rs.getLong(12), rs.getLong(13), rs.getLong(14),
                                rs.getLong(15), rs.getLong(16), rs.getLong(17), rs.getLong(18)));
                    }
                    hasRow = rs.next();
                }
                members.add(new Member(household, personNo, insuredNo, branchNo, birth, type, head,
                        acquired, lost, TaxFigures.choose(tax)));
            }
            return members;
        }
    }
}
