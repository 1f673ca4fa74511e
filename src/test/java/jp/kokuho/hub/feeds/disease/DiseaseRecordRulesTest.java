package jp.kokuho.hub.feeds.disease;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import jp.kokuho.hub.intake.ErrorCollector;
import jp.kokuho.hub.intake.FieldChecks;
import jp.kokuho.hub.intake.ImportError;
import jp.kokuho.hub.mapping.layout.DisInData;
import jp.kokuho.hub.qualification.CheckOutcome;
import jp.kokuho.hub.qualification.CheckResult;

/** Table tests of the IF-DIS-IN record rules (import and registration, 6.4.1.1). */
class DiseaseRecordRulesTest {

    private static final LocalDate FROM = LocalDate.of(2027, 1, 1);

    private static DisInData record(Consumer<DisInData> change) {
        DisInData d = new DisInData();
        d.setContactNo("C-1");
        d.setRecipientNo("12345678");
        d.setDiseaseKind("1");
        d.setDiseaseNo("001");
        d.setInsuredNo("00001234");
        d.setBranchNo("01");
        d.setNameKana("ﾔﾏﾀﾞ ﾀﾛｳ");
        d.setBirthDate(LocalDate.of(1960, 4, 1));
        d.setSex("1");
        d.setAppliedOn(FROM.minusMonths(1));
        d.setValidFrom(FROM);
        d.setValidTo(FROM.plusYears(1).minusDays(1));
        d.setContactType("1");
        change.accept(d);
        return d;
    }

    static Stream<Arguments> registration() {
        return Stream.of(
                // 連絡区分, registered by (receipt id or null), 有効期間終了年月日, expected reasons
                Arguments.of("1", null, FROM.plusYears(1), List.of()),
                Arguments.of("1", 7L, FROM.plusYears(1), List.of("連絡番号: 新規 (連絡区分 1) ですが登録済みです (受付番号 7 で登録)")),
                Arguments.of("2", 7L, FROM.plusYears(1), List.of()),
                Arguments.of("3", 7L, FROM.plusYears(1), List.of()),
                Arguments.of("2", null, FROM.plusYears(1), List.of("連絡番号: 更新 (連絡区分 2) ですが登録されていません")),
                Arguments.of("3", null, FROM.plusYears(1), List.of("連絡番号: 変更 (連絡区分 3) ですが登録されていません")),
                Arguments.of("1", null, FROM, List.of()), // one day is a valid period
                Arguments.of("1", null, FROM.minusDays(1),
                        List.of("有効期間終了年月日: 有効期間開始年月日より前です (開始 20270101, 終了 20261231)")),
                Arguments.of("2", null, FROM.minusDays(1), List.of("連絡番号: 更新 (連絡区分 2) ですが登録されていません",
                        "有効期間終了年月日: 有効期間開始年月日より前です (開始 20270101, 終了 20261231)")));
    }

    @ParameterizedTest
    @MethodSource
    void registration(String type, Long registeredBy, LocalDate validTo, List<String> expected) {
        DisInData d = record(r -> {
            r.setContactType(type);
            r.setValidTo(validTo);
        });
        assertThat(DiseaseRecordRules.registrationReasons(d, registeredBy)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> importChecks() {
        return Stream.of(
                Arguments.of(record(d -> { }), List.of()),
                Arguments.of(record(d -> d.setContactNo(" ")), List.of("連絡番号")),
                Arguments.of(record(d -> d.setDiseaseKind("4")), List.of("疾病区分")),
                Arguments.of(record(d -> d.setDiseaseKind("0")), List.of("疾病区分")),
                Arguments.of(record(d -> d.setSex("3")), List.of("性別")),
                Arguments.of(record(d -> d.setContactType("4")), List.of("連絡区分")),
                Arguments.of(record(d -> {
                    d.setContactType("0");
                    d.setDiseaseKind("9");
                }), List.of("疾病区分", "連絡区分")));
    }

    @ParameterizedTest
    @MethodSource
    void importChecks(DisInData d, List<String> items) {
        ErrorCollector errors = new ErrorCollector(100);
        FieldChecks checks = new FieldChecks(errors, 2);
        DiseaseRecordRules.importChecks(d, checks);
        assertThat(errors.errors().stream().map(ImportError::item).toList()).containsExactlyElementsOf(items);
        assertThat(checks.failed()).isEqualTo(!items.isEmpty());
    }

    static Stream<Arguments> qualificationFlag() {
        return Stream.of(
                Arguments.of(CheckResult.QUALIFIED, null),
                Arguments.of(CheckResult.NOT_QUALIFIED, "資格確認結果: 資格ありではありません (2 資格なし, 有効期間開始年月日 20270101)"),
                Arguments.of(CheckResult.NOT_FOUND, "資格確認結果: 資格ありではありません (3 該当者なし, 有効期間開始年月日 20270101)"),
                Arguments.of(CheckResult.IDENTITY_MISMATCH, "資格確認結果: 資格ありではありません (4 本人情報不一致, 有効期間開始年月日 20270101)"));
    }

    @ParameterizedTest
    @MethodSource
    void qualificationFlag(CheckResult result, String expected) {
        assertThat(DiseaseRecordRules.qualificationFlag(new CheckOutcome(result, null), FROM)).isEqualTo(expected);
    }
}
