package jp.kokuho.hub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * FieldChecks: every check, its boundaries, and what its message says.
 * In @CsvSource an unquoted empty cell is null, '' is the empty string.
 */
class FieldChecksTest {

    private static final int RECORD_NO = 7;

    private ErrorCollector errors;
    private FieldChecks c;

    @BeforeEach
    void setUp() {
        errors = new ErrorCollector(100);
        c = new FieldChecks(errors, RECORD_NO);
    }

    private ImportError onlyError() {
        assertThat(errors.errors()).hasSize(1);
        assertThat(c.failed()).isTrue();
        return errors.errors().get(0);
    }

    private void noError() {
        assertThat(errors.errors()).isEmpty();
        assertThat(c.failed()).isFalse();
    }

    // ---- basics ----

    @Test
    void freshChecksHaveNotFailedAndKnowTheirRecordNo() {
        assertThat(c.failed()).isFalse();
        assertThat(c.recordNo()).isEqualTo(RECORD_NO);
    }

    @Test
    void errorAddsItemAndMessageWithTheRecordNo() {
        c.error("項目", "メッセージ");
        assertThat(onlyError()).isEqualTo(new ImportError(RECORD_NO, "項目", "メッセージ"));
    }

    @Test
    void failedStaysTrueAndEveryErrorIsCollected() {
        c.digits("A", "x", 1);
        c.digits("B", "1", 1);
        c.digits("C", "y", 1);
        assertThat(c.failed()).isTrue();
        assertThat(errors.count()).isEqualTo(2);
        assertThat(errors.errors()).extracting(ImportError::item).containsExactly("A", "C");
    }

    @ParameterizedTest(name = "[{index}] <{0}> digits={1}")
    @CsvSource(delimiter = '|', textBlock = """
            0123456789 | true
            0          | true
            ''         | false
                       | false
            ' 1'       | false
            1a         | false
            -1         | false
            １２        | false
            '1 '       | false
            """)
    void isDigits(String value, boolean expected) {
        assertThat(FieldChecks.isDigits(value)).isEqualTo(expected);
    }

    // ---- code ----

    @ParameterizedTest(name = "[{index}] 性別 <{0}> ok={1}")
    @CsvSource(delimiter = '|', textBlock = """
            1   | true
            2   | true
            0   | false
            3   | false
            01  | false
            ' 1'| false
            ''  | false
                | false
            """)
    void code(String value, boolean ok) {
        boolean result = c.code("性別", value, Set.of("2", "1"));
        assertThat(result).isEqualTo(ok);
        if (ok) {
            noError();
        } else {
            ImportError e = onlyError();
            assertThat(e.item()).isEqualTo("性別");
            // 期待 lists the table sorted, 実際 shows what was found
            assertThat(e.message()).startsWith("コード値が不正です (期待 1/2, 実際 ");
        }
    }

    @ParameterizedTest(name = "[{index}] <{0}> shown as <{1}>")
    @CsvSource(delimiter = '|', textBlock = """
            9     | 実際 9)
            ''    | 実際 空)
                  | 実際 空)
            '  '  | 実際 空白)
            """)
    void codeMessageSaysExpectedAndFound(String value, String found) {
        c.code("資格喪失事由", value, Set.of("99", "01", "05"));
        assertThat(onlyError().message()).isEqualTo("コード値が不正です (期待 01/05/99, " + found);
    }

    // ---- digits ----

    @ParameterizedTest(name = "[{index}] <{0}> ok={1}")
    @CsvSource(delimiter = '|', textBlock = """
            12345678   | true
            00000000   | true
            1234567    | false
            123456789  | false
            '1234567 ' | false
            1234567a   | false
            ''         | false
                       | false
            """)
    void digits(String value, boolean ok) {
        String result = c.digits("被保険者番号", value, 8);
        if (ok) {
            assertThat(result).isEqualTo(value);
            noError();
        } else {
            assertThat(result).isNull();
            ImportError e = onlyError();
            assertThat(e.item()).isEqualTo("被保険者番号");
            assertThat(e.message()).startsWith("8 桁の数字ではありません (");
        }
    }

    @Test
    void digitsMessageSaysExpectedAndFound() {
        c.digits("宛名番号", "12345", 15);
        assertThat(onlyError().message()).isEqualTo("15 桁の数字ではありません (12345)");
    }

