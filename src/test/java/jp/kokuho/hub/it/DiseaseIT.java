package jp.kokuho.hub.it;

import static jp.kokuho.hub.it.DisFile.contact;
import static jp.kokuho.hub.it.DisFile.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import jp.kokuho.hub.mapping.layout.QuaData;

/**
 * 6.4.1.1 特定疾患管理情報登録 and 6.4.2.1 特定疾患報告資料作成, end to end: IF-DIS-IN in → 特定疾患情報登録リスト and
 * disease_subject → POST /api/jobs/disease-answer → IF-DIS-ANS (checked by the spec's check-layout.py and byte by
 * byte against the records written out here) and 特定疾患対象者一覧.
 */
class DiseaseIT extends HubIntegrationTest {

    private static final String FEED = "disease";
    private static final LocalDate QUA_BASE = LocalDate.of(2027, 3, 31);
    private static final String LIST_HEADER = "レコード番号,連絡番号,受給者番号,疾病区分,疾病番号,被保険者番号,枝番,氏名カナ,資格確認結果,結果,エラー内容";
    private static final String SUBJECTS_HEADER = "連絡番号,受給者番号,疾病区分,疾病番号,被保険者番号,枝番,氏名カナ,資格確認結果,世帯番号,所得区分基準年月,所得区分,有効期間開始年月日,有効期間終了年月日,回答年月日";

    private static final LocalDate TARO_BIRTH = LocalDate.of(1960, 4, 1);   // 00009101-01 ﾔﾏﾀﾞ ﾀﾛｳ, 世帯 0000009101
    private static final LocalDate ICHIRO_BIRTH = LocalDate.of(1980, 6, 15); // 00009102-02 ｽｽﾞｷ ｲﾁﾛｳ, 世帯 0000009102
    private static final LocalDate ITO_BIRTH = LocalDate.of(1951, 2, 5);    // 00009105-08, 喪失 2025-06-01
    private static final LocalDate JAN = LocalDate.of(2027, 1, 1);

    @BeforeEach
    void hubWithQualification() {
        resetHub();
        dropQualification(QUA_BASE, q -> { });
    }

    private void dropQualification(LocalDate base, java.util.function.Consumer<QuaFile> change) {
        QuaData ito = QuaFile.insured(9_105, 8, "1", "ｲﾄｳ ｼﾞﾛｳ", "伊藤　次郎", ITO_BIRTH);
        ito.setLostOn(LocalDate.of(2025, 6, 1));
        ito.setLossReason("02");
        QuaFile qua = QuaFile.of(INSURER, base).standardPopulation(9_100).add(ito);
        change.accept(qua);
        String name = QuaFile.name(INSURER, base);
        drop("qualification", name, qua.bytes());
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from file_receipt where file_name = ? and status = 'IMPORTED'", Integer.class, name) == 1);
    }

