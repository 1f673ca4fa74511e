package jp.kokuho.hub.feeds.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import jp.kokuho.hub.intake.ErrorCollector;
import jp.kokuho.hub.intake.FieldChecks;
import jp.kokuho.hub.intake.ImportError;
import jp.kokuho.hub.mapping.layout.TaxRecord;

/** IF-TAX record rules (README "IF-TAX"): one change per row from a valid record. */
class TaxRecordRulesTest {

    static final int RECORD_NO = 3;

    /** 課税 (課税区分 1) from 住民税 (情報源区分 1), every amount set */
    static TaxRecord valid() {
        TaxRecord r = new TaxRecord();
        r.setPersonNo("123456789012345");
        r.setTaxYear("2024");
        r.setSourceType("1");
        r.setTaxType("1");
        r.setTotalIncome("2440000");
        r.setTaxableBase("1500000");
        r.setSalaryRevenue("3000000");
        r.setSalaryIncome("2020000");
        r.setPensionRevenue("1200000");
        r.setPensionIncome("420000");
        r.setOtherRevenue("0");
        r.setUpdatedOn("20240601");
        return r;
    }

    /** the amount items in file order, with their setters */
    static BiConsumer<TaxRecord, String> amountSetter(String item) {
        return switch (item) {
            case "総所得金額等" -> TaxRecord::setTotalIncome;
            case "課税標準額" -> TaxRecord::setTaxableBase;
            case "給与収入" -> TaxRecord::setSalaryRevenue;
            case "給与所得" -> TaxRecord::setSalaryIncome;
            case "公的年金等収入" -> TaxRecord::setPensionRevenue;
            case "公的年金等所得" -> TaxRecord::setPensionIncome;
            case "その他収入" -> TaxRecord::setOtherRevenue;
            default -> throw new IllegalArgumentException(item);
        };
    }

    static final List<String> AMOUNTS = List.of("総所得金額等", "課税標準額", "給与収入", "給与所得", "公的年金等収入",
            "公的年金等所得", "その他収入");

    record Result(TaxRecordRules.Checked checked, List<ImportError> errors) {
    }

    static Result check(TaxRecord r) {
        ErrorCollector errors = new ErrorCollector(100);
        TaxRecordRules.Checked checked = TaxRecordRules.check(r, new FieldChecks(errors, RECORD_NO));
        return new Result(checked, errors.errors());
    }

    static TaxRecordRules.Checked assertOk(TaxRecord r) {
        Result result = check(r);
        assertThat(result.errors()).isEmpty();
        assertThat(result.checked()).isNotNull();
        return result.checked();
    }

    static ImportError assertOneError(TaxRecord r, String item, String phrase) {
        Result result = check(r);
        assertThat(result.checked()).as("no record when it has an error").isNull();
        assertThat(result.errors()).hasSize(1);
        ImportError e = result.errors().get(0);
        assertThat(e.recordNo()).isEqualTo(RECORD_NO);
        assertThat(e.item()).isEqualTo(item);
        assertThat(e.message()).contains(phrase);
        return e;
    }

    @Test
    void validRecordIsReturnedChecked() {
        assertThat(assertOk(valid())).isEqualTo(new TaxRecordRules.Checked("123456789012345", 2024, 1, 1, 2440000L,
                1500000L, 3000000L, 2020000L, 1200000L, 420000L, 0L, LocalDate.of(2024, 6, 1)));
    }

    // ---- codes ----

    @ParameterizedTest(name = "[{index}] 情報源区分 <{0}> ok={1}")
    @CsvSource(delimiter = '|', textBlock = """
            1  | true
            2  | true
            3  | true
            0  | false
            4  | false
            01 | false
            '' | false
            """)
    void sourceType(String value, boolean ok) {
        TaxRecord r = valid();
        r.setSourceType(value);
        if (ok) {
            assertThat(assertOk(r).source()).isEqualTo(Integer.parseInt(value));
        } else {
            assertOneError(r, "情報源区分", "コード値が不正です (期待 1/2/3, 実際 ");
        }
    }

