package jp.kokuho.hub.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Table-driven tests of 被保険者資格確認. The stored 被保険者 is always 12345678-01, born 1980-05-10,
 * 氏名カナ ﾔﾏﾀﾞ ﾀﾛｳ; each row sets its 資格取得年月日 / 資格喪失年月日 (empty = null).
 */
class QualificationCheckTest {

    private static final LocalDate BIRTH = LocalDate.of(1980, 5, 10);
    private static final String KANA = "ﾔﾏﾀﾞ ﾀﾛｳ";

    private static InsuredPerson stored(LocalDate acquiredOn, LocalDate lostOn) {
        return new InsuredPerson("0000000001", "12345678", "01", BIRTH, KANA, acquiredOn, lostOn);
    }

    private static QualificationCheck checkWith(InsuredPerson p) {
        return new QualificationCheck(new MapInsuredDirectory().with(p));
    }

    private static void assertOutcome(CheckOutcome outcome, int expected, InsuredPerson p) {
        assertThat(outcome.result().code()).isEqualTo(expected);
        if (expected == 3) {
            assertThat(outcome.person()).isNull();
        } else {
            assertThat(outcome.person()).isSameAs(p);
        }
    }

    @ParameterizedTest(name = "[{index}] {8}")
    @CsvSource(delimiter = '|', textBlock = """
            # 取得       | 喪失       | 被保険者番号 | 枝番 | 生年月日   | 氏名カナ       | 基準日     | 結果 | case
            2024-04-01 | 2025-04-01 | 12345678 | 01 | 1980-05-10 |                | 2024-04-01 | 1 | d = 資格取得年月日
            2024-04-01 | 2025-04-01 | 12345678 | 01 | 1980-05-10 |                | 2024-03-31 | 2 | d = day before 取得
            2024-04-01 | 2025-04-01 | 12345678 | 01 | 1980-05-10 |                | 2025-04-01 | 2 | d = 資格喪失年月日
            2024-04-01 | 2025-04-01 | 12345678 | 01 | 1980-05-10 |                | 2025-03-31 | 1 | d = day before 喪失
            2024-04-01 |            | 12345678 | 01 | 1980-05-10 |                | 2099-12-31 | 1 | no 喪失
                       |            | 12345678 | 01 | 1980-05-10 |                | 2024-06-01 | 2 | no 資格取得年月日 = not insured
            2024-04-01 |            | 99999999 | 01 | 1980-05-10 |                | 2024-06-01 | 3 | unknown 被保険者番号
            2024-04-01 |            | 12345678 | 02 | 1980-05-10 |                | 2024-06-01 | 3 | 被保険者番号 matches, 枝番 differs
            2024-04-01 |            | 12345678 | 01 | 1980-05-11 |                | 2024-06-01 | 4 | 生年月日 differs
            2024-04-01 | 2025-04-01 | 12345678 | 01 | 1980-05-11 |                | 2023-01-01 | 4 | 4 beats 2 (生年月日)
            2024-04-01 |            | 12345678 | 01 | 1980-05-10 | ﾔﾏﾀﾞ ｼﾞﾛｳ      | 2024-06-01 | 4 | 氏名カナ differs
            2024-04-01 | 2025-04-01 | 12345678 | 01 | 1980-05-10 | ﾔﾏﾀﾞ ｼﾞﾛｳ      | 2025-04-01 | 4 | 4 beats 2 (氏名カナ)
            2024-04-01 |            | 12345678 | 01 | 1980-05-10 | やまだ　たろう | 2024-06-01 | 1 | 氏名カナ equal after normalising
            2024-04-01 | 2025-04-01 | 12345678 | 01 | 1980-05-10 | ヤマダタロウ   | 2025-04-01 | 2 | 氏名カナ equal, not insured
            """)
    void onDate(LocalDate acquiredOn, LocalDate lostOn, String insuredNo, String branchNo, LocalDate birthDate,
                String nameKana, LocalDate d, int expected, String description) {
        InsuredPerson p = stored(acquiredOn, lostOn);
        CheckOutcome outcome = checkWith(p).onDate(new PersonQuery(insuredNo, branchNo, birthDate, nameKana), d);
        assertOutcome(outcome, expected, p);
    }

