package jp.kokuho.hub.feeds.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import jp.kokuho.hub.intake.ErrorCollector;
import jp.kokuho.hub.intake.FieldChecks;
import jp.kokuho.hub.intake.ImportError;
import jp.kokuho.hub.mapping.layout.QuaData;

/**
 * IF-QUA data record rules (README "IF-QUA semantics", layouts.md IF-QUA).
 * Each row starts from a valid record and changes ONE thing.
 */
class QualificationRecordRulesTest {

    /** 基準年月日 of the header */
    static final LocalDate BASE = LocalDate.of(2025, 3, 31);
    static final int RECORD_NO = 5;
    static final String MY_NUMBER = "123456789012";

    /** 被保険者 (構成員区分 1), 世帯主, still insured */
    static QuaData insured() {
        QuaData d = new QuaData();
        d.setHouseholdNo("0000000001");
        d.setPersonNo("000000000000001");
        d.setInsuredNo("12345678");
        d.setBranchNo("01");
        d.setMyNumber(MY_NUMBER);
        d.setNameKana("ﾔﾏﾀﾞ ﾀﾛｳ");
        d.setName("山田　太郎");
        d.setBirthDate(LocalDate.of(1980, 4, 1));
        d.setSex("1");
        d.setMemberType("1");
        d.setHeadFlag("1");
        d.setAcquiredOn(LocalDate.of(2020, 4, 1));
        d.setAcquireReason("01");
        d.setLostOn(null);
        d.setLossReason("");
        d.setPreviousInsurerNo("");
        return d;
    }

    /** 擬制世帯主 (構成員区分 2): no 被保険者番号, no 取得 */
    static QuaData nominalHead() {
        QuaData d = insured();
        d.setMemberType("2");
        d.setHeadFlag("1");
        d.setInsuredNo("");
        d.setBranchNo("");
        d.setAcquiredOn(null);
        d.setAcquireReason("");
        return d;
    }

    /** 特定同一世帯所属者 (構成員区分 3), 世帯員 */
    static QuaData specificMember() {
        QuaData d = nominalHead();
        d.setMemberType("3");
        d.setHeadFlag("0");
        return d;
    }

    static List<ImportError> check(QuaData d, LocalDate baseDate) {
        ErrorCollector errors = new ErrorCollector(100);
        FieldChecks c = new FieldChecks(errors, RECORD_NO);
        QualificationRecordRules.check(d, baseDate, c);
        assertThat(c.failed()).isEqualTo(!errors.isEmpty());
        return errors.errors();
    }

    static void assertOk(QuaData d, LocalDate baseDate) {
        assertThat(check(d, baseDate)).isEmpty();
    }

    static ImportError assertOneError(QuaData d, LocalDate baseDate, String item, String phrase) {
        List<ImportError> errors = check(d, baseDate);
        assertThat(errors).hasSize(1);
        ImportError e = errors.get(0);
        assertThat(e.recordNo()).isEqualTo(RECORD_NO);
        assertThat(e.item()).isEqualTo(item);
        assertThat(e.message()).contains(phrase);
        return e;
    }

    static Arguments row(String description, Consumer<QuaData> change, String item, String phrase) {
        return arguments(Named.of(description, change), item, phrase);
    }

    // ---- valid records ----

    @Test
    void validRecordsHaveNoError() {
        assertOk(insured(), BASE);
        assertOk(nominalHead(), BASE);
        assertOk(specificMember(), BASE);
        assertOk(insured(), null);
    }

    @Test
    void blankFieldsMayBeNullAsWellAsEmpty() {
        QuaData d = insured();
        d.setMyNumber(null);
        d.setLossReason(null);
        d.setPreviousInsurerNo(null);
        d.setNameKana(null);
        assertOk(d, BASE);
        QuaData n = nominalHead();
        n.setInsuredNo(null);
        n.setBranchNo(null);
        n.setAcquireReason(null);
        assertOk(n, BASE);
    }

    // ---- code tables ----