    @ParameterizedTest(name = "[{index}] 課税区分 <{0}> ok={1}")
    @CsvSource(delimiter = '|', textBlock = """
            1  | true
            2  | true
            3  | true
            0  | false
            4  | false
            '' | false
            """)
    void taxType(String value, boolean ok) {
        TaxRecord r = valid();
        r.setTaxType(value);
        if (ok) {
            assertThat(assertOk(r).taxType()).isEqualTo(Integer.parseInt(value));
        } else {
            assertOneError(r, "課税区分", "コード値が不正です (期待 1/2/3, 実際 ");
        }
    }

    // ---- 宛名番号, 課税年度, 更新年月日 ----

    @ParameterizedTest(name = "[{index}] 宛名番号 <{0}> ok={1}")
    @CsvSource(delimiter = '|', textBlock = """
            000000000000001  | true
            12345678901234   | false
            1234567890123456 | false
            12345678901234X  | false
            ''               | false
            """)
    void personNo(String value, boolean ok) {
        TaxRecord r = valid();
        r.setPersonNo(value);
        if (ok) {
            assertThat(assertOk(r).personNo()).isEqualTo(value);
        } else {
            assertOneError(r, "宛名番号", "15 桁の数字ではありません (");
        }
    }

    @ParameterizedTest(name = "[{index}] 課税年度 <{0}> ok={1}")
    @CsvSource(delimiter = '|', textBlock = """
            1899  | false
            1900  | true
            2999  | true
            3000  | false
            24    | false
            R6    | false
            ''    | false
            """)
    void taxYear(String value, boolean ok) {
        TaxRecord r = valid();
        r.setTaxYear(value);
        if (ok) {
            assertThat(assertOk(r).taxYear()).isEqualTo(Integer.parseInt(value));
        } else {
            assertOneError(r, "課税年度", "年度 (YYYY) ではありません (");
        }
    }

    @ParameterizedTest(name = "[{index}] 更新年月日 <{0}> → <{1}>")
    @CsvSource(delimiter = '|', textBlock = """
            20240229 | 2024-02-29 |
            20230229 |            | 日付ではありません (20230229)
            20230231 |            | 日付ではありません (20230231)
            00000000 |            | 日付ではありません (00000000)
            2024061  |            | 日付ではありません (2024061)
            ''       |            | 必須です (空)
            """)
    void updatedOn(String value, LocalDate expected, String phrase) {
        TaxRecord r = valid();
        r.setUpdatedOn(value);
        if (phrase == null) {
            assertThat(assertOk(r).updatedOn()).isEqualTo(expected);
        } else {
            assertOneError(r, "更新年月日", phrase);
        }
    }

    // ---- amounts ----

    @ParameterizedTest(name = "[{index}] {0} empty with 課税区分 1 and 2")
    @ValueSource(strings = {"総所得金額等", "課税標準額", "給与収入", "給与所得", "公的年金等収入", "公的年金等所得", "その他収入"})
    void emptyAmountIsAnErrorUnlessUnreported(String item) {
        for (String taxType : List.of("1", "2")) {
            TaxRecord r = valid();
            r.setTaxType(taxType);
            amountSetter(item).accept(r, "");
            assertOneError(r, item, "必須です (空)");
        }
    }

    @ParameterizedTest(name = "[{index}] {0} empty with 課税区分 3")
    @ValueSource(strings = {"総所得金額等", "課税標準額", "給与収入", "給与所得", "公的年金等収入", "公的年金等所得", "その他収入"})
    void emptyAmountIsAllowedWhenUnreported(String item) {
        TaxRecord r = valid();
        r.setTaxType("3");
        amountSetter(item).accept(r, "");
        assertOk(r);
    }

    @ParameterizedTest(name = "[{index}] {0} <{1}>")
    @CsvSource(delimiter = '|', textBlock = """
            総所得金額等   | -1
            課税標準額     | '1,000'
            給与収入       | ' 1'
            給与所得       | 1.5
            公的年金等収入 | 1000000000000000
            公的年金等所得 | -1
            その他収入     | abc
            """)
    void badAmount(String item, String value) {
        TaxRecord r = valid();
        amountSetter(item).accept(r, value);
        assertOneError(r, item, "0以上の整数 (円、区切りなし) ではありません (" + value + ")");
    }

    @Test
    void zeroAmountsAreValid() {
        TaxRecord r = valid();
        AMOUNTS.forEach(item -> amountSetter(item).accept(r, "0"));
        TaxRecordRules.Checked checked = assertOk(r);
        assertThat(List.of(checked.totalIncome(), checked.taxableBase(), checked.salaryRevenue(),
                checked.salaryIncome(), checked.pensionRevenue(), checked.pensionIncome(), checked.otherRevenue()))
                .containsOnly(0L);
    }

