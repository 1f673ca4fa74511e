package jp.kokuho.hub.incomeclass;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 職権修正: an operator's class for a household over a month range. It applies to the members whose age group
 * matches the class (A* under 70, B* 70–74); the computed class stays beside it. Set and withdrawn, never
 * deleted; each action leaves an audit row (who, when, before, after, why) and 変更事由 職権修正 rows for the
 * judged months in the next 所得区分変更一覧.
 */
@Service
public class IncomeClassOverrides {

    private static final Logger log = LoggerFactory.getLogger(IncomeClassOverrides.class);

    private final JdbcTemplate jdbc;

    public IncomeClassOverrides(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public long set(String householdNo, YearMonth from, YearMonth to, String incomeClass, String reason, String actor) {
        if (householdNo == null || !householdNo.matches("\\d{10}")) {
            throw new IllegalArgumentException("householdNo must be 10 digits");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("toMonth is before fromMonth");
        }
        IncomeClass c;
        try {
            c = IncomeClass.valueOf(incomeClass == null ? "" : incomeClass.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("incomeClass must be one of A1–A5, B1–B6, found " + incomeClass);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason is required");
        }
        String f = IncomeClassService.yyyymm(from);
        String t = IncomeClassService.yyyymm(to);
        String before = effective(householdNo, f, t, c.ageGroup());
        long id = jdbc.queryForObject("""
                insert into income_class_override (household_no, from_month, to_month, income_class, reason, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, now()) returning id""", Long.class, householdNo, f, t, c.name(), reason, actor);
        String after = effective(householdNo, f, t, c.ageGroup());
        jdbc.update("insert into income_class_audit (override_id, action, actor, at, before_value, after_value, reason)"
                + " values (?, 'SET', ?, now(), ?, ?, ?)", id, actor, before, after, reason);
        recordChanges(householdNo, f, t, c.ageGroup(), id, true);
        log.info("職権修正 {} set: 世帯 {} {}..{} -> {} by {}", id, householdNo, from, to, c, actor);
        return id;
    }

    @Transactional
    public void withdraw(long id, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason is required");
        }
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select household_no, from_month, to_month, income_class from income_class_override where id = ? and withdrawn_at is null for update", id);
        if (rows.isEmpty()) {
            throw new IllegalStateException("no active override " + id);
        }
        Map<String, Object> o = rows.get(0);
        String h = (String) o.get("household_no");
        String f = (String) o.get("from_month");
        String t = (String) o.get("to_month");
        int group = IncomeClass.valueOf(((String) o.get("income_class")).trim()).ageGroup();
        String before = effective(h, f, t, group);
        recordChanges(h, f, t, group, id, false);
        jdbc.update("update income_class_override set withdrawn_at = now(), withdrawn_by = ?, withdraw_reason = ? where id = ?",
                actor, reason, id);
        String after = effective(h, f, t, group);
        jdbc.update("insert into income_class_audit (override_id, action, actor, at, before_value, after_value, reason)"
                + " values (?, 'WITHDRAW', ?, now(), ?, ?, ?)", id, actor, before, after, reason);
        log.info("職権修正 {} withdrawn by {}", id, actor);
    }

    /** the effective classes of the household's members over the range, as text: {@code 202609 00000001-01 A3; …} */
    private String effective(String householdNo, String from, String to, int ageGroup) {
        List<String> rows = jdbc.queryForList("""
                select e.target_month || ' ' || e.insured_no || '-' || e.branch_no || ' ' || e.effective_class
                from income_class_effective e
                where e.household_no = ? and e.target_month between ? and ? and e.age_group = ?
                order by 1""", String.class, householdNo, from, to, ageGroup);
        return rows.isEmpty() ? "(no judged month in range)" : String.join("; ", rows);
    }

    /** 職権修正 rows: set → (effective before) → override class; withdraw → override class → effective after */
    private void recordChanges(String householdNo, String from, String to, int ageGroup, long id, boolean setting) {
        jdbc.update("""
                insert into income_class_change (target_month, household_no, person_no, insured_no, branch_no, age_group,
                                                 before_class, after_class, reason, basis, created_at)
                select e.target_month, e.household_no, e.person_no, e.insured_no, e.branch_no, e.age_group,
                       case when ? then e.effective_class else o.income_class end,
                       case when ? then o.income_class else coalesce((select o2.income_class from income_class_override o2
                            where o2.household_no = e.household_no and o2.withdrawn_at is null and o2.id <> o.id
                              and e.target_month between o2.from_month and o2.to_month
                              and left(o2.income_class, 1) = left(o.income_class, 1) order by o2.id desc limit 1), e.income_class) end,
                       '職権修正', '職権修正 ' || o.id || ': ' || o.reason, now()
                from (select * from income_class_effective
                      where household_no = ? and target_month between ? and ? and age_group = ?) e
                join income_class_override o on o.id = ?""", setting, setting, householdNo, from, to, ageGroup, id);
    }

    public Map<String, Object> get(long id) {
        return jdbc.queryForMap("select id, household_no \"householdNo\", from_month \"fromMonth\", to_month \"toMonth\","
                + " income_class \"incomeClass\", reason, created_by \"createdBy\", created_at \"createdAt\","
                + " withdrawn_by \"withdrawnBy\", withdrawn_at \"withdrawnAt\", withdraw_reason \"withdrawReason\""
                + " from income_class_override where id = ?", id);
    }

    public List<Map<String, Object>> list(String householdNo) {
        return jdbc.queryForList("select id, household_no \"householdNo\", from_month \"fromMonth\", to_month \"toMonth\","
                + " income_class \"incomeClass\", reason, created_by \"createdBy\", created_at \"createdAt\","
                + " withdrawn_by \"withdrawnBy\", withdrawn_at \"withdrawnAt\" from income_class_override"
                + " where (?::text is null or household_no = ?) order by id", householdNo, householdNo);
    }

    public List<Map<String, Object>> audit(long id) {
        return jdbc.queryForList("select action, actor, at, before_value \"before\", after_value \"after\", reason"
                + " from income_class_audit where override_id = ? order by id", id);
    }
}
