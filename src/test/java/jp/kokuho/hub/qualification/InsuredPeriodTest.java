package jp.kokuho.hub.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pure functions insuredOn / insuredInMonth (資格喪失年月日 = first day without 資格). */
class InsuredPeriodTest {

    private static InsuredPerson person(LocalDate acquiredOn, LocalDate lostOn) {
        return new InsuredPerson("0000000001", "12345678", "01", LocalDate.of(1980, 5, 10), "ﾔﾏﾀﾞ ﾀﾛｳ",
                acquiredOn, lostOn);
    }

    @ParameterizedTest(name = "[{index}] 取得 {0}, 喪失 {1}, d {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # 取得       | 喪失       | d          | insured
            2024-04-01 | 2025-04-01 | 2024-04-01 | true
            2024-04-01 | 2025-04-01 | 2024-03-31 | false
            2024-04-01 | 2025-04-01 | 2025-03-31 | true
            2024-04-01 | 2025-04-01 | 2025-04-01 | false
            2024-04-01 |            | 2024-04-01 | true
            2024-04-01 |            | 2024-03-31 | false
                       |            | 2024-04-01 | false
                       | 2025-04-01 | 2024-04-01 | false
            """)
    void insuredOn(LocalDate acquiredOn, LocalDate lostOn, LocalDate d, boolean insured) {
        assertThat(QualificationCheck.insuredOn(person(acquiredOn, lostOn), d)).isEqualTo(insured);
    }

    @ParameterizedTest(name = "[{index}] 取得 {0}, 喪失 {1}, m {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # 取得       | 喪失       | m       | insured
            2024-04-30 |            | 2024-04 | true
            2024-05-01 |            | 2024-04 | false
            2020-01-01 | 2024-04-01 | 2024-04 | false
            2020-01-01 | 2024-04-02 | 2024-04 | true
            2020-01-01 | 2024-05-01 | 2024-04 | true
            2020-01-01 |            | 2024-04 | true
            2024-04-15 | 2024-04-16 | 2024-04 | true
            2023-02-28 |            | 2023-02 | true
            2023-03-01 |            | 2023-02 | false
                       |            | 2024-04 | false
            """)
    void insuredInMonth(LocalDate acquiredOn, LocalDate lostOn, YearMonth m, boolean insured) {
        assertThat(QualificationCheck.insuredInMonth(person(acquiredOn, lostOn), m)).isEqualTo(insured);
    }
}