    @ParameterizedTest(name = "[{index}] {0} <{1}> ok={2}")
    @CsvSource(delimiter = '|', textBlock = """
            # item    | value | ok
            性別       | 1     | true
            性別       | 2     | true
            性別       | 0     | false
            性別       | 3     | false
            性別       | ''    | false
            世帯主区分  | 0     | true
            世帯主区分  | 1     | true
            世帯主区分  | 2     | false
            世帯主区分  | ''    | false
            資格取得事由 | 01    | true
            資格取得事由 | 02    | true
            資格取得事由 | 03    | true
            資格取得事由 | 04    | true
            資格取得事由 | 99    | true
            資格取得事由 | 00    | false
            資格取得事由 | 05    | false
            資格取得事由 | 1     | false
            資格取得事由 | 98    | false
            資格取得事由 | A1    | false
            資格喪失事由 | 01    | true
            資格喪失事由 | 02    | true
            資格喪失事由 | 03    | true
            資格喪失事由 | 04    | true
            資格喪失事由 | 05    | true
            資格喪失事由 | 99    | true
            資格喪失事由 | 00    | false
            資格喪失事由 | 06    | false
            資格喪失事由 | 5     | false
            資格喪失事由 | L05   | false
            """)
    void codeTables(String item, String value, boolean ok) {
        QuaData d = insured();
        String expected;
        switch (item) {
            case "性別" -> {
                d.setSex(value);
                expected = "1/2";
            }
            case "世帯主区分" -> {
                d.setHeadFlag(value);
                expected = "0/1";
            }
            case "資格取得事由" -> {
                d.setAcquireReason(value);
                expected = "01/02/03/04/99";
            }
            case "資格喪失事由" -> {
                d.setLostOn(LocalDate.of(2024, 4, 1));
                d.setLossReason(value);
                expected = "01/02/03/04/05/99";
            }
            default -> throw new IllegalArgumentException(item);
        }
        if (ok) {
            assertOk(d, BASE);
        } else {
            assertOneError(d, BASE, item, "コード値が不正です (期待 " + expected + ", 実際 ");
        }
    }

    @ParameterizedTest(name = "[{index}] 構成員区分 <{0}> ok={1}")
    @CsvSource(delimiter = '|', textBlock = """
            1  | true
            0  | false
            4  | false
            '' | false
            """)
    void memberTypeOfInsured(String value, boolean ok) {
        QuaData d = insured();
        d.setMemberType(value);
        if (ok) {
            assertOk(d, BASE);
        } else {
            // an unknown 構成員区分 stops the rules that depend on it
            assertOneError(d, BASE, "構成員区分", "コード値が不正です (期待 1/2/3, 実際 ");
        }
    }

    @Test
    void memberTypes2And3AreValidCodes() {
        assertOk(nominalHead(), BASE);
        assertOk(specificMember(), BASE);
    }

    // ---- one change per row ----