    @Test
    void longValuesAreCutInTheMessage() {
        String value = "x".repeat(50);
        c.digits("宛名番号", value, 15);
        assertThat(onlyError().message()).isEqualTo("15 桁の数字ではありません (" + "x".repeat(40) + "…)");
    }

    // ---- digitsOrBlank ----

    @ParameterizedTest(name = "[{index}] <{0}> → <{1}>")
    @CsvSource(delimiter = '|', textBlock = """
            123456     | 123456
            ''         |
                       |
            '      '   |
            """)
    void digitsOrBlankAccepts(String value, String expected) {
        assertThat(c.digitsOrBlank("転入前保険者番号", value, 6)).isEqualTo(expected);
        noError();
    }

    @ParameterizedTest(name = "[{index}] <{0}>")
    @ValueSource(strings = {"12345", "1234567", "12345a", " 12345"})
    void digitsOrBlankRejects(String value) {
        assertThat(c.digitsOrBlank("転入前保険者番号", value, 6)).isNull();
        ImportError e = onlyError();
        assertThat(e.item()).isEqualTo("転入前保険者番号");
        assertThat(e.message()).isEqualTo("6 桁の数字ではありません (" + value + ")");
    }

    // ---- digitsOrBlankSensitive ----

    @ParameterizedTest(name = "[{index}] <{0}> → <{1}>")
    @CsvSource(delimiter = '|', textBlock = """
            123456789012    | 123456789012
            ''              |
                            |
            '            '  |
            """)
    void digitsOrBlankSensitiveAccepts(String value, String expected) {
        assertThat(c.digitsOrBlankSensitive("個人番号", value, 12)).isEqualTo(expected);
        noError();
    }

    @ParameterizedTest(name = "[{index}] <{0}>")
    @ValueSource(strings = {"12345678901", "1234567890123", "12345678901a", "１２３４５６７８９０１２"})
    void digitsOrBlankSensitiveNeverQuotesTheValue(String value) {
        assertThat(c.digitsOrBlankSensitive("個人番号", value, 12)).isNull();
        ImportError e = onlyError();
        assertThat(e.item()).isEqualTo("個人番号");
        assertThat(e.message()).isEqualTo("12 桁の数字または空白ではありません");
        assertThat(e.message()).doesNotContain(value).doesNotContain(value.substring(0, 6));
        assertThat(e.describe()).doesNotContain(value);
    }

    // ---- amount ----

    @ParameterizedTest(name = "[{index}] <{0}> → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0               | 0
            1               | 1
            000123          | 123
            999999999999999 | 999999999999999
            """)
    void amountAccepts(String value, long expected) {
        assertThat(c.amount("調定額", value, false)).isEqualTo(expected);
        noError();
    }

    @ParameterizedTest(name = "[{index}] <{0}>")
    @CsvSource(delimiter = '|', textBlock = """
            -1               | -1
            '1,000'          | '1,000'
            ' 1'             | ' 1'
            '1 '             | '1 '
            1000000000000000 | 1000000000000000
            1.5              | 1.5
            ¥100             | ¥100
            '   '            | 空白
            """)
    void amountRejects(String value, String shown) {
        assertThat(c.amount("調定額", value, true)).isNull();
        ImportError e = onlyError();
        assertThat(e.item()).isEqualTo("調定額");
        assertThat(e.message()).isEqualTo("0以上の整数 (円、区切りなし) ではありません (" + shown + ")");
    }

    @ParameterizedTest(name = "[{index}] <{0}>")
    @NullAndEmptySource
    void amountEmpty(String value) {
        assertThat(c.amount("収納額", value, true)).isNull();
        noError();
        assertThat(c.amount("収納額", value, false)).isNull();
        ImportError e = onlyError();
        assertThat(e.item()).isEqualTo("収納額");
        assertThat(e.message()).isEqualTo("必須です (空)");
    }

    // ---- date ----

    @ParameterizedTest(name = "[{index}] <{0}> → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            20240229 | 2024-02-29
            20000229 | 2000-02-29
            20230228 | 2023-02-28
            20231231 | 2023-12-31
            19000101 | 1900-01-01
            """)
    void dateAccepts(String value, LocalDate expected) {
        assertThat(c.date("生年月日", value, false)).isEqualTo(expected);
        noError();
    }