    @Test
    void everyQualificationResultIsRegisteredAndAnsweredByteForByte() throws Exception {
        LocalDate created = LocalDate.of(2027, 4, 2);
        String name = DisFile.name(INSURER, created);
        drop(FEED, name, DisFile.file(INSURER, created, List.of(
                contact("C-0001", "1", "00009101", "01", "ﾔﾏﾀﾞ ﾀﾛｳ", TARO_BIRTH, JAN),
                contact("C-0002", "1", "00009101", "01", "ヤマダ　タロウ", TARO_BIRTH, JAN),   // normalises to the same
                contact("C-0003", "1", "00009105", "08", "ｲﾄｳ ｼﾞﾛｳ", ITO_BIRTH, JAN),
                contact("C-0004", "1", "00009999", "01", "ﾔﾏﾀﾞ ﾀﾛｳ", TARO_BIRTH, JAN),
                contact("C-0005", "1", "00009101", "01", "ﾔﾏﾀﾞ ﾀﾛｳ", TARO_BIRTH.plusDays(1), JAN),
                contact("C-0006", "1", "00009101", "01", "ﾔﾏﾀﾞ ｼﾞﾛｳ", TARO_BIRTH, JAN),
                contact("C-0007", "2", "00009101", "01", "ﾔﾏﾀﾞ ﾀﾛｳ", TARO_BIRTH, JAN),
                contact("C-0008", "3", "00009101", "01", "ﾔﾏﾀﾞ ﾀﾛｳ", TARO_BIRTH, JAN),
                with(contact("C-0009", "1", "00009101", "01", "ﾔﾏﾀﾞ ﾀﾛｳ", TARO_BIRTH, JAN), d -> d.setValidTo(JAN.minusDays(1))),
                contact("C-0010", "1", "00009102", "02", "ｽｽﾞｷ ｲﾁﾛｳ", ICHIRO_BIRTH, LocalDate.of(2027, 2, 15)))));

        assertThat(importResult(FEED, name).get(1)).contains(name + ",IF-DIS-IN,正常,10,");
        List<String> list = registrationList(name);
        assertThat(list).hasSize(11);
        assertThat(list.get(0)).isEqualTo(LIST_HEADER);
        assertThat(list.get(1)).isEqualTo("2,C-0001,12345678,1,001,00009101,01,ﾔﾏﾀﾞ ﾀﾛｳ,1,登録,");
        assertThat(list.get(2)).isEqualTo("3,C-0002,12345678,1,001,00009101,01,ヤマダ　タロウ,1,登録,");
        assertThat(list.get(3)).isEqualTo("4,C-0003,12345678,1,001,00009105,08,ｲﾄｳ ｼﾞﾛｳ,2,登録,"
                + "\"資格確認結果: 資格ありではありません (2 資格なし, 有効期間開始年月日 20270101)\"");
        assertThat(list.get(4)).startsWith("5,C-0004,").contains(",3,登録,\"資格確認結果: 資格ありではありません (3 該当者なし");
        assertThat(list.get(5)).startsWith("6,C-0005,").contains(",4,登録,\"資格確認結果: 資格ありではありません (4 本人情報不一致");
        assertThat(list.get(6)).startsWith("7,C-0006,").contains(",4,登録,");
        assertThat(list.get(7)).startsWith("8,C-0007,").endsWith(",1,エラー,連絡番号: 更新 (連絡区分 2) ですが登録されていません");
        assertThat(list.get(8)).startsWith("9,C-0008,").endsWith(",1,エラー,連絡番号: 変更 (連絡区分 3) ですが登録されていません");
        assertThat(list.get(9)).startsWith("10,C-0009,").endsWith(",1,エラー,\"有効期間終了年月日: 有効期間開始年月日より前です (開始 20270101, 終了 20261231)\"");
        assertThat(list.get(10)).isEqualTo("11,C-0010,12345678,1,001,00009102,02,ｽｽﾞｷ ｲﾁﾛｳ,1,登録,");
        assertThat(jdbc.queryForList("select contact_no from disease_subject order by contact_no", String.class))
                .containsExactly("C-0001", "C-0002", "C-0003", "C-0004", "C-0005", "C-0006", "C-0010");
        awaitArchived(FEED, name);

        // the months of 有効期間開始年月日 were never judged: the answer judges them on demand
        assertThat(judged("202701")).isZero();
        assertThat(judged("202702")).isZero();
        Map<String, Object> job = runJob("2027-04-10");
        assertThat(job).containsEntry("status", "SUCCEEDED");
        assertThat(job.get("message")).isNull();
        assertThat((List<String>) job.get("files")).containsExactly("outbox/to-prefecture/DISANS_139998_20270410.dat",
                "outbox/disease-subjects/特定疾患対象者一覧_20270410.csv");
        assertThat(judged("202701")).isPositive();
        assertThat(judged("202702")).isPositive();
        String taroClass = classOf("00009101", "01", "2027-01");
        String ichiroClass = classOf("00009102", "02", "2027-02");

        Path file = dirs.outbox("to-prefecture").resolve("DISANS_139998_20270410.dat");
        String[] lines = checkedLines(file, 7);
        assertThat(lines[0]).isEqualTo("1DISANS0113999820270410" + "13" + " ".repeat(95));
        String spaces = " ".repeat(8 + 8 + 10 + 6 + 2);
        assertThat(Arrays.asList(lines).subList(1, 8)).containsExactly(
                answer("C-0001", "00009101", "01", "1", "20200401" + " ".repeat(8) + "0000009101" + "202701" + pad2(taroClass)),
                answer("C-0002", "00009101", "01", "1", "20200401" + " ".repeat(8) + "0000009101" + "202701" + pad2(taroClass)),
                answer("C-0003", "00009105", "08", "2", "20200401" + "20250601" + " ".repeat(18)),
                answer("C-0004", "00009999", "01", "3", spaces),
                answer("C-0005", "00009101", "01", "4", spaces),
                answer("C-0006", "00009101", "01", "4", spaces),
                answer("C-0010", "00009102", "02", "1", "20200401" + " ".repeat(8) + "0000009102" + "202702" + pad2(ichiroClass)));
        assertThat(lines[8]).isEqualTo("9" + "0000007" + " ".repeat(112));

        List<String> subjects = subjects("20270410");
        assertThat(subjects.get(0)).isEqualTo(SUBJECTS_HEADER);
        assertThat(subjects).hasSize(8);
        assertThat(subjects.get(1)).isEqualTo("C-0001,12345678,1,001,00009101,01,ﾔﾏﾀﾞ ﾀﾛｳ,1,0000009101,202701,"
                + taroClass + ",20270101,20271231,20270410");
        assertThat(subjects.get(3)).isEqualTo("C-0003,12345678,1,001,00009105,08,ｲﾄｳ ｼﾞﾛｳ,2,,,,20270101,20271231,20270410");
        assertThat(jdbc.queryForObject("select count(*) from disease_subject where is_open", Integer.class)).isZero();

        // nothing open any more: no IF-DIS-ANS, the job says so; the 対象者一覧 is still written
        Map<String, Object> second = runJob("2027-04-11");
        assertThat(second).containsEntry("status", "SUCCEEDED");
        assertThat((String) second.get("message")).contains("no open 連絡番号", "no IF-DIS-ANS");
        assertThat(Files.exists(dirs.outbox("to-prefecture").resolve("DISANS_139998_20270411.dat"))).isFalse();
        assertThat((List<String>) second.get("files")).containsExactly("outbox/disease-subjects/特定疾患対象者一覧_20270411.csv");
        assertThat(subjects("20270411")).hasSize(8);
    }

