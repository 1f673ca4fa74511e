package jp.kokuho.hub.feeds.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.kokuho.hub.intake.ErrorCollector;
import jp.kokuho.hub.intake.FieldChecks;
import jp.kokuho.hub.intake.ImportError;
import jp.kokuho.hub.mapping.layout.CollectionRecord;

/** IF-COL record rules (README "IF-COL"): one change per row from a valid record. */
class CollectionRecordRulesTest {

    static final int RECORD_NO = 9;

    static CollectionRecord valid() {
        CollectionRecord r = new CollectionRecord();
        r.setHouseholdNo("0000000001");
        r.setFiscalYear("2024");
        r.setInstallment("1");
        r.setDueDate("20240731");
        r.setAssessedAmount("25000");
        r.setPaidAmount("25000");
        r.setLastPaidOn("20240725");
        r.setSpecialCircumstance("0");
        return r;
    }

    record Result(CollectionRecordRules.Checked checked, List<ImportError> errors) {
    }

    static Result check(CollectionRecord r) {
        ErrorCollector errors = new ErrorCollector(100);
        CollectionRecordRules.Checked checked = CollectionRecordRules.check(r, new FieldChecks(errors, RECORD_NO));
        return new Result(checked, errors.errors());
    }

    static CollectionRecordRules.Checked assertOk(CollectionRecord r) {
        Result result = check(r);
        assertThat(result.errors()).isEmpty();
        assertThat(result.checked()).isNotNull();
        return result.checked();
    }

    static ImportError assertOneError(CollectionRecord r, String item, String phrase) {
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
        assertThat(assertOk(valid())).isEqualTo(new CollectionRecordRules.Checked("0000000001", 2024, 1,
                LocalDate.of(2024, 7, 31), 25000L, 25000L, LocalDate.of(2024, 7, 25), 0));
    }

    @ParameterizedTest(name = "[{index}] 世帯番号 <{0}> ok={1}")
    @CsvSource(delimiter = '|', textBlock = """
            1234567890  | true
            123456789   | false
            12345678901 | false
            '123456789 '| false
            ''          | false
            """)
    void householdNo(String value, boolean ok) {
        CollectionRecord r = valid();
        r.setHouseholdNo(value);
        if (ok) {
            assertThat(assertOk(r).householdNo()).isEqualTo(value);
        } else {
            assertOneError(r, "世帯番号", "10 桁の数字ではありません (");
        }
    }

    @ParameterizedTest(name = "[{index}] 賦課年度 <{0}> ok={1}")
    @CsvSource(delimiter = '|', textBlock = """
            1899 | false
            1900 | true
            2999 | true
            3000 | false
            ''   | false
            """)
    void fiscalYear(String value, boolean ok) {
        CollectionRecord r = valid();
        r.setFiscalYear(value);
        if (ok) {
            assertThat(assertOk(r).fiscalYear()).isEqualTo(Integer.parseInt(value));
        } else {
            assertOneError(r, "賦課年度", "年度 (YYYY) ではありません (");
        }
    }

    @ParameterizedTest(name = "[{index}] 期別 <{0}> ok={1}")
    @CsvSource(delimiter = '|', textBlock = """
            0   | false
            1   | true
            12  | true
            13  | false
            -1  | false
            ''  | false
            """)
    void installment(String value, boolean ok) {
        CollectionRecord r = valid();
        r.setInstallment(value);
        if (ok) {
            assertThat(assertOk(r).installment()).isEqualTo(Integer.parseInt(value));
        } else {
            assertOneError(r, "期別", "1～12 の数ではありません (");
        }
    }

