package jp.kokuho.hub.console;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kokuho.hub.incomeclass.BasisWords;
import jp.kokuho.hub.incomeclass.IncomeClass;
import jp.kokuho.hub.incomeclass.IncomeClassService;
import jp.kokuho.hub.incomeclass.Judgement;
import jp.kokuho.hub.outbox.CodeTables;

/**
 * 所得区分照会 for the console: a 被保険者's class for each of the last 12 months with its 判定根拠 in words. A
 * month already judged is read as stored (with the 職権修正 that wins); a month never judged is computed for the
 * household alone and not stored ({@link IncomeClassService#preview}), and says so.
 */
@Component
public class IncomeClassInquiry {

    /** the person asked about: 氏名 is shown on the inquiry (staff confirm who is at the counter); 個人番号 never */
    public record Person(String insuredNo, String branchNo, String householdNo, String name, String nameKana,
                        LocalDate birthDate, LocalDate acquiredOn, LocalDate lostOn) {
    }

    /** one month of one person */
    public record Month(YearMonth month, boolean insured, boolean judged, String incomeClass, String classLabel,
                        String computedLabel, Long overrideId, String overrideReason, String ageGroup, Integer taxYear,
                        boolean unreported, String rule, String ruleWords, String basis, String basisWords, Long s,
                        Long k, Long revenue, String decidedOn) {
        public String monthLabel() {
            return month.getYear() + "年" + month.getMonthValue() + "月";
        }

        public boolean overridden() {
            return overrideId != null;
        }
    }

    /** a member of a household as the household view lists them */
    public record Member(String insuredNo, String branchNo, String name, String nameKana, LocalDate birthDate,
                        String memberType, boolean head) {
    }

    private final JdbcTemplate jdbc;
    private final IncomeClassService service;
    private final Clock clock;

    public IncomeClassInquiry(JdbcTemplate jdbc, IncomeClassService service, Clock clock) {
        this.jdbc = jdbc;
        this.service = service;
        this.clock = clock;
    }

    public Optional<Person> person(String insuredNo, String branchNo) {
        return jdbc.query("""
                select insured_no, branch_no, household_no, name, name_kana, birth_date, acquired_on, lost_on
                from qualification where insured_no = ? and branch_no = ? and member_type = 1""",
                (rs, i) -> new Person(rs.getString(1), rs.getString(2), rs.getString(3), trim(rs.getString(4)),
                        trim(rs.getString(5)), rs.getDate(6).toLocalDate(), date(rs.getDate(7)), date(rs.getDate(8))),
                insuredNo, branchNo).stream().findFirst();
    }

    public List<Member> household(String householdNo) {
        return jdbc.query("""
                select insured_no, branch_no, name, name_kana, birth_date, member_type, head_flag
                from qualification where household_no = ? order by head_flag desc, member_type, insured_no, branch_no""",
                (rs, i) -> new Member(trim(rs.getString(1)), trim(rs.getString(2)), trim(rs.getString(3)),
                        trim(rs.getString(4)), rs.getDate(5).toLocalDate(),
                        CodeTables.MEMBER_TYPE.label(rs.getString(6)), rs.getInt(7) == 1),
                householdNo);
    }

    /** the 12 months up to this one, oldest first */
    public List<Month> months(Person p) {
        YearMonth now = YearMonth.now(clock);
        List<Month> out = new ArrayList<>();
        for (int back = 11; back >= 0; back--) {
            out.add(month(p, now.minusMonths(back)));
        }
        return out;
    }

    Month month(Person p, YearMonth m) {
        if (service.isJudged(m)) {
            List<IncomeClassService.ClassAnswer> rows = jdbc.query("select * from income_class_effective r"
                            + " where r.target_month = ? and r.insured_no = ? and r.branch_no = ?",
                    (rs, i) -> IncomeClassService.answer(rs), IncomeClassService.yyyymm(m), p.insuredNo(), p.branchNo());
            if (rows.isEmpty()) {
                return notInsured(m);
            }
            IncomeClassService.ClassAnswer a = rows.get(0);
            return month(m, true, a.incomeClass(), a.computedClass(), a.overrideId(), a.ageGroup(), a.taxYear(),
                    a.unreported(), a.rule(), a.basis(), a.s(), a.k(), a.revenue(), a.decidedOn().toString());
        }
        Judgement j = service.preview(m, p.householdNo()).stream()
                .filter(x -> p.insuredNo().equals(x.member().insuredNo()) && p.branchNo().equals(x.member().branchNo()))
                .findFirst().orElse(null);
        if (j == null) {
            return notInsured(m);
        }
        Map<String, Object> override = activeOverride(p.householdNo(), m, j.ageGroup());
        String computed = j.incomeClass().name();
        String effective = override == null ? computed : ((String) override.get("income_class")).trim();
        Long overrideId = override == null ? null : ((Number) override.get("id")).longValue();
        return month(m, false, effective, computed, overrideId, j.ageGroup(), j.taxYear(),
                overrideId == null && j.unreported(), j.rule(), j.basis(), j.s(), j.k(), j.revenue(), null);
    }

    private Month month(YearMonth m, boolean judged, String effective, String computed, Long overrideId, int ageGroup,
                        int taxYear, boolean unreported, String rule, String basis, long s, Long k, long revenue,
                        String decidedOn) {
        String reason = overrideId == null ? null : jdbc.queryForObject(
                "select reason || ' (' || created_by || ')' from income_class_override where id = ?", String.class, overrideId);
        String label = CodeTables.INCOME_CLASS.label(effective);
        String computedLabel = CodeTables.INCOME_CLASS.label(computed);
        return new Month(m, true, judged, effective.trim(), label, computedLabel, overrideId, reason,
                CodeTables.AGE_GROUP.label(String.valueOf(ageGroup)), taxYear, unreported, rule, BasisWords.rule(rule),
                basis, BasisWords.explain(basis), s, k, revenue, decidedOn);
    }

    private static Month notInsured(YearMonth m) {
        return new Month(m, false, false, null, null, null, null, null, null, null, false, null, null, null, null,
                null, null, null, null);
    }

    private Map<String, Object> activeOverride(String householdNo, YearMonth m, int ageGroup) {
        String ym = IncomeClassService.yyyymm(m);
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select id, income_class from income_class_override
                where household_no = ? and withdrawn_at is null and ? between from_month and to_month
                  and left(income_class, 1) = ? order by id desc limit 1""", householdNo, ym, ageGroup == 1 ? "A" : "B");
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** the classes an override may set, with their meaning */
    public static List<Map.Entry<String, String>> classes() {
        return java.util.Arrays.stream(IncomeClass.values())
                .map(c -> Map.entry(c.name(), CodeTables.INCOME_CLASS.label(c.name()))).toList();
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    private static LocalDate date(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