    @Test
    void updateReopensAndTheSecondAnswerChecksAgainstTheLatestQualification() throws Exception {
        LocalDate first = LocalDate.of(2027, 4, 3);
        drop(FEED, DisFile.name(INSURER, first), DisFile.file(INSURER, first, List.of(
                contact("R-0001", "1", "00009101", "01", "ﾔﾏﾀﾞ ﾀﾛｳ", TARO_BIRTH, JAN),
                contact("R-0002", "1", "00009102", "02", "ｽｽﾞｷ ｲﾁﾛｳ", ICHIRO_BIRTH, JAN))));
        assertThat(registrationList(DisFile.name(INSURER, first))).hasSize(3);
        long firstReceipt = jdbc.queryForObject("select id from file_receipt where file_name = ?", Long.class,
                DisFile.name(INSURER, first));
        assertThat((List<String>) runJob("2027-04-04").get("files")).hasSize(2);

        LocalDate second = LocalDate.of(2027, 4, 5);
        String name = DisFile.name(INSURER, second);
        LocalDate march = LocalDate.of(2027, 3, 1);
        drop(FEED, name, DisFile.file(INSURER, second, List.of(
                with(contact("R-0001", "2", "00009101", "01", "ﾔﾏﾀﾞ ﾀﾛｳ", TARO_BIRTH, march), d -> d.setDiseaseNo("002")),
                contact("R-0002", "1", "00009102", "02", "ｽｽﾞｷ ｲﾁﾛｳ", ICHIRO_BIRTH, JAN),
                contact("R-0003", "3", "00009101", "01", "ﾔﾏﾀﾞ ﾀﾛｳ", TARO_BIRTH, march))));
        List<String> list = registrationList(name);
        assertThat(list.get(1)).isEqualTo("2,R-0001,12345678,1,002,00009101,01,ﾔﾏﾀﾞ ﾀﾛｳ,1,登録,");
        assertThat(list.get(2)).isEqualTo("3,R-0002,12345678,1,001,00009102,02,ｽｽﾞｷ ｲﾁﾛｳ,1,エラー,"
                + "連絡番号: 新規 (連絡区分 1) ですが登録済みです (受付番号 " + firstReceipt + " で登録)");
        assertThat(list.get(3)).startsWith("4,R-0003,").endsWith(",エラー,連絡番号: 変更 (連絡区分 3) ですが登録されていません");
        Map<String, Object> r1 = jdbc.queryForMap("select * from disease_subject where contact_no = 'R-0001'");
        assertThat(r1).containsEntry("is_open", true).containsEntry("disease_no", "002").containsEntry("version", 2)
                .containsEntry("answered_on", null);

        // a newer IF-QUA: 太郎 lost 資格 on 2027-02-01, so the re-opened R-0001 (from 2027-03-01) now answers 2
        dropQualification(LocalDate.of(2027, 4, 30), q -> q.change(0, d -> {
            d.setLostOn(LocalDate.of(2027, 2, 1));
            d.setLossReason("02");
        }));
        Map<String, Object> job = runJob("2027-04-06");
        assertThat(job.get("counts")).isEqualTo(Map.of("answered", 1, "closed", 1, "subjects", 2));
        String[] lines = checkedLines(dirs.outbox("to-prefecture").resolve("DISANS_139998_20270406.dat"), 1);
        assertThat(lines[1]).isEqualTo(answer("R-0001", "00009101", "01", "2", "20200401" + "20270201" + " ".repeat(18))
                .replace("20270410", "20270406"));
        List<String> subjects = subjects("20270406");
        assertThat(subjects.get(1)).isEqualTo("R-0001,12345678,1,002,00009101,01,ﾔﾏﾀﾞ ﾀﾛｳ,2,,,,20270301,20280229,20270406");
        assertThat(subjects.get(2)).startsWith("R-0002,").endsWith(",1,0000009102,202701," + classOf("00009102", "02", "2027-01")
                + ",20270101,20271231,20270404");
    }