    @ParameterizedTest(name = "[{index}] {8}")
    @CsvSource(delimiter = '|', textBlock = """
            # 取得       | 喪失       | 被保険者番号 | 枝番 | 生年月日   | 氏名カナ   | 年月    | 結果 | case
            2024-04-30 |            | 12345678 | 01 | 1980-05-10 |            | 2024-04 | 1 | 取得 on the last day of m
            2024-05-01 |            | 12345678 | 01 | 1980-05-10 |            | 2024-04 | 2 | 取得 on the first day of next month
            2020-01-01 | 2024-04-01 | 12345678 | 01 | 1980-05-10 |            | 2024-04 | 2 | 喪失 on the first day of m
            2020-01-01 | 2024-04-02 | 12345678 | 01 | 1980-05-10 |            | 2024-04 | 1 | 喪失 on the 2nd day of m
            2020-01-01 |            | 12345678 | 01 | 1980-05-10 |            | 2024-04 | 1 | no 喪失
            2024-04-10 | 2024-04-20 | 12345678 | 01 | 1980-05-10 |            | 2024-04 | 1 | 取得 and 喪失 inside m
            2024-02-29 |            | 12345678 | 01 | 1980-05-10 |            | 2024-02 | 1 | 取得 on 29 Feb (leap year)
            2020-01-01 | 2024-03-15 | 12345678 | 01 | 1980-05-10 |            | 2024-04 | 2 | 喪失 in the month before
                       |            | 12345678 | 01 | 1980-05-10 |            | 2024-04 | 2 | no 資格取得年月日 = not insured
            2020-01-01 |            | 99999999 | 01 | 1980-05-10 |            | 2024-04 | 3 | unknown 被保険者番号
            2020-01-01 |            | 12345678 | 02 | 1980-05-10 |            | 2024-04 | 3 | 被保険者番号 matches, 枝番 differs
            2020-01-01 |            | 12345678 | 01 | 1980-05-11 |            | 2024-04 | 4 | 生年月日 differs
            2020-01-01 | 2024-04-01 | 12345678 | 01 | 1980-05-11 |            | 2024-04 | 4 | 4 beats 2 (生年月日)
            2020-01-01 | 2024-04-01 | 12345678 | 01 | 1980-05-10 | ﾔﾏﾀﾞ ﾊﾅｺ   | 2024-04 | 4 | 4 beats 2 (氏名カナ)
            2020-01-01 |            | 12345678 | 01 | 1980-05-10 | ﾔﾏﾀﾞﾀﾛｰ    | 2024-04 | 4 | 氏名カナ differs (ﾀﾛｰ vs ﾀﾛｳ)
            2020-01-01 |            | 12345678 | 01 | 1980-05-10 | ヤマダ タロウ | 2024-04 | 1 | 氏名カナ equal after normalising
            """)
    void inMonth(LocalDate acquiredOn, LocalDate lostOn, String insuredNo, String branchNo, LocalDate birthDate,
                 String nameKana, YearMonth m, int expected, String description) {
        InsuredPerson p = stored(acquiredOn, lostOn);
        CheckOutcome outcome = checkWith(p).inMonth(new PersonQuery(insuredNo, branchNo, birthDate, nameKana), m);
        assertOutcome(outcome, expected, p);
    }

    /** 氏名カナ of the query against the stored one; 生年月日 matches and the person is insured. */
    @ParameterizedTest(name = "[{index}] query <{0}> vs stored <{1}> -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # query 氏名カナ | stored 氏名カナ | 結果
                             | ﾔﾏﾀﾞ ﾀﾛｳ     | 1
            ''               | ﾔﾏﾀﾞ ﾀﾛｳ     | 1
            '   '            | ﾔﾏﾀﾞ ﾀﾛｳ     | 1
            '　　'           | ﾔﾏﾀﾞ ﾀﾛｳ     | 1
            ヤマダ　タロウ   | ﾔﾏﾀﾞ ﾀﾛｳ     | 1
            やまだ たろう    | ﾔﾏﾀﾞ ﾀﾛｳ     | 1
            ｻﾄｳ ｼｮｳﾀ        | サトウ シヨウタ | 1
            ﾀﾅｶ ｲｯﾍﾟｲ       | タナカイツペイ | 1
            ｺｰﾄﾞ ｹﾝ          | コ-ド ケン    | 1
            ヴィンセント     | ﾌﾞｲﾝｾﾝﾄ      | 4
            ﾔﾏﾀﾞ ﾀﾛｳ         | ﾔﾏﾓﾄ ﾀﾛｳ     | 4
            ﾔﾏﾀﾞ ﾀﾛｳ         |              | 4
            """)
    void nameKanaComparison(String queryKana, String storedKana, int expected) {
        InsuredPerson p = new InsuredPerson("0000000001", "12345678", "01", BIRTH, storedKana,
                LocalDate.of(2020, 1, 1), null);
        CheckOutcome outcome = checkWith(p).onDate(new PersonQuery("12345678", "01", BIRTH, queryKana),
                LocalDate.of(2024, 6, 1));
        assertOutcome(outcome, expected, p);
    }

    @Test
    void resultCodesAndLabels() {
        assertThat(CheckResult.values()).extracting(CheckResult::code).containsExactly(1, 2, 3, 4);
        assertThat(CheckResult.values()).extracting(CheckResult::label)
                .containsExactly("資格あり", "資格なし", "該当者なし", "本人情報不一致");
    }
}
