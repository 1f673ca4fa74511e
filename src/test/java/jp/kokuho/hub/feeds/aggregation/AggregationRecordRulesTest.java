package jp.kokuho.hub.feeds.aggregation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import jp.kokuho.hub.intake.ErrorCollector;
import jp.kokuho.hub.intake.FieldChecks;
import jp.kokuho.hub.intake.ImportError;
import jp.kokuho.hub.mapping.layout.Agg75Data;
import jp.kokuho.hub.mapping.layout.AggMovData;
import jp.kokuho.hub.qualification.CheckOutcome;
import jp.kokuho.hub.qualification.CheckResult;

/** Table tests of the IF-AGG-MOV / IF-AGG-75 record rules (import and registration). */
class AggregationRecordRulesTest {

    private static final String OURS = "139998";

    private static AggMovData move(Consumer<AggMovData> change) {
        AggMovData d = new AggMovData();
        d.setLinkNo("M-1");
        d.setInsurerNo(OURS);
        d.setPreviousInsurerNo("130001");
        d.setInsuredNo("00001234");
        d.setBranchNo("01");
        d.setBirthDate(LocalDate.of(1970, 5, 5));
        d.setMovedOn(LocalDate.of(2026, 10, 5));
        d.setHighCostCount(0);
        d.setLastHighCostMonth(null);
        d.setContinuity("1");
        change.accept(d);
        return d;
    }

    private static Agg75Data seventyFive(LocalDate birth, Consumer<Agg75Data> change) {
        Agg75Data d = new Agg75Data();
        d.setLinkNo("S-1");
        d.setInsurerNo(OURS);
        d.setInsuredNo("00001234");
        d.setBranchNo("01");
        d.setBirthDate(birth);
        d.setReached75On(birth.plusYears(75));
        YearMonth m = YearMonth.from(birth.plusYears(75));
        d.setSpecialMonth(String.format("%04d%02d", m.getYear(), m.getMonthValue()));
        d.setPreviousInsurerNo("130001");
        change.accept(d);
        return d;
    }