    @Test
    void contactNumberTwiceInOneFileRejectsTheWholeFile() {
        LocalDate created = LocalDate.of(2027, 4, 7);
        String name = DisFile.name(INSURER, created);
        String state = registeredState();
        drop(FEED, name, DisFile.file(INSURER, created, List.of(
                contact("T-0001", "1", "00009101", "01", "ﾔﾏﾀﾞ ﾀﾛｳ", TARO_BIRTH, JAN),
                contact("T-0001", "1", "00009102", "02", "ｽｽﾞｷ ｲﾁﾛｳ", ICHIRO_BIRTH, JAN))));
        assertThat(read(awaitError(FEED, name))).contains("連絡番号");
        assertThat(registeredState()).isEqualTo(state);
        assertThat(jdbc.queryForObject("select count(*) from disease_subject", Integer.class)).isZero();
    }

    @Test
    void anotherPrefectureCodeRejectsTheWholeFile() {
        LocalDate created = LocalDate.of(2027, 4, 8);
        String name = DisFile.name(INSURER, created);
        drop(FEED, name, DisFile.file(INSURER, created, List.of(
                contact("P-0001", "1", "00009101", "01", "ﾔﾏﾀﾞ ﾀﾛｳ", TARO_BIRTH, JAN)), h -> h.setPrefectureCode("27")));
        assertThat(read(awaitError(FEED, name))).contains("都道府県コード", "期待 13, 実際 27");
        assertThat(importResult(FEED, name).get(1)).contains(",エラー,").contains("都道府県コード");
        assertThat(jdbc.queryForObject("select count(*) from disease_subject", Integer.class)).isZero();
    }

    @Test
    void badDateIsAnswered400() {
        ResponseEntity<Map> bad = api().postForEntity("/api/jobs/disease-answer?date=2027-02-30", null, Map.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    // ---- helpers ----

    /** one IF-DIS-ANS data record as the layout says, 回答年月日 2027-04-10 */
    private static String answer(String contactNo, String insuredNo, String branchNo, String result, String middle) {
        String r = "2" + String.format("%-12s", contactNo) + "12345678" + insuredNo + branchNo + result + middle
                + "20270410" + " ".repeat(46);
        assertThat(r.length()).isEqualTo(120);
        return r;
    }

    private static String pad2(String s) {
        return String.format("%-2s", s);
    }

    /** check-layout.py passes; the lines (MS932) */
    private String[] checkedLines(Path file, int dataRecords) throws Exception {
        Process p = new ProcessBuilder("python3", Path.of("src/test/resources/contract/tools/check-layout.py").toString(),
                file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).contains(dataRecords + " data records, 0 problems");
        String[] lines = new String(Files.readAllBytes(file), MS932).split("\r\n");
        assertThat(lines).hasSize(dataRecords + 2);
        return lines;
    }

    private int judged(String month) {
        return jdbc.queryForObject("select count(*) from income_class_month where target_month = ?", Integer.class, month);
    }

    private String classOf(String insuredNo, String branchNo, String month) {
        Map<?, ?> body = api().getForObject("/api/income-class?insuredNo=" + insuredNo + "&branchNo=" + branchNo
                + "&month=" + month, Map.class);
        String cls = (String) body.get("incomeClass");
        assertThat(cls).isNotBlank();
        return cls;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> runJob(String date) {
        ResponseEntity<Map> started = api().postForEntity("/api/jobs/disease-answer?date=" + date, null, Map.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        Number id = (Number) started.getBody().get("id");
        await().atMost(Duration.ofSeconds(60)).until(() ->
                !"RUNNING".equals(api().getForObject("/api/jobs/" + id, Map.class).get("status")));
        Map<String, Object> done = api().getForObject("/api/jobs/" + id, Map.class);
        assertThat(done.get("error")).as("job error").isNull();
        return done;
    }

    private List<String> subjects(String date) {
        Path file = dirs.outbox("disease-subjects").resolve("特定疾患対象者一覧_" + date + ".csv");
        try {
            return List.of(new String(Files.readAllBytes(file), MS932).split("\r\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 特定疾患情報登録リスト of a file, decoded from MS932, one string per line. */
    private List<String> registrationList(String name) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> findRegistrationList(name) != null);
        try {
            return List.of(new String(Files.readAllBytes(findRegistrationList(name)), MS932).split("\r\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path findRegistrationList(String name) {
        try (Stream<Path> files = Files.list(dirs.outbox("disease-registrations"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("特定疾患情報登録リスト_")
                            && p.getFileName().toString().endsWith("_" + name + ".csv"))
                    .max((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