    static Stream<Arguments> oneChange() {
        return Stream.of(
                // 個人番号: 12 digits or blank (the value is never quoted)
                row("個人番号 11 digits", d -> d.setMyNumber("12345678901"), "個人番号",
                        "12 桁の数字または空白ではありません"),
                row("個人番号 13 digits", d -> d.setMyNumber("1234567890123"), "個人番号",
                        "12 桁の数字または空白ではありません"),
                row("個人番号 with a letter", d -> d.setMyNumber("12345678901X"), "個人番号",
                        "12 桁の数字または空白ではありません"),
                // 転入前保険者番号: 6 digits or blank
                row("転入前保険者番号 5 digits", d -> d.setPreviousInsurerNo("12345"), "転入前保険者番号",
                        "6 桁の数字ではありません (12345)"),
                row("転入前保険者番号 7 digits", d -> d.setPreviousInsurerNo("1234567"), "転入前保険者番号",
                        "6 桁の数字ではありません (1234567)"),
                row("転入前保険者番号 with a letter", d -> d.setPreviousInsurerNo("12345A"), "転入前保険者番号",
                        "6 桁の数字ではありません (12345A)"),
                // 氏名カナ: half-width katakana and spaces only
                row("氏名カナ full-width katakana", d -> d.setNameKana("ヤマダ タロウ"), "氏名カナ",
                        "半角カナ以外の文字があります (1 文字目)"),
                row("氏名カナ full-width space", d -> d.setNameKana("ﾔﾏﾀﾞ　ﾀﾛｳ"), "氏名カナ",
                        "半角カナ以外の文字があります (5 文字目)"),
                row("氏名カナ hiragana", d -> d.setNameKana("ﾔﾏﾀﾞ たろう"), "氏名カナ",
                        "半角カナ以外の文字があります (6 文字目)"),
                row("氏名カナ latin", d -> d.setNameKana("YAMADA"), "氏名カナ", "半角カナ以外の文字があります"),
                row("氏名カナ kanji", d -> d.setNameKana("山田"), "氏名カナ", "半角カナ以外の文字があります"),
                // 被保険者番号/枝番: required for 構成員区分 1
                row("被保険者番号 blank (区分 1)", d -> d.setInsuredNo(""), "被保険者番号", "8 桁の数字ではありません"),
                row("被保険者番号 null (区分 1)", d -> d.setInsuredNo(null), "被保険者番号", "8 桁の数字ではありません"),
                row("被保険者番号 7 digits (区分 1)", d -> d.setInsuredNo("1234567"), "被保険者番号",
                        "8 桁の数字ではありません (1234567)"),
                row("枝番 blank (区分 1)", d -> d.setBranchNo(""), "枝番", "2 桁の数字ではありません"),
                row("枝番 1 digit (区分 1)", d -> d.setBranchNo("1"), "枝番", "2 桁の数字ではありません (1)"),
                // 取得: date and 事由 both or neither; 被保険者 needs both
                row("資格取得年月日 without 事由", d -> d.setAcquireReason(""), "資格取得事由",
                        "資格取得年月日と資格取得事由は両方とも設定してください"),
                row("資格取得事由 without 年月日", d -> d.setAcquiredOn(null), "資格取得年月日",
                        "資格取得年月日と資格取得事由は両方とも設定してください"),
                row("資格取得 neither (区分 1)", d -> {
                    d.setAcquiredOn(null);
                    d.setAcquireReason("");
                }, "資格取得年月日", "被保険者 (構成員区分 1) には必須です"),
                // 喪失: date and 事由 both or neither
                row("資格喪失年月日 without 事由", d -> d.setLostOn(LocalDate.of(2024, 4, 1)), "資格喪失事由",
                        "資格喪失年月日と資格喪失事由は両方とも設定するか両方とも空白にしてください"),
                row("資格喪失事由 without 年月日", d -> d.setLossReason("01"), "資格喪失年月日",
                        "資格喪失年月日と資格喪失事由は両方とも設定するか両方とも空白にしてください"),
                // dates in order
                row("資格取得年月日 one day before 生年月日", d -> d.setAcquiredOn(LocalDate.of(1980, 3, 31)),
                        "資格取得年月日", "生年月日より前です"),
                row("資格取得年月日 equal to 資格喪失年月日", d -> {
                    d.setLostOn(LocalDate.of(2020, 4, 1));
                    d.setLossReason("01");
                }, "資格取得年月日", "資格喪失年月日より前ではありません (取得 2020-04-01, 喪失 2020-04-01)"),
                row("資格取得年月日 after 資格喪失年月日", d -> {
                    d.setLostOn(LocalDate.of(2020, 3, 31));
                    d.setLossReason("01");
                }, "資格取得年月日", "資格喪失年月日より前ではありません (取得 2020-04-01, 喪失 2020-03-31)"));
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @MethodSource("oneChange")
    void oneChangeGivesOneError(Consumer<QuaData> change, String item, String phrase) {
        QuaData d = insured();
        change.accept(d);
        assertOneError(d, BASE, item, phrase);
    }

    static Stream<Arguments> oneChangeOk() {
        return Stream.of(
                row("個人番号 blank", d -> d.setMyNumber(""), null, null),
                row("個人番号 spaces", d -> d.setMyNumber("            "), null, null),
                row("個人番号 null", d -> d.setMyNumber(null), null, null),
                row("転入前保険者番号 6 digits", d -> d.setPreviousInsurerNo("270001"), null, null),
                row("転入前保険者番号 spaces", d -> d.setPreviousInsurerNo("      "), null, null),
                row("氏名カナ with 濁点 and 半濁点", d -> d.setNameKana("ｶﾞｯｺｳ ﾊﾟﾋﾟﾌﾟ"), null, null),
                row("氏名カナ with ｰ and ･", d -> d.setNameKana("ｺｰﾋｰ･ﾀﾛｳ"), null, null),
                row("資格取得年月日 equal to 生年月日", d -> {
                    d.setAcquiredOn(LocalDate.of(1980, 4, 1));
                    d.setAcquireReason("03");
                }, null, null),
                row("資格取得年月日 one day before 資格喪失年月日", d -> {
                    d.setLostOn(LocalDate.of(2020, 4, 2));
                    d.setLossReason("01");
                }, null, null),
                row("資格喪失 after 基準年月日", d -> {
                    d.setLostOn(LocalDate.of(2025, 4, 30));
                    d.setLossReason("01");
                }, null, null),
                row("世帯員", d -> d.setHeadFlag("0"), null, null));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("oneChangeOk")
    void oneChangeStillValid(Consumer<QuaData> change, String item, String phrase) {
        QuaData d = insured();
        change.accept(d);
        assertOk(d, BASE);
    }

    @Test
    void myNumberIsNeverQuoted() {
        QuaData d = insured();
        d.setMyNumber("98765432101");
        ImportError e = assertOneError(d, BASE, "個人番号", "12 桁の数字または空白ではありません");
        assertThat(e.describe()).doesNotContain("98765432101").doesNotContain("987654");
    }

    @Test
    void nameKanaIsNeverQuoted() {
        QuaData d = insured();
        d.setNameKana("ヤマダ タロウ");
        ImportError e = assertOneError(d, BASE, "氏名カナ", "半角カナ以外の文字があります");
        assertThat(e.describe()).doesNotContain("ヤマダ").doesNotContain("タロウ");
    }

    // ---- 構成員区分 2 and 3: no 被保険者番号, 枝番, 取得 ----

    static Stream<Arguments> nonInsuredChange() {
        return Stream.of(
                row("被保険者番号 set", d -> d.setInsuredNo("12345678"), "被保険者番号", "では空白です (12345678)"),
                row("枝番 set", d -> d.setBranchNo("01"), "枝番", "では空白です (01)"),
                row("資格取得年月日 set", d -> d.setAcquiredOn(LocalDate.of(2020, 4, 1)), "資格取得年月日",
                        "では空白です (2020-04-01)"),
                row("資格取得事由 set", d -> d.setAcquireReason("01"), "資格取得事由", "では空白です (01)"),
                row("資格喪失年月日 without 事由", d -> d.setLostOn(LocalDate.of(2024, 4, 1)), "資格喪失事由",
                        "両方とも設定するか両方とも空白にしてください"),
                row("資格喪失事由 without 年月日", d -> d.setLossReason("03"), "資格喪失年月日",
                        "両方とも設定するか両方とも空白にしてください"));
    }

    @ParameterizedTest(name = "[{index}] 擬制世帯主 {0} → {1}")
    @MethodSource("nonInsuredChange")
    void nominalHeadOneChange(Consumer<QuaData> change, String item, String phrase) {
        QuaData d = nominalHead();
        change.accept(d);
        ImportError e = assertOneError(d, BASE, item, phrase);
        if (phrase.startsWith("では空白")) {
            assertThat(e.message()).startsWith("擬制世帯主 (構成員区分 2) では空白です");
        }
    }

    @ParameterizedTest(name = "[{index}] 特定同一世帯所属者 {0} → {1}")
    @MethodSource("nonInsuredChange")
    void specificMemberOneChange(Consumer<QuaData> change, String item, String phrase) {
        QuaData d = specificMember();
        change.accept(d);
        ImportError e = assertOneError(d, BASE, item, phrase);
        if (phrase.startsWith("では空白")) {
            assertThat(e.message()).startsWith("特定同一世帯所属者 (構成員区分 3) では空白です");
        }
    }

    @Test
    void nominalHeadMustBeHead() {
        QuaData d = nominalHead();
        d.setHeadFlag("0");
        assertOneError(d, BASE, "世帯主区分", "擬制世帯主 (構成員区分 2) は世帯主 (世帯主区分 1) です (実際 0)");
    }

    @Test
    void specificMemberMayBeHeadOrMember() {
        QuaData d = specificMember();
        d.setHeadFlag("1");
        assertOk(d, BASE);
        d.setHeadFlag("0");
        assertOk(d, BASE);
    }

    @Test
    void nonInsuredMayHaveLossDateAndReason() {
        QuaData d = specificMember();
        d.setLostOn(LocalDate.of(2024, 4, 1));
        d.setLossReason("01");
        assertOk(d, BASE);
    }

    // ---- 75歳: the 75th birthday (plusYears) on or before 基準年月日 needs a 喪失 on or before 基準年月日 ----

    static QuaData insuredBorn(LocalDate birthDate) {
        QuaData d = insured();
        d.setBirthDate(birthDate);
        return d;
    }

    @Test
    void seventyFifthBirthdayOnBaseDateWithoutLossIsAnError() {
        QuaData d = insuredBorn(LocalDate.of(1950, 3, 31));
        ImportError e = assertOneError(d, BASE, "資格喪失年月日", "75歳に到達した被保険者");
        assertThat(e.message()).contains("75歳到達 2025-03-31");
    }

    @Test
    void seventyFifthBirthdayBeforeBaseDateWithoutLossIsAnError() {
        assertOneError(insuredBorn(LocalDate.of(1940, 1, 1)), BASE, "資格喪失年月日", "75歳到達 2015-01-01");
    }

    @Test
    void lossOnTheSeventyFifthBirthdayIsOk() {
        QuaData d = insuredBorn(LocalDate.of(1950, 3, 31));
        d.setLostOn(LocalDate.of(2025, 3, 31));
        d.setLossReason("05");
        assertOk(d, BASE);
    }

    @Test
    void lossBeforeTheSeventyFifthBirthdayIsOk() {
        QuaData d = insuredBorn(LocalDate.of(1950, 3, 31));
        d.setLostOn(LocalDate.of(2024, 10, 1));
        d.setLossReason("01");
        assertOk(d, BASE);
    }

    @Test
    void lossAfterBaseDateIsNotEnough() {
        QuaData d = insuredBorn(LocalDate.of(1950, 3, 31));
        d.setLostOn(LocalDate.of(2025, 4, 1));
        d.setLossReason("05");
        assertOneError(d, BASE, "資格喪失年月日", "75歳に到達した被保険者");
    }

    @Test
    void seventyFifthBirthdayTheDayAfterBaseDateIsOk() {
        assertOk(insuredBorn(LocalDate.of(1950, 4, 1)), BASE);
    }

    @ParameterizedTest(name = "[{index}] born 1948-02-29, 基準年月日 {0} → error={1}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-02-27 | false
            2023-02-28 | true
            2023-03-01 | true
            """)
    void bornOnTheTwentyNinthOfFebruary(LocalDate baseDate, boolean error) {
        // plusYears: 1948-02-29 + 75 years = 2023-02-28 (not 03-01)
        QuaData d = insuredBorn(LocalDate.of(1948, 2, 29));
        if (error) {
            assertOneError(d, baseDate, "資格喪失年月日", "75歳到達 2023-02-28");
        } else {
            assertOk(d, baseDate);
        }
    }

    @Test
    void withoutBaseDateTheSeventyFiveRuleIsSkipped() {
        assertOk(insuredBorn(LocalDate.of(1930, 1, 1)), null);
    }

    @Test
    void seventyFiveRuleIsForInsuredOnly() {
        QuaData d = specificMember();
        d.setBirthDate(LocalDate.of(1930, 1, 1));
        assertOk(d, BASE);
        QuaData n = nominalHead();
        n.setBirthDate(LocalDate.of(1930, 1, 1));
        assertOk(n, BASE);
    }

    // ---- several errors in one record are all reported ----

    @Test
    void everyErrorOfARecordIsReported() {
        QuaData d = insured();
        d.setSex("9");
        d.setMyNumber("1");
        d.setNameKana("ヤマダ");
        d.setBranchNo("");
        assertThat(check(d, BASE)).extracting(ImportError::item)
                .containsExactlyInAnyOrder("性別", "個人番号", "氏名カナ", "枝番");
    }
}
