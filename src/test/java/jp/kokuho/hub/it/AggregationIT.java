package jp.kokuho.hub.it;

import static jp.kokuho.hub.it.AggFile.move;
import static jp.kokuho.hub.it.AggFile.seventyFive;
import static jp.kokuho.hub.it.AggFile.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import jp.kokuho.hub.mapping.layout.Agg75Data;
import jp.kokuho.hub.mapping.layout.AggMovData;
import jp.kokuho.hub.mapping.layout.QuaData;

/**
 * 6.2.1.1 情報連携ファイル受領・取込 and 6.2.2.1 データ登録: IF-AGG-MOV and IF-AGG-75 through the shared pipeline,
 * end to end (file in → 取込結果リスト and 登録結果リスト → rows in PostgreSQL → GET /api/special-cases).
 */
class AggregationIT extends HubIntegrationTest {

    private static final String FEED = "aggregation";
    private static final LocalDate QUA_BASE = LocalDate.of(2027, 3, 31);
    private static final String LIST_HEADER = "処理日時,ファイル名,インタフェース,レコード番号,連携番号,被保険者番号,枝番,結果,資格確認結果,エラー内容";

    // the IF-QUA population (QuaFile.standardPopulation(9_100) plus two older persons)
    private static final LocalDate TARO_BIRTH = LocalDate.of(1960, 4, 1);        // 00009101-01
    private static final LocalDate ICHIRO_BIRTH = LocalDate.of(1980, 6, 15);     // 00009102-02
    private static final LocalDate HANAKO_BIRTH = LocalDate.of(1982, 2, 1);      // 00009102-03
    private static final LocalDate SATO_BIRTH = LocalDate.of(1952, 3, 10);       // 00009104-07, 喪失 on the 75th birthday
    private static final LocalDate ITO_BIRTH = LocalDate.of(1951, 2, 5);         // 00009105-08, 喪失 2025-06-01 (社保)

    @BeforeEach
    void hubWithQualification() {
        resetHub();
        QuaData sato = QuaFile.insured(9_104, 7, "1", "ｻﾄｳ ｲﾁﾛｳ", "佐藤　一郎", SATO_BIRTH);
        sato.setLostOn(SATO_BIRTH.plusYears(75));
        sato.setLossReason("05");
        QuaData ito = QuaFile.insured(9_105, 8, "1", "ｲﾄｳ ｼﾞﾛｳ", "伊藤　次郎", ITO_BIRTH);
        ito.setLostOn(LocalDate.of(2025, 6, 1));
        ito.setLossReason("02");
        String name = QuaFile.name(INSURER, QUA_BASE);
        drop("qualification", name, QuaFile.of(INSURER, QUA_BASE).standardPopulation(9_100).add(sato).add(ito).bytes());
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from file_receipt where file_name = ? and status = 'IMPORTED'", Integer.class, name) == 1);
    }