    @ParameterizedTest(name = "[{index}] 納期限 <{0}>")
    @CsvSource(delimiter = '|', textBlock = """
            20240229 | 2024-02-29 |
            20230229 |            | 日付ではありません (20230229)
            20230231 |            | 日付ではありません (20230231)
            00000000 |            | 日付ではありません (00000000)
            2024073  |            | 日付ではありません (2024073)
            ''       |            | 必須です (空)
            """)
    void dueDate(String value, LocalDate expected, String phrase) {
        CollectionRecord r = valid();
        r.setDueDate(value);
        if (phrase == null) {
            assertThat(assertOk(r).dueDate()).isEqualTo(expected);
        } else {
            assertOneError(r, "納期限", phrase);
        }
    }

    @ParameterizedTest(name = "[{index}] 最終収納年月日 <{0}>")
    @CsvSource(delimiter = '|', textBlock = """
            20240229   | 2024-02-29 |
            ''         |            |
            20230229   |            | 日付ではありません (20230229)
            '        ' |            | 日付ではありません (空白)
            2024072    |            | 日付ではありません (2024072)
            """)
    void lastPaidOn(String value, LocalDate expected, String phrase) {
        CollectionRecord r = valid();
        r.setLastPaidOn(value);
        if (phrase == null) {
            assertThat(assertOk(r).lastPaidOn()).isEqualTo(expected);
        } else {
            assertOneError(r, "最終収納年月日", phrase);
        }
    }

    @ParameterizedTest(name = "[{index}] {0} <{1}>")
    @CsvSource(delimiter = '|', textBlock = """
            調定額 | -1               | 0以上の整数 (円、区切りなし) ではありません (-1)
            調定額 | '1,000'          | 0以上の整数 (円、区切りなし) ではありません (1,000)
            調定額 | ' 1'             | 0以上の整数 (円、区切りなし) ではありません ( 1)
            調定額 | 1000000000000000 | 0以上の整数 (円、区切りなし) ではありません (1000000000000000)
            調定額 | ''               | 必須です (空)
            収納額 | -1               | 0以上の整数 (円、区切りなし) ではありません (-1)
            収納額 | '1,000'          | 0以上の整数 (円、区切りなし) ではありません (1,000)
            収納額 | ''               | 必須です (空)
            """)
    void badAmount(String item, String value, String phrase) {
        CollectionRecord r = valid();
        if (item.equals("調定額")) {
            r.setAssessedAmount(value);
        } else {
            r.setPaidAmount(value);
        }
        assertOneError(r, item, phrase);
    }

    @ParameterizedTest(name = "[{index}] 調定額 {0}, 収納額 {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0      | 0
            25000  | 0
            25000  | 24999
            25000  | 30000
            0      | 100
            999999999999999 | 999999999999999
            """)
    void amountsIncludingOverpayment(long assessed, long paid) {
        // 収納額 > 調定額 (過納) is allowed
        CollectionRecord r = valid();
        r.setAssessedAmount(Long.toString(assessed));
        r.setPaidAmount(Long.toString(paid));
        CollectionRecordRules.Checked checked = assertOk(r);
        assertThat(checked.assessed()).isEqualTo(assessed);
        assertThat(checked.paid()).isEqualTo(paid);
    }

    @ParameterizedTest(name = "[{index}] 特別事情区分 <{0}> ok={1}")
    @CsvSource(delimiter = '|', textBlock = """
            0  | true
            1  | true
            2  | false
            01 | false
            '' | false
            """)
    void specialCircumstance(String value, boolean ok) {
        CollectionRecord r = valid();
        r.setSpecialCircumstance(value);
        if (ok) {
            assertThat(assertOk(r).special()).isEqualTo(Integer.parseInt(value));
        } else {
            assertOneError(r, "特別事情区分", "コード値が不正です (期待 0/1, 実際 ");
        }
    }

    @Test
    void everyErrorOfARecordIsReported() {
        CollectionRecord r = valid();
        r.setInstallment("13");
        r.setDueDate("20230231");
        r.setPaidAmount("-1");
        r.setSpecialCircumstance("2");
        Result result = check(r);
        assertThat(result.checked()).isNull();
        assertThat(result.errors()).extracting(ImportError::item)
                .containsExactly("期別", "納期限", "収納額", "特別事情区分");
    }
}
