package jp.kokuho.hub.incomeclass;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which households an IF-QUA snapshot changed, as far as the 所得区分判定 reads them (members, 宛名番号, 被保険者番号,
 * 生年月日, 構成員区分, 世帯主区分, 資格取得/喪失年月日): a digest per household of the held snapshot against the digests
 * stored when the previous snapshot was re-judged. Names and addresses do not take part.
 */
@Component
public class HouseholdDigests {

    private static final String CURRENT = """
            select household_no, md5(string_agg(concat_ws('|', person_no, insured_no, branch_no, birth_date,
                   member_type, head_flag, acquired_on, lost_on), ';' order by person_no)) digest
            from qualification group by household_no""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public HouseholdDigests(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * Households added, changed or gone since the stored digests; null when none are stored yet (then every
     * household counts as changed).
     */
    public List<String> changed() {
        if (jdbc.queryForObject("select not exists (select 1 from income_class_household_digest)", Boolean.class)) {
            return null;
        }
        return jdbc.queryForList("with now as (" + CURRENT + ")"
                + " select n.household_no from now n left join income_class_household_digest s using (household_no)"
                + " where s.digest is distinct from n.digest"
                + " union select s.household_no from income_class_household_digest s"
                + " where not exists (select 1 from now n where n.household_no = s.household_no)", String.class);
    }

    /** Stores the digests of the held snapshot, once its households have been re-judged. */
    public void store() {
        transaction.executeWithoutResult(status -> {
            jdbc.update("delete from income_class_household_digest");
            jdbc.update("insert into income_class_household_digest (household_no, digest) " + CURRENT);
        });
    }
}