    @Test
    void unreportedWithoutAmountsHasNullAmounts() {
        TaxRecord r = valid();
        r.setTaxType("3");
        AMOUNTS.forEach(item -> amountSetter(item).accept(r, ""));
        assertThat(assertOk(r)).isEqualTo(new TaxRecordRules.Checked("123456789012345", 2024, 1, 3, null, null, null,
                null, null, null, null, LocalDate.of(2024, 6, 1)));
    }

    @Test
    void unreportedIgnoresTheAmountsOfTheFile() {
        // 課税区分 3: the amounts are ignored (README IF-TAX), also the 所得 ≤ 収入 rule
        TaxRecord r = valid();
        r.setTaxType("3");
        r.setSalaryIncome("3000001");
        r.setPensionIncome("1200001");
        assertThat(assertOk(r)).isEqualTo(new TaxRecordRules.Checked("123456789012345", 2024, 1, 3, null, null, null,
                null, null, null, null, LocalDate.of(2024, 6, 1)));
    }

    @Test
    void unreportedWithAnUnreadableAmountIsStillAnError() {
        // a value that is there must still be an amount (≥ 0, no separators); only empty is allowed extra
        TaxRecord r = valid();
        r.setTaxType("3");
        r.setOtherRevenue("-1");
        assertOneError(r, "その他収入", "0以上の整数");
    }

    @Test
    void unknownTaxTypeNeedsTheAmounts() {
        TaxRecord r = valid();
        r.setTaxType("4");
        r.setTotalIncome("");
        Result result = check(r);
        assertThat(result.checked()).isNull();
        assertThat(result.errors()).extracting(ImportError::item).containsExactly("課税区分", "総所得金額等");
    }

    // ---- 所得 ≤ 収入 ----

    @ParameterizedTest(name = "[{index}] 給与収入 {0}, 給与所得 {1} → error={2}")
    @CsvSource(delimiter = '|', textBlock = """
            3000000 | 3000000 | false
            3000000 | 2999999 | false
            3000000 | 3000001 | true
            0       | 0       | false
            0       | 1       | true
            """)
    void salaryIncomeNotAboveRevenue(String revenue, String income, boolean error) {
        TaxRecord r = valid();
        r.setSalaryRevenue(revenue);
        r.setSalaryIncome(income);
        if (error) {
            assertOneError(r, "給与所得",
                    "給与所得が給与収入を超えています (給与所得 " + income + ", 給与収入 " + revenue + ")");
        } else {
            assertThat(assertOk(r).salaryIncome()).isEqualTo(Long.parseLong(income));
        }
    }

    @ParameterizedTest(name = "[{index}] 公的年金等収入 {0}, 公的年金等所得 {1} → error={2}")
    @CsvSource(delimiter = '|', textBlock = """
            1200000 | 1200000 | false
            1200000 | 1199999 | false
            1200000 | 1200001 | true
            0       | 0       | false
            0       | 1       | true
            """)
    void pensionIncomeNotAboveRevenue(String revenue, String income, boolean error) {
        TaxRecord r = valid();
        r.setPensionRevenue(revenue);
        r.setPensionIncome(income);
        if (error) {
            assertOneError(r, "公的年金等所得",
                    "公的年金等所得が公的年金等収入を超えています (公的年金等所得 " + income + ", 公的年金等収入 " + revenue + ")");
        } else {
            assertThat(assertOk(r).pensionIncome()).isEqualTo(Long.parseLong(income));
        }
    }

    @Test
    void nonTaxedIsComparedToo() {
        TaxRecord r = valid();
        r.setTaxType("2");
        r.setSalaryIncome("3000001");
        assertOneError(r, "給与所得", "給与所得が給与収入を超えています");
    }

    @Test
    void everyErrorOfARecordIsReported() {
        TaxRecord r = valid();
        r.setPersonNo("1");
        r.setTaxYear("3000");
        r.setUpdatedOn("20230231");
        r.setOtherRevenue("");
        Result result = check(r);
        assertThat(result.checked()).isNull();
        assertThat(result.errors()).extracting(ImportError::item)
                .containsExactly("宛名番号", "課税年度", "更新年月日", "その他収入");
    }
}