    static Stream<Arguments> moveRegistration() {
        return Stream.of(
                Arguments.of("valid", move(d -> { }), null),
                Arguments.of("valid with count", move(d -> { d.setHighCostCount(4); d.setLastHighCostMonth("202608"); }), null),
                Arguments.of("世帯継続区分 2 is registered", move(d -> d.setContinuity("2")), null),
                Arguments.of("転入先 not ours", move(d -> d.setInsurerNo("139997")), "転入先保険者番号: 当市町村の保険者番号ではありません (期待 139998, 実際 139997)"),
                Arguments.of("転入前 is ours", move(d -> d.setPreviousInsurerNo(OURS)), "転入前保険者番号: 当市町村以外の保険者番号ではありません (139998)"),
                Arguments.of("転入前 other prefecture", move(d -> d.setPreviousInsurerNo("140001")), "転入前保険者番号: 県内の保険者番号ではありません (都道府県番号 期待 13, 実際 14)"),
                Arguments.of("count without month", move(d -> d.setHighCostCount(1)), "直近該当年月: 多数回該当通算回数が1以上のときは必須です (多数回該当通算回数 1, 直近該当年月 空白)"),
                Arguments.of("month without count", move(d -> d.setLastHighCostMonth("202609")), "直近該当年月: 多数回該当通算回数が0のときは空白です (202609)"),
                Arguments.of("blank month is absent", move(d -> d.setLastHighCostMonth("      ")), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void moveRegistration(String name, AggMovData d, String reason) {
        List<String> reasons = AggregationRecordRules.registerMove(d, OURS);
        if (reason == null) {
            assertThat(reasons).isEmpty();
        } else {
            assertThat(reasons).containsExactly(reason);
        }
    }

    static Stream<Arguments> seventyFiveRegistration() {
        LocalDate birth = LocalDate.of(1951, 10, 20);
        LocalDate leap = LocalDate.of(1952, 2, 29);
        return Stream.of(
                Arguments.of("valid", seventyFive(birth, d -> { }), null),
                Arguments.of("29 February: the 75th birthday is 28 February", seventyFive(leap, d -> { }), null),
                Arguments.of("29 February: 1 March is not", seventyFive(leap, d -> { d.setReached75On(LocalDate.of(2027, 3, 1)); d.setSpecialMonth("202703"); }),
                        "75歳到達年月日: 生年月日の75歳の誕生日ではありません (期待 20270228, 実際 20270301)"),
                Arguments.of("75歳到達年月日 a day off", seventyFive(birth, d -> d.setReached75On(LocalDate.of(2026, 10, 19))),
                        "75歳到達年月日: 生年月日の75歳の誕生日ではありません (期待 20261020, 実際 20261019)"),
                Arguments.of("特例対象年月 not the month", seventyFive(birth, d -> d.setSpecialMonth("202611")),
                        "特例対象年月: 75歳到達年月日の月ではありません (期待 202610, 実際 202611)"),
                Arguments.of("保険者番号 not ours", seventyFive(birth, d -> d.setInsurerNo("139997")),
                        "保険者番号: 当市町村の保険者番号ではありません (期待 139998, 実際 139997)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void seventyFiveRegistration(String name, Agg75Data d, String reason) {
        List<String> reasons = AggregationRecordRules.register75(d, OURS);
        if (reason == null) {
            assertThat(reasons).isEmpty();
        } else {
            assertThat(reasons).containsExactly(reason);
        }
    }

    static Stream<Arguments> moveImport() {
        return Stream.of(
                Arguments.of("valid", move(d -> { }), null),
                Arguments.of("count 13", move(d -> d.setHighCostCount(13)), "多数回該当通算回数: 0～12 の数ではありません (13)"),
                Arguments.of("month not a month", move(d -> { d.setHighCostCount(1); d.setLastHighCostMonth("202613"); }), "直近該当年月: 年月 (YYYYMM) または空白ではありません (202613)"),
                Arguments.of("世帯継続区分 3", move(d -> d.setContinuity("3")), "世帯継続区分: コード値が不正です (期待 1/2, 実際 3)"),
                Arguments.of("連携番号 blank", move(d -> d.setLinkNo(null)), "連携番号: 必須です (空白)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void moveImport(String name, AggMovData d, String error) {
        ErrorCollector errors = new ErrorCollector(10);
        AggregationRecordRules.importMove(d, new FieldChecks(errors, 2));
        assertThat(errors.errors().stream().map(e -> e.item() + ": " + e.message()))
                .containsExactlyElementsOf(error == null ? List.of() : List.of(error));
    }

    @Test
    void seventyFiveImportNeedsARealMonth() {
        ErrorCollector errors = new ErrorCollector(10);
        AggregationRecordRules.import75(seventyFive(LocalDate.of(1951, 10, 20), d -> d.setSpecialMonth("202600")),
                new FieldChecks(errors, 3));
        assertThat(errors.errors()).extracting(ImportError::item).containsExactly("特例対象年月");
    }

    @Test
    void onlyQualifiedPasses() {
        assertThat(AggregationRecordRules.qualification(new CheckOutcome(CheckResult.QUALIFIED, null), "転入年月日 20261005"))
                .isNull();
        assertThat(AggregationRecordRules.qualification(new CheckOutcome(CheckResult.NOT_FOUND, null), "転入年月日 20261005"))
                .isEqualTo("資格確認結果: 資格ありではありません (3 該当者なし, 転入年月日 20261005)");
        assertThat(AggregationRecordRules.qualification(new CheckOutcome(CheckResult.NOT_QUALIFIED, null), "特例対象年月 202610"))
                .startsWith("資格確認結果: 資格ありではありません (2 資格なし");
        assertThat(AggregationRecordRules.qualification(new CheckOutcome(CheckResult.IDENTITY_MISMATCH, null), "x"))
                .startsWith("資格確認結果: 資格ありではありません (4 本人情報不一致");
    }
}