    @Test
    void moveFileRegistersGoodRecordsAndListsEveryReason() {
        LocalDate created = LocalDate.of(2027, 4, 2);
        String name = AggFile.moveName(INSURER, created);
        LocalDate moved = LocalDate.of(2027, 3, 5);
        List<AggMovData> records = List.of(
                move("M-0001", INSURER, "00009101", "01", TARO_BIRTH, moved, 3, "202702"),
                with(move("M-0002", INSURER, "00009102", "02", ICHIRO_BIRTH, moved, 0, null), d -> d.setContinuity("2")),
                move("M-0003", "139997", "00009101", "01", TARO_BIRTH, moved, 0, null),
                with(move("M-0004", INSURER, "00009101", "01", TARO_BIRTH, moved, 0, null), d -> d.setPreviousInsurerNo(INSURER)),
                with(move("M-0005", INSURER, "00009101", "01", TARO_BIRTH, moved, 0, null), d -> d.setPreviousInsurerNo("270001")),
                move("M-0006", INSURER, "00009101", "01", TARO_BIRTH, moved, 2, null),
                move("M-0007", INSURER, "00009101", "01", TARO_BIRTH, moved, 0, "202701"),
                move("M-0008", INSURER, "00009999", "01", TARO_BIRTH, moved, 0, null),
                move("M-0009", INSURER, "00009101", "01", TARO_BIRTH.plusDays(1), moved, 0, null),
                move("M-0010", INSURER, "00009101", "01", TARO_BIRTH, LocalDate.of(2019, 1, 1), 0, null),
                move("M-0011", INSURER, "00009102", "03", HANAKO_BIRTH, moved, 12, "202703"));
        drop(FEED, name, AggFile.moveFile(INSURER, created, records));

        List<String> imported = importResult(FEED, name);
        assertThat(imported.get(1)).contains(name + ",IF-AGG-MOV,正常,11,");
        List<String> list = registrationList(name);
        assertThat(list).hasSize(12);
        assertThat(list.get(0)).isEqualTo(LIST_HEADER);
        assertThat(list.get(1)).contains("," + name + ",IF-AGG-MOV,2,M-0001,00009101,01,登録,1,").endsWith(",");
        assertThat(list.get(2)).contains(",3,M-0002,00009102,02,登録,1,");
        assertThat(list.get(3)).contains(",4,M-0003,00009101,01,エラー,1,\"転入先保険者番号: 当市町村の保険者番号ではありません (期待 139998, 実際 139997)");
        assertThat(list.get(4)).contains(",5,M-0004,", ",エラー,1,転入前保険者番号: 当市町村以外の保険者番号ではありません (139998)");
        assertThat(list.get(5)).contains(",6,M-0005,", ",エラー,1,\"転入前保険者番号: 県内の保険者番号ではありません (都道府県番号 期待 13, 実際 27)");
        assertThat(list.get(6)).contains(",7,M-0006,", ",エラー,1,\"直近該当年月: 多数回該当通算回数が1以上のときは必須です");
        assertThat(list.get(7)).contains(",8,M-0007,", ",エラー,1,直近該当年月: 多数回該当通算回数が0のときは空白です (202701)");
        assertThat(list.get(8)).contains(",9,M-0008,00009999,01,エラー,3,\"資格確認結果: 資格ありではありません (3 該当者なし, 転入年月日 20270305)");
        assertThat(list.get(9)).contains(",10,M-0009,", ",エラー,4,\"資格確認結果: 資格ありではありません (4 本人情報不一致");
        assertThat(list.get(10)).contains(",11,M-0010,", ",エラー,2,\"資格確認結果: 資格ありではありません (2 資格なし, 転入年月日 20190101)");
        assertThat(list.get(11)).contains(",12,M-0011,00009102,03,登録,1,");

        assertThat(jdbc.queryForList("select link_no from aggregation_move order by link_no", String.class))
                .containsExactly("M-0001", "M-0002", "M-0011");
        // the processing history names what registration did and the list it wrote
        Number receiptId = jdbc.queryForObject("select id from file_receipt where file_name = ?", Long.class, name);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() ->
                api().getForObject("/api/files/" + receiptId, Map.class).get("registrationList") != null);
        Map<String, Object> history = api().getForObject("/api/files/" + receiptId, Map.class);
        assertThat(history).containsEntry("registeredCount", 3).containsEntry("registrationErrorCount", 8);
        assertThat((String) history.get("registrationList")).startsWith("outbox/registration-results/登録結果_aggregation_")
                .endsWith("_" + name + ".csv");
        Map<String, Object> row = jdbc.queryForMap("select * from aggregation_move where link_no = 'M-0001'");
        assertThat(row).containsEntry("high_cost_count", 3).containsEntry("last_high_cost_month", "202702")
                .containsEntry("continuity", 1).containsEntry("previous_insurer_no", "130001");
        assertThat(jdbc.queryForObject("select interface_id from file_receipt where file_name = ?", String.class, name))
                .isEqualTo("IF-AGG-MOV");
        awaitArchived(FEED, name);

