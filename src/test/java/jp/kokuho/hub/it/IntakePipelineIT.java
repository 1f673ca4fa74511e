package jp.kokuho.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared pipeline's behaviour beyond single-record validation. */
class IntakePipelineIT extends HubIntegrationTest {

    @BeforeEach
    void emptyHub() {
        resetHub();
    }

    @Test
    void claimCheckCarriesTheBatchIdNotTheData() throws Exception {
        LocalDate base = LocalDate.of(2027, 1, 31);
        String name = QuaFile.name(INSURER, base);
        drop("qualification", name, QuaFile.of(INSURER, base).standardPopulation(7_000).bytes());
        awaitArchived("qualification", name);
        long batchId = jdbc.queryForObject("select id from file_receipt where file_name = ? and status = 'IMPORTED'",
                Long.class, name);

        // the claim check is consumed by the income-class re-judgement route (routes/income-class.yaml), which
        // records every claim check it receives: exactly the batch id, feed and interface id, once
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from income_class_rejudge where batch_id = ?", Integer.class, batchId) == 1);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select claim_check_sent from file_receipt where id = ?", Boolean.class, batchId));
        Map<String, Object> received = jdbc.queryForMap(
                "select feed, interface_id, received from income_class_rejudge where batch_id = ?", batchId);
        assertThat(received).containsEntry("feed", "qualification").containsEntry("interface_id", "IF-QUA");
        // sent once: no second claim check for the batch follows
        Thread.sleep(1_500);
        assertThat(jdbc.queryForObject("select received from income_class_rejudge where batch_id = ?", Integer.class,
                batchId)).isEqualTo(1);
    }

    @Test
    void sameBaseDateIsACorrectedResendAndReplacesTheSnapshot() {
        LocalDate base = LocalDate.of(2027, 2, 28);
        String name = QuaFile.name(INSURER, base);
        drop("qualification", name, QuaFile.of(INSURER, base).standardPopulation(8_000).bytes());
        awaitArchived("qualification", name);
        QuaFile corrected = QuaFile.of(INSURER, base).standardPopulation(8_000)
                .change(0, d -> d.setNameKana("ﾔﾏﾀﾞ ﾀﾛｰ"));
        corrected.records().remove(5); // a member removed in the corrected snapshot
        drop("qualification", name, corrected.bytes());

        awaitUntilReceipts(name, 2);
        assertThat(jdbc.queryForObject("select count(*) from qualification", Integer.class)).isEqualTo(5);
        assertThat(jdbc.queryForObject("select name_kana from qualification where person_no = '000000000800101'",
                String.class)).isEqualTo("ﾔﾏﾀﾞ ﾀﾛｰ");
        // both files are kept in archive/, the second under a name of its own
        Path day = awaitArchived("qualification", name).getParent();
        try (var files = Files.list(day)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("QUA_139998_20270228")))
                    .hasSize(2);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void snapshotIndexesAreBuiltAgainAfterTheCopyAndKeptWhenAFileIsRejected() {
        String indexes = "select indexname || ': ' || indexdef from pg_indexes where tablename = 'qualification'"
                + " and schemaname = current_schema() order by 1";
        List<String> migrated = jdbc.queryForList(indexes, String.class);
        assertThat(migrated).hasSize(3).anyMatch(d -> d.startsWith("qualification_person: CREATE UNIQUE INDEX"));

        LocalDate base = LocalDate.of(2027, 3, 31);
        String name = QuaFile.name(INSURER, base);
        drop("qualification", name, QuaFile.of(INSURER, base).standardPopulation(9_000).bytes());
        awaitArchived("qualification", name);
        assertThat(jdbc.queryForList(indexes, String.class)).as("built again after the rows").isEqualTo(migrated);
        // the rebuilt unique index still guards the key outside the import
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("insert into qualification (household_no,"
                        + " person_no, birth_date, sex, member_type, head_flag, record_no, receipt_id)"
                        + " select '9999999999', person_no, birth_date, 1, 2, 0, 0, 0 from qualification limit 1"))
                .hasMessageContaining("qualification_person");

        // 宛名番号 twice: the index cannot be built, the file is rejected, the held snapshot and its indexes stay
        String before = registeredState();
        String bad = QuaFile.name(INSURER, base.plusDays(1));
        QuaFile twice = QuaFile.of(INSURER, base.plusDays(1)).standardPopulation(9_100);
        twice.change(1, d -> d.setPersonNo(twice.records().get(0).getPersonNo()));
        drop("qualification", bad, twice.bytes());
        assertThat(read(awaitError("qualification", bad))).contains("宛名番号が重複しています");
        assertThat(registeredState()).isEqualTo(before);
        assertThat(jdbc.queryForList(indexes, String.class)).isEqualTo(migrated);
    }

    @Test
    void aSnapshotNotGroupedByHouseholdIsTakenWhenEachHouseholdHasItsHead() {
        LocalDate base = LocalDate.of(2027, 4, 30);
        String name = QuaFile.name(INSURER, base);
        QuaFile apart = QuaFile.of(INSURER, base).standardPopulation(9_200);
        apart.records().add(apart.records().remove(2)); // a member of household 9202 after household 9203
        drop("qualification", name, apart.bytes());
        awaitArchived("qualification", name);
        assertThat(jdbc.queryForObject("select count(distinct household_no) from qualification", Integer.class)).isEqualTo(3);
    }

    @Test
    void taxIsIncrementalKeyedByPersonYearAndSource() {
        drop("tax", "TAX_139998_20261101.csv", ("000000000000101,2026,1,1,3000000,2000000,4000000,2800000,0,0,0,20261101\r\n"
                + "000000000000101,2026,2,2,0,0,0,0,0,0,0,20261101\r\n"
                + "000000000000102,2026,1,3,,,,,,,,20261101\r\n").getBytes(MS932));
        awaitArchived("tax", "TAX_139998_20261101.csv");
        drop("tax", "TAX_139998_20261102_01.csv",
                "000000000000101,2026,1,1,3500000,2500000,4500000,3200000,0,0,0,20261102\r\n".getBytes(MS932));
        awaitArchived("tax", "TAX_139998_20261102_01.csv");

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select person_no, source, tax_status::int tax_status, total_income from tax_income order by person_no, source");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsEntry("total_income", 3_500_000L);
        assertThat(rows.get(1)).containsEntry("tax_status", 2);
        assertThat(rows.get(2)).containsEntry("tax_status", 3).containsEntry("total_income", null);
    }

    @Test
    void taxCorrectionIsOneMergeWhereverItsHeldKeysAre() {
        drop("tax", "TAX_139998_20261101.csv", ("000000000000101,2026,1,1,3000000,2000000,4000000,2800000,0,0,0,20261101\r\n"
                + "000000000000102,2026,1,1,1000000,500000,1500000,1000000,0,0,0,20261101\r\n").getBytes(MS932));
        awaitArchived("tax", "TAX_139998_20261101.csv");
        // new keys first, the only held key in the last row
        drop("tax", "TAX_139998_20261102.csv", ("000000000000103,2026,1,1,100,0,0,0,0,0,0,20261102\r\n"
                + "000000000000101,2025,1,1,200,0,0,0,0,0,0,20261102\r\n"
                + "000000000000102,2026,1,1,1000001,500000,1500000,1000000,0,0,0,20261102\r\n").getBytes(MS932));
        awaitArchived("tax", "TAX_139998_20261102.csv");
        long receipt = jdbc.queryForObject("select id from file_receipt where file_name = 'TAX_139998_20261102.csv'", Long.class);
        assertThat(jdbc.queryForList("select person_no || '/' || tax_year || ': ' || total_income || (case when receipt_id = ?"
                + " then ' (new file)' else '' end) from tax_income order by 1", String.class, receipt)).containsExactly(
                "000000000000101/2025: 200 (new file)", "000000000000101/2026: 3000000",
                "000000000000102/2026: 1000001 (new file)", "000000000000103/2026: 100 (new file)");

        // a key twice and a bad record in one file: every reason at once, nothing merged
        String before = registeredState();
        drop("tax", "TAX_139998_20261103.csv", ("000000000000104,2026,1,1,100,0,0,0,0,0,0,20261103\r\n"
                + "000000000000101,2026,1,1,-1,0,0,0,0,0,0,20261103\r\n"
                + "000000000000104,2026,1,1,300,0,0,0,0,0,0,20261103\r\n").getBytes(MS932));
        assertThat(read(awaitError("tax", "TAX_139998_20261103.csv")))
                .contains("総所得金額等", "0以上の整数 (円、区切りなし) ではありません (-1)")
                .contains("宛名番号・課税年度・情報源区分が重複しています (レコード 1 と同じ)");
        // a key twice alone: the merge refuses it, the duplicates are listed, nothing merged
        drop("tax", "TAX_139998_20261104.csv", ("000000000000101,2026,1,1,100,0,0,0,0,0,0,20261104\r\n"
                + "000000000000105,2026,1,1,100,0,0,0,0,0,0,20261104\r\n"
                + "000000000000101,2026,1,1,300,0,0,0,0,0,0,20261104\r\n").getBytes(MS932));
        assertThat(read(awaitError("tax", "TAX_139998_20261104.csv")))
                .contains("宛名番号・課税年度・情報源区分が重複しています (レコード 1 と同じ)");
        assertThat(registeredState()).isEqualTo(before);
    }

    @Test
    void aFileWhoseImportCommittedJustBeforeAStopIsFinishedNotTakenInTwice() throws Exception {
        LocalDate base = LocalDate.of(2027, 3, 31);
        String name = QuaFile.name(INSURER, base);
        byte[] content = QuaFile.of(INSURER, base).standardPopulation(9_000).bytes();
        drop("qualification", name, content);
        Path archived = awaitArchived("qualification", name);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> Boolean.TRUE.equals(
                jdbc.queryForObject("select claim_check_sent from file_receipt where file_name = ?", Boolean.class, name)));
        // the state a stop between the commit and the lists leaves: the receipt committed, the file in its
        // in-progress folder, nothing written after the commit
        Path folder = Files.createDirectories(dirs.inbox("qualification").resolve(".inprogress/20270331-000000-000-1"));
        String before = registeredState();
        jdbc.update("update file_receipt set filed_at = null, destination = null, result_list = null, location = ?"
                + " where file_name = ?", dirs.relative(folder.resolve(name)), name);
        Files.move(archived, folder.resolve(name));

        await().atMost(java.time.Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select filed_at is not null from file_receipt where file_name = ?", Boolean.class, name));
        assertThat(registeredState()).isEqualTo(before);
        assertThat(jdbc.queryForList("select status from file_receipt where file_name = ?", String.class, name))
                .containsExactly("IMPORTED");
        assertThat(findUnder(dirs.root().resolve("archive/qualification"), name)).isNotNull();
        assertThat(Files.exists(folder)).as("the in-progress folder is removed").isFalse();
        assertThat(Files.exists(dirs.error("qualification").resolve(name))).isFalse();
    }

    @Test
    void processingHistoryOverHttp() {
        drop("tax", "TAX_139998_20261201.csv", "000000000000103,2026,1,1,1,1,1,1,0,0,0,20261201\r\n".getBytes(MS932));
        drop("collection", "COL_139998_20261130.csv", "0000001001,2026,13,20260430,10000,0,,0\r\n".getBytes(MS932));
        awaitArchived("tax", "TAX_139998_20261201.csv");
        awaitError("collection", "COL_139998_20261130.csv");

        List<Map<String, Object>> files = api().getForObject("/api/files", List.class);
        assertThat(files).extracting(f -> f.get("fileName") + ":" + f.get("status"))
                .contains("TAX_139998_20261201.csv:IMPORTED", "COL_139998_20261130.csv:REJECTED");
        Map<String, Object> rejected = files.stream().filter(f -> f.get("fileName").equals("COL_139998_20261130.csv"))
                .findFirst().orElseThrow();
        Map<String, Object> detail = api().getForObject("/api/files/" + rejected.get("id"), Map.class);
        assertThat(detail.get("errorCount")).isEqualTo(1);
        assertThat((List<Map<String, Object>>) detail.get("errors")).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("recordNo", 1).containsEntry("item", "期別"));
        assertThat((String) detail.get("resultList")).startsWith("outbox/import-results/取込結果_collection_");
    }

    @Test
    void aFileStillBeingWrittenIsNotTakenEarly() throws Exception {
        LocalDate base = LocalDate.of(2027, 4, 30);
        String name = QuaFile.name(INSURER, base);
        byte[] content = QuaFile.of(INSURER, base).standardPopulation(10_000).bytes();
        Path target = dirs.inbox("qualification").resolve(name);
        try (var out = Files.newOutputStream(target)) {
            // written slowly, in pieces 50 ms apart for about a second: never unchanged for stable-ms (200 ms)
            int step = content.length / 20 + 1;
            for (int i = 0; i < content.length; i += step) {
                out.write(content, i, Math.min(step, content.length - i));
                out.flush();
                Thread.sleep(50);
                assertThat(Files.exists(target)).as("not taken while being written").isTrue();
            }
        }
        awaitArchived("qualification", name);
        assertThat(importResult("qualification", name).get(1)).contains(",正常,6,");
        assertThat(jdbc.queryForObject("select count(*) from file_receipt where file_name = ?", Integer.class, name))
                .isEqualTo(1);
    }

    private void awaitUntilReceipts(String name, int imported) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from file_receipt where file_name = ? and status = 'IMPORTED' and filed_at is not null", Integer.class,
                name) == imported && !Files.exists(dirs.inbox("qualification").resolve(name)));
    }
}
