package jp.kokuho.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.kokuho.hub.incomeclass.HouseholdDigests;

/**
 * The household digests of the IF-QUA re-judgement on real PostgreSQL: one digest query per claim check records what
 * changed, the store applies it; the columns the judgement reads take part, names do not; the digests stored by
 * applying changes are those a fresh computation of the snapshot gives.
 */
class HouseholdDigestsIT extends HubIntegrationTest {

    @Autowired
    HouseholdDigests digests;

    @BeforeEach
    void importSamples() throws IOException {
        resetHub();
        drop("qualification", IncomeClassIT.QUA,
                Files.readAllBytes(IncomeClassIT.SAMPLES.resolve("qualification").resolve(IncomeClassIT.QUA)));
        awaitArchived("qualification", IncomeClassIT.QUA);
        // the claim check stored the first digests (nothing judged: nothing re-judged)
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from income_class_rejudge", Integer.class) == 1);
    }

    @Test
    void theClaimCheckStoredOneDigestPerHouseholdAndNothingHasChangedSince() {
        assertThat(jdbc.queryForObject("select count(*) from income_class_household_digest", Long.class))
                .isEqualTo(jdbc.queryForObject("select count(distinct household_no) from qualification", Long.class));
        assertThat(jdbc.queryForObject("select count(*) from income_class_household_digest_change", Long.class)).isZero();
        assertThat(digests.changed(9001)).isEmpty();
        digests.store(9001);
        assertThat(jdbc.queryForObject("select count(*) from income_class_household_digest_change", Long.class)).isZero();
    }

    @Test
    void changedAddedAndGoneHouseholdsAreFoundOnceAndStoredAsAFreshComputationWouldStoreThem() {
        List<String> households = jdbc.queryForList(
                "select household_no from qualification group by household_no having count(*) >= 2 order by 1 limit 4",
                String.class);
        assertThat(households).hasSize(4);
        String born = households.get(0), lost = households.get(1), named = households.get(2), moved = households.get(3);
        // a column the judgement reads: 生年月日 of a member, 喪失年月日 of another household's member
        jdbc.update("update qualification set birth_date = birth_date + 1 where person_no = (select min(person_no)"
                + " from qualification where household_no = ?)", born);
        jdbc.update("update qualification set lost_on = date '2026-10-01' where person_no = (select max(person_no)"
                + " from qualification where household_no = ?)", lost);
        // names do not take part
        jdbc.update("update qualification set name_kana = 'テスト', name = 'テスト' where household_no = ?", named);
        // a household gone, its members in a new one
        jdbc.update("update qualification set household_no = '9999999999' where household_no = ?", moved);

        List<String> changed = digests.changed(9002);
        assertThat(changed).containsExactlyInAnyOrder(born, lost, moved, "9999999999");
        // a redelivered claim check compares again and records the same, once
        assertThat(digests.changed(9002)).containsExactlyInAnyOrderElementsOf(changed);
        assertThat(jdbc.queryForObject("select count(*) from income_class_household_digest_change where batch_id = 9002",
                Long.class)).isEqualTo(4);

        digests.store(9002);
        assertThat(digests.changed(9003)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from income_class_household_digest where household_no = ?",
                Long.class, moved)).isZero();
        // the digests after applying the changes are those of the snapshot computed afresh
        Map<String, Object> applied = stored();
        jdbc.update("delete from income_class_household_digest");
        assertThat(digests.changed(9004)).isNull();
        digests.store(9004);
        assertThat(stored()).isEqualTo(applied);
        assertThat(jdbc.queryForObject("select count(*) from income_class_household_digest_change", Long.class)).isZero();
    }

    private Map<String, Object> stored() {
        return jdbc.queryForMap("select count(*) n, sum(digest::numeric) s, string_agg(household_no, ',' order by"
                + " household_no) h from income_class_household_digest");
    }
}
