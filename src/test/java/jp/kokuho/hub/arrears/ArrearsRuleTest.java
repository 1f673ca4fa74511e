package jp.kokuho.hub.arrears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * rules/arrears.md at every boundary, without Spring. Dates are ISO (yyyy-MM-dd); classes are codes. The tally of
 * the installments (unpaid, t, 未納額, 未納期数) is SQL and is tested on PostgreSQL: {@code it.ArrearsTallyIT}.
 */
class ArrearsRuleTest {

    private final ArrearsRule rule = ArrearsRule.standard();

    @ParameterizedTest(name = "[{index}] D {0}, t {1}, 特別事情 {2} -> {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-10-31 |            | false | 0 | no unpaid installment
            2026-10-31 |            | true  | 0 | 特別事情 without unpaid installment
            2026-10-31 | 2026-10-30 | false | 1 | unpaid since yesterday
            2026-10-31 | 2025-10-31 | false | 1 | D = t + 1 year exactly: not yet past
            2026-10-31 | 2025-10-30 | false | 2 | D = t + 1 year + 1 day
            2026-10-30 | 2025-04-30 | false | 2 | D = t + 18 months exactly: not yet past
            2026-10-31 | 2025-04-30 | false | 3 | D = t + 18 months + 1 day
            2026-10-30 | 2025-04-29 | false | 3 | D = t + 18 months + 1 day (another month end)
            2026-08-31 | 2025-02-28 | false | 3 | t + 18 months = 2026-08-28, D after it
            2026-08-28 | 2025-02-28 | false | 2 | t + 18 months = 2026-08-28 exactly
            2025-02-28 | 2024-02-29 | false | 1 | t 29 Feb: plusYears(1) = 2025-02-28 = D
            2025-03-01 | 2024-02-29 | false | 2 | t 29 Feb: D one day after 2025-02-28
            2025-08-29 | 2024-02-29 | false | 2 | t 29 Feb: plusMonths(18) = 2025-08-29 = D
            2025-08-30 | 2024-02-29 | false | 3 | t 29 Feb: D one day after t + 18 months
            2026-10-31 | 2025-10-31 | true  | 1 | 特別事情, D = t + 1 year exactly: 1
            2026-10-31 | 2025-10-30 | true  | 9 | 特別事情, D = t + 1 year + 1 day: 9
            2026-10-31 | 2025-04-30 | true  | 9 | 特別事情 also past 18 months: 9, not 3
            2026-10-31 | 2020-01-01 | true  | 9 | 特別事情, long overdue: 9
            2026-10-31 | 2020-01-01 | false | 3 | long overdue: 3
            """)
    void householdClass(LocalDate d, LocalDate t, boolean special, String expected, String why) {
        assertThat(rule.householdClass(d, t, special).code()).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] born {0}, D {1} -> child {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2008-04-01 | 2026-03-31 | true  | born 1 April: reaches 18 on 31 March 2026
            2008-04-01 | 2026-04-01 | false | born 1 April: 年度末 is 31 March 2026
            2008-04-02 | 2026-04-01 | true  | born 2 April: reaches 18 on 1 April 2026
            2008-04-02 | 2027-03-31 | true  | born 2 April: child until 31 March 2027
            2008-04-02 | 2027-04-01 | false | born 2 April: past the 年度末
            2008-03-31 | 2026-03-31 | true  | born 31 March
            2008-03-31 | 2026-04-01 | false | born 31 March
            2008-02-29 | 2026-03-31 | true  | born 29 February
            2008-02-29 | 2026-04-01 | false | born 29 February
            2008-12-31 | 2027-03-31 | true  | 18 in December, 年度末 the next March
            2008-12-31 | 2027-04-01 | false | 18 in December
            2020-07-07 | 2026-10-31 | true  | small child
            1980-06-15 | 2026-10-31 | false | adult
            """)
    void child(LocalDate birth, LocalDate d, boolean child, String why) {
        assertThat(ArrearsRule.isChild(birth, d)).as(why).isEqualTo(child);
    }

    @ParameterizedTest(name = "[{index}] household {0}, born {1} -> member {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2 | 2010-05-05 | 1
            2 | 2008-04-02 | 1
            2 | 2008-04-01 | 2
            2 | 1980-01-01 | 2
            3 | 2010-05-05 | 3
            9 | 2010-05-05 | 9
            1 | 2010-05-05 | 1
            3 | 1980-01-01 | 3
            9 | 1980-01-01 | 9
            1 | 1980-01-01 | 1
            """)
    void memberClass(String household, LocalDate birth, String expected) {
        LocalDate d = LocalDate.of(2026, 10, 31);
        assertThat(ArrearsRule.memberClass(ArrearsClass.ofCode(household), birth, d).code()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] 取得 {0}, 喪失 {1} -> insured on 2026-10-31 {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2020-04-01 |            | true
            2026-10-31 |            | true
            2026-11-01 |            | false
                       |            | false
            2020-04-01 | 2026-10-31 | false
            2020-04-01 | 2026-11-01 | true
            2020-04-01 | 2026-10-30 | false
            """)
    void insuredOnBaseDate(LocalDate acquired, LocalDate lost, boolean insured) {
        assertThat(ArrearsRule.insuredOn(acquired, lost, LocalDate.of(2026, 10, 31))).isEqualTo(insured);
    }

    @Test
    void periodsAreParameters() {
        ArrearsRule longer = new ArrearsRule(Period.ofYears(2), Period.ofYears(3));
        LocalDate d = LocalDate.of(2026, 10, 31);
        assertThat(longer.householdClass(d, LocalDate.of(2025, 10, 30), false)).isEqualTo(ArrearsClass.ARREARS);
        assertThat(longer.householdClass(d, LocalDate.of(2024, 10, 30), false)).isEqualTo(ArrearsClass.SPECIAL_MEDICAL);
        assertThat(longer.householdClass(d, LocalDate.of(2023, 10, 30), false)).isEqualTo(ArrearsClass.SUSPENSION);
        // P1Y6M adds like plusMonths(18)
        ArrearsRule mixed = new ArrearsRule(Period.ofYears(1), Period.of(1, 6, 0));
        assertThat(mixed.householdClass(LocalDate.of(2025, 8, 29), LocalDate.of(2024, 2, 29), false))
                .isEqualTo(ArrearsClass.SPECIAL_MEDICAL);
        assertThatThrownBy(() -> new ArrearsRule(Period.ofYears(-1), Period.ofMonths(18)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