    @ParameterizedTest(name = "[{index}] <{0}>")
    @CsvSource(delimiter = '|', textBlock = """
            20230231   | 20230231
            20230229   | 20230229
            19000229   | 19000229
            20231301   | 20231301
            20231232   | 20231232
            00000000   | 00000000
            20230100   | 20230100
            '        ' | 空白
            2023123    | 2023123
            202312311  | 202312311
            2023-12-31 | 2023-12-31
            2023/1/1   | 2023/1/1
            '20231231 '| '20231231 '
            """)
    void dateRejects(String value, String shown) {
        // also when empty is allowed: a wrong value is not empty
        assertThat(c.date("生年月日", value, true)).isNull();
        ImportError e = onlyError();
        assertThat(e.item()).isEqualTo("生年月日");
        assertThat(e.message()).isEqualTo("日付ではありません (" + shown + ")");
    }

    @Test
    void dateMessageAsInTheSpecExample() {
        c.date("生年月日", "20230231", false);
        assertThat(onlyError().describe()).isEqualTo("レコード 7 生年月日: 日付ではありません (20230231)");
    }

    @ParameterizedTest(name = "[{index}] <{0}>")
    @NullAndEmptySource
    void dateEmpty(String value) {
        assertThat(c.date("最終収納年月日", value, true)).isNull();
        noError();
        assertThat(c.date("納期限", value, false)).isNull();
        ImportError e = onlyError();
        assertThat(e.item()).isEqualTo("納期限");
        assertThat(e.message()).isEqualTo("必須です (空)");
    }

    // ---- range ----

    @ParameterizedTest(name = "[{index}] <{0}> ok={1}")
    @CsvSource(delimiter = '|', textBlock = """
            0          | false
            1          | true
            12         | true
            13         | false
            01         | true
            -1         | false
            ' 1'       | false
            1.0        | false
            ''         | false
                       | false
            9999999999 | false
            """)
    void range(String value, boolean ok) {
        Integer result = c.range("期別", value, 1, 12);
        if (ok) {
            assertThat(result).isEqualTo(Integer.parseInt(value));
            noError();
        } else {
            assertThat(result).isNull();
            ImportError e = onlyError();
            assertThat(e.item()).isEqualTo("期別");
            assertThat(e.message()).startsWith("1～12 の数ではありません (");
        }
    }

    @Test
    void rangeMessageSaysExpectedAndFound() {
        c.range("期別", "13", 1, 12);
        assertThat(onlyError().message()).isEqualTo("1～12 の数ではありません (13)");
    }

    // ---- year ----

    @ParameterizedTest(name = "[{index}] <{0}> ok={1}")
    @CsvSource(delimiter = '|', textBlock = """
            1899   | false
            1900   | true
            2024   | true
            2999   | true
            3000   | false
            0000   | false
            999    | false
            02024  | false
            R6     | false
            '2024 '| false
            ''     | false
                   | false
            """)
    void year(String value, boolean ok) {
        Integer result = c.year("課税年度", value);
        if (ok) {
            assertThat(result).isEqualTo(Integer.parseInt(value));
            noError();
        } else {
            assertThat(result).isNull();
            ImportError e = onlyError();
            assertThat(e.item()).isEqualTo("課税年度");
            assertThat(e.message()).startsWith("年度 (YYYY) ではありません (");
        }
    }

    @Test
    void yearMessageSaysExpectedAndFound() {
        c.year("賦課年度", "1899");
        assertThat(onlyError().message()).isEqualTo("年度 (YYYY) ではありません (1899)");
    }

    @Test
    void datesAreReadAsTheStrictUuuuMMddFormatterReadsThem() {
        java.time.format.DateTimeFormatter strict = java.time.format.DateTimeFormatter.ofPattern("uuuuMMdd")
                .withResolverStyle(java.time.format.ResolverStyle.STRICT);
        java.util.Random random = new java.util.Random(7);
        List<String> values = new java.util.ArrayList<>(List.of("00000101", "19000229", "20000229", "20240229",
                "20230229", "20230231", "20231301", "20230001", "20230100", "99991231", "20261131", "20261130"));
        for (int i = 0; i < 20_000; i++) {
            values.add(String.format("%04d%02d%02d", random.nextInt(10_000), random.nextInt(14), random.nextInt(33)));
        }
        for (String v : values) {
            java.time.LocalDate expected;
            try {
                expected = java.time.LocalDate.parse(v, strict);
            } catch (java.time.format.DateTimeParseException e) {
                expected = null;
            }
            assertThat(FieldChecks.yyyyMMdd(v)).as(v).isEqualTo(expected);
        }
    }
}