        // GET /api/special-cases: 1/2 and the carried-over count in the month of the move
        Map<?, ?> taro = specialCases("00009101", "01", "2027-03").getBody();
        assertThat(taro.get("limitRatio")).isEqualTo("1/2");
        assertThat(taro.get("highCostCount")).isEqualTo(3);
        assertThat((List<?>) taro.get("specialCases")).hasSize(1);
        // 世帯継続区分 2: registered as it is, the 特例 does not apply
        Map<?, ?> ichiro = specialCases("00009102", "02", "2027-03").getBody();
        assertThat(ichiro.get("limitRatio")).isNull();
        Map<?, ?> noContinuity = (Map<?, ?>) ((List<?>) ichiro.get("specialCases")).get(0);
        assertThat(noContinuity.get("applies")).isEqualTo(false);
        assertThat((String) noContinuity.get("note")).contains("世帯継続区分 2", "適用されません");
        // another month: nothing
        Map<?, ?> april = specialCases("00009101", "01", "2027-04").getBody();
        assertThat(april.get("limitRatio")).isNull();
        assertThat((List<?>) april.get("specialCases")).isEmpty();
    }

    @Test
    void seventyFiveFileChecksTheBirthdayAndTheMonth() {
        LocalDate created = LocalDate.of(2027, 4, 3);
        String name = AggFile.name75(INSURER, created);
        List<Agg75Data> records = List.of(
                seventyFive("S-0001", INSURER, "00009104", "07", SATO_BIRTH),
                with(seventyFive("S-0002", INSURER, "00009104", "07", SATO_BIRTH), d -> d.setReached75On(SATO_BIRTH.plusYears(75).plusDays(1))),
                with(seventyFive("S-0003", INSURER, "00009104", "07", SATO_BIRTH), d -> d.setSpecialMonth("202702")),
                seventyFive("S-0004", "139997", "00009104", "07", SATO_BIRTH),
                seventyFive("S-0005", INSURER, "00009105", "08", ITO_BIRTH));
        drop(FEED, name, AggFile.file75(INSURER, created, records));

        assertThat(importResult(FEED, name).get(1)).contains(name + ",IF-AGG-75,正常,5,");
        List<String> list = registrationList(name);
        assertThat(list).hasSize(6);
        assertThat(list.get(1)).contains(",IF-AGG-75,2,S-0001,00009104,07,登録,1,");
        assertThat(list.get(2)).contains(",3,S-0002,", ",エラー,1,\"75歳到達年月日: 生年月日の75歳の誕生日ではありません (期待 20270310, 実際 20270311)");
        assertThat(list.get(3)).contains(",4,S-0003,", ",エラー,1,\"特例対象年月: 75歳到達年月日の月ではありません (期待 202703, 実際 202702)");
        assertThat(list.get(4)).contains(",5,S-0004,", ",エラー,1,\"保険者番号: 当市町村の保険者番号ではありません (期待 139998, 実際 139997)");
        assertThat(list.get(5)).contains(",6,S-0005,00009105,08,エラー,2,\"資格確認結果: 資格ありではありません (2 資格なし, 特例対象年月 202602)");
        assertThat(jdbc.queryForList("select link_no from aggregation_75", String.class)).containsExactly("S-0001");
        awaitArchived(FEED, name);

        Map<?, ?> sato = specialCases("00009104", "07", "2027-03").getBody();
        assertThat(sato.get("limitRatio")).isEqualTo("1/4");
        Map<?, ?> fact = (Map<?, ?>) ((List<?>) sato.get("specialCases")).get(0);
        assertThat(fact.get("kind")).isEqualTo("75歳到達月特例");
        assertThat(fact.get("lateStageLimitRatio")).isEqualTo("1/2");
    }

    @Test
    void linkNumberRegisteredBeforeIsAnErrorButOnlyRegisteredOnesCount() {
        LocalDate moved = LocalDate.of(2027, 3, 5);
        LocalDate first = LocalDate.of(2027, 4, 5);
        drop(FEED, AggFile.moveName(INSURER, first), AggFile.moveFile(INSURER, first, List.of(
                move("L-0001", INSURER, "00009101", "01", TARO_BIRTH, moved, 0, null),
                move("L-0002", "139997", "00009101", "01", TARO_BIRTH, moved, 0, null))));
        assertThat(registrationList(AggFile.moveName(INSURER, first)).get(2)).contains(",L-0002,", ",エラー,");
        long firstReceipt = jdbc.queryForObject("select id from file_receipt where file_name = ?", Long.class,
                AggFile.moveName(INSURER, first));

        LocalDate second = LocalDate.of(2027, 4, 6);
        String name = AggFile.moveName(INSURER, second);
        drop(FEED, name, AggFile.moveFile(INSURER, second, List.of(
                move("L-0001", INSURER, "00009101", "01", TARO_BIRTH, moved, 0, null),
                move("L-0002", INSURER, "00009101", "01", TARO_BIRTH, moved, 0, null))));
        List<String> list = registrationList(name);
        assertThat(list.get(1)).contains(",L-0001,", ",エラー,1,連携番号: 登録済みです (受付番号 " + firstReceipt + " で登録)");
        assertThat(list.get(2)).contains(",L-0002,00009101,01,登録,1,");
        assertThat(jdbc.queryForObject("select count(*) from aggregation_move", Integer.class)).isEqualTo(2);

        // the 連携番号 of an IF-AGG-MOV is taken for IF-AGG-75 too
        LocalDate third = LocalDate.of(2027, 4, 7);
        String name75 = AggFile.name75(INSURER, third);
        drop(FEED, name75, AggFile.file75(INSURER, third, List.of(seventyFive("L-0001", INSURER, "00009104", "07", SATO_BIRTH))));
        assertThat(registrationList(name75).get(1)).contains(",L-0001,", ",エラー,1,連携番号: 登録済みです");
    }

    @Test
    void sameFileTwiceIsRejectedAsDuplicate() {
        LocalDate created = LocalDate.of(2027, 4, 8);
        String name = AggFile.moveName(INSURER, created);
        byte[] bytes = AggFile.moveFile(INSURER, created, List.of(
                move("D-0001", INSURER, "00009101", "01", TARO_BIRTH, LocalDate.of(2027, 3, 5), 0, null)));
        drop(FEED, name, bytes);
        registrationList(name);
        awaitArchived(FEED, name);
        String state = registeredState();

        drop(FEED, name, bytes);
        assertThat(read(awaitError(FEED, name))).contains("二重取込");
        assertThat(registeredState()).isEqualTo(state);
        assertThat(jdbc.queryForObject("select count(*) from aggregation_move", Integer.class)).isEqualTo(1);
    }

    @Test
    void wrongInsurerInTheHeaderRejectsTheWholeFile() {
        LocalDate created = LocalDate.of(2027, 4, 9);
        String name = AggFile.moveName(INSURER, created);
        String state = registeredState();
        drop(FEED, name, AggFile.moveFile(INSURER, created, List.of(
                move("H-0001", INSURER, "00009101", "01", TARO_BIRTH, LocalDate.of(2027, 3, 5), 0, null)),
                h -> h.setInsurerNo("139997")));
        assertThat(read(awaitError(FEED, name))).contains("保険者番号: 当市町村の保険者番号ではありません (期待 139998, 実際 139997)");
        assertThat(importResult(FEED, name).get(1)).contains(",IF-AGG-MOV,エラー,");
        assertThat(registeredState()).isEqualTo(state);
        assertThat(findRegistrationList(name)).isNull();
    }

    @Test
    void linkNumberTwiceInOneFileRejectsTheWholeFile() {
        LocalDate created = LocalDate.of(2027, 4, 10);
        String name = AggFile.name75(INSURER, created);
        String state = registeredState();
        drop(FEED, name, AggFile.file75(INSURER, created, List.of(
                seventyFive("X-0001", INSURER, "00009104", "07", SATO_BIRTH),
                seventyFive("X-0001", INSURER, "00009104", "07", SATO_BIRTH))));
        assertThat(read(awaitError(FEED, name))).contains("レコード 3 連携番号: 連携番号が重複しています (レコード 2 と同じ: X-0001)");
        assertThat(registeredState()).isEqualTo(state);
        assertThat(findRegistrationList(name)).isNull();
    }

    @Test
    void aNameOfNeitherKindIsRejectedWithBothPatterns() {
        String name = "AGGXX_139998_20270411.dat";
        drop(FEED, name, AggFile.file75(INSURER, LocalDate.of(2027, 4, 11), List.of(
                seventyFive("N-0001", INSURER, "00009104", "07", SATO_BIRTH))));
        assertThat(read(awaitError(FEED, name))).contains("AGG75_<保険者番号>_<作成年月日>.dat");
        assertThat(importResult(FEED, name).get(1)).contains(",IF-AGG,エラー,");
    }

    @Test
    void specialCasesAnswers400ForABadQuery() {
        ResponseEntity<Map> bad = api().getForEntity("/api/special-cases?insuredNo=123&branchNo=01&month=2027-13", Map.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) bad.getBody().get("message")).contains("insuredNo", "month");
    }

    private ResponseEntity<Map> specialCases(String insuredNo, String branchNo, String month) {
        ResponseEntity<Map> response = api().getForEntity("/api/special-cases?insuredNo=" + insuredNo + "&branchNo="
                + branchNo + "&month=" + month, Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response;
    }

    /** The 登録結果リスト of a file, decoded from MS932, one string per line. */
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
        try (Stream<Path> files = Files.list(dirs.outbox("registration-results"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("登録結果_" + FEED + "_")
                            && p.getFileName().toString().endsWith("_" + name + ".csv"))
                    .max((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
