package jp.kokuho.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;


import org.junit.jupiter.api.Test;

/** The three base feeds end to end: drop → registered rows → 取込結果リスト → archive/ → claim check. */
class BaseFeedImportIT extends HubIntegrationTest {

    @Test
    void qualificationSnapshotIsRegisteredAndListed() {
        resetHub();
        LocalDate base = LocalDate.of(2030, 1, 31);
        String name = QuaFile.name(INSURER, base);
        drop("qualification", name, QuaFile.of(INSURER, base).standardPopulation(5_000).bytes());

        awaitArchived("qualification", name);
        List<String> list = importResult("qualification", name);
        assertThat(list.get(0)).isEqualTo("受付日時,ファイル名,インタフェース,結果,データ件数,レコード番号,項目名,エラー内容");
        assertThat(list).hasSize(2);
        assertThat(list.get(1)).contains(",QUA_139998_20300131.dat,IF-QUA,正常,6,,,");
        assertThat(jdbc.queryForObject("select count(*) from qualification where household_no like '00000050%'",
                Integer.class)).isEqualTo(6);
        Map<String, Object> row = jdbc.queryForMap("select name, name_kana, birth_date::text b, member_type"
                + " from qualification where person_no = '000000000500305'");
        assertThat(row).containsEntry("name", "髙橋　健").containsEntry("name_kana", "ﾀｶﾊｼ ｹﾝ")
                .containsEntry("b", "1970-01-01");
        assertThat(jdbc.queryForObject("select base_date::text from feed_snapshot where feed = 'qualification'",
                String.class)).isEqualTo("2030-01-31");
        assertThat(jdbc.queryForObject("select status from file_receipt where file_name = ? order by id desc limit 1",
                String.class, name)).isEqualTo("IMPORTED");
    }
}
