package jp.kokuho.hub.incomeclass;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which households an IF-QUA snapshot changed, as far as the 所得区分判定 reads them (members, 宛名番号, 被保険者番号,
 * 生年月日, 構成員区分, 世帯主区分, 資格取得/喪失年月日): a digest per household of the held snapshot against the digests
 * stored when the previous snapshot was re-judged. Names and addresses do not take part.
 * <p>
 * One digest query per claim check ({@link #changed}); it records the households it found changed with their new
 * digests ({@code income_class_household_digest_change}, under the claim check's batch id), and {@link #store} applies
 * them once they have been re-judged: the stored digests are those of the snapshot the comparison read, even when
 * another snapshot arrives meanwhile (its claim check then finds its own changes against them).
 */
@Component
public class HouseholdDigests {

    /**
     * the digest of each household of the held snapshot: a 64-bit hash of each member's row (PostgreSQL's own hash of
     * the row's values, as hash partitioning uses it), combined by bit_xor, so that no sort and no long string are
     * needed (md5 over the members' text sorted by 宛名番号 took 3–4 s at 1,000,000 persons, docs/benchmark.md)
     */
    private static final String CURRENT = """
            select household_no, bit_xor(hash_record_extended(row(person_no, insured_no, branch_no, birth_date,
                   member_type, head_flag, acquired_on, lost_on), 0)) digest
            from qualification group by household_no""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public HouseholdDigests(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * Households added, changed or gone since the stored digests, recorded for {@link #store} under {@code batchId}
     * (a repeated call replaces them); null when none are stored yet (then every household counts as changed).
     */
    public List<String> changed(long batchId) {
        return transaction.execute(status -> {
            jdbc.update("delete from income_class_household_digest_change where batch_id = ?", batchId);
            if (noneStored()) {
                return null;
            }
            jdbc.execute(IncomeClassService.WORK_MEM); // the hash aggregate: one entry per household
            return jdbc.queryForList("insert into income_class_household_digest_change (batch_id, household_no, digest)"
                    + " select ?, household_no, n.digest from (" + CURRENT + ") n"
                    + " full join income_class_household_digest s using (household_no)"
                    + " where n.digest is distinct from s.digest returning household_no", String.class, batchId);
        });
    }

    /**
     * Stores the digests of the snapshot {@link #changed} compared (once its households have been re-judged): its
     * changes applied; without stored digests, those of the held snapshot.
     */
    public void store(long batchId) {
        transaction.executeWithoutResult(status -> {
            // one claim check's digests at a time (two nodes consume claim checks)
            jdbc.execute("lock table income_class_household_digest in exclusive mode");
            if (noneStored()) {
                jdbc.execute(IncomeClassService.WORK_MEM); // the hash aggregate: one entry per household
                jdbc.update("insert into income_class_household_digest (household_no, digest) " + CURRENT);
            } else {
                jdbc.update("delete from income_class_household_digest d using income_class_household_digest_change c"
                        + " where c.batch_id = ? and d.household_no = c.household_no", batchId);
                jdbc.update("insert into income_class_household_digest (household_no, digest) select household_no, digest"
                        + " from income_class_household_digest_change where batch_id = ? and digest is not null", batchId);
            }
            jdbc.update("delete from income_class_household_digest_change where batch_id = ?", batchId);
        });
    }

    private boolean noneStored() {
        return jdbc.queryForObject("select not exists (select 1 from income_class_household_digest)", Boolean.class);
    }
}
