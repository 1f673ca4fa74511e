package jp.kokuho.hub.monthlyreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The date, age and rounding rules of 事業月報 as tables (no Spring). */
class ReportRulesTest {

    @ParameterizedTest(name = "{0}: 年度 {1}")
    @CsvSource({
            "2027-03, 2026", "2027-04, 2027", "2026-04, 2026", "2026-03, 2025", "2026-12, 2026", "2027-01, 2026"})
    void fiscalYear(String month, int fy) {
        assertThat(ReportRules.fiscalYear(YearMonth.parse(month))).isEqualTo(fy);
    }

    /** age(d) ≥ n exactly when d ≥ n-th birthday − 1 day */
    @ParameterizedTest(name = "born {0}, on {1}: {2}")
    @CsvSource({
            "1961-10-31, 2026-10-29, 64",
            "1961-10-31, 2026-10-30, 65",   // the day before the 65th birthday
            "1961-11-01, 2026-10-31, 65",   // born on the 1st: 65 on the last day of the previous month
            "1961-11-02, 2026-10-31, 64",
            "1952-11-01, 2026-10-31, 74",   // 75 only the day after E
            "2000-02-29, 2065-02-27, 64",
            "2000-02-29, 2065-02-28, 65",   // 29 February: attained on 28 February of a common year
            "2000-02-29, 2064-02-28, 64",
            "2000-02-29, 2064-02-29, 64",
            "2000-02-29, 2064-02-28, 64"})
    void ageOn(String birth, String day, int age) {
        assertThat(ReportRules.ageOn(LocalDate.parse(birth), LocalDate.parse(day))).isEqualTo(age);
    }

    @ParameterizedTest(name = "born {0}, E {1}: 前期高齢者 {2}")
    @CsvSource({
            "1961-11-01, 2026-10-31, true",   // 65 reached on 2026-10-31 = E
            "1961-11-02, 2026-10-31, false",  // 65 reached on 2026-11-01
            "1961-10-31, 2026-09-30, false",
            "1952-11-01, 2026-10-31, true",   // still 74 on E
            "1951-11-01, 2026-10-31, false",  // 75 reached on 2026-10-31
            "1951-11-02, 2026-10-31, true"})
    void earlyElderly(String birth, String end, boolean expected) {
        assertThat(ReportRules.earlyElderly(LocalDate.parse(birth), LocalDate.parse(end))).isEqualTo(expected);
    }

    /** 未就学児: until the first 31 March on or after the day age 6 is attained */
    @ParameterizedTest(name = "born {0}, E {1}: 未就学児 {2}")
    @CsvSource({
            "2020-04-01, 2026-03-31, true",   // attains 6 on 2026-03-31: that day is the 31 March
            "2020-04-01, 2026-04-30, false",  // school from April 2026
            "2020-04-02, 2026-03-31, true",
            "2020-04-02, 2026-04-30, true",   // attains 6 on 2026-04-01 → until 2027-03-31
            "2020-04-02, 2027-03-31, true",
            "2020-04-02, 2027-04-30, false",
            "2020-03-31, 2026-03-31, true",
            "2020-03-31, 2026-04-30, false",
            "2026-10-15, 2026-10-31, true",   // a baby
            "2020-02-29, 2026-03-31, true",
            "2020-02-29, 2026-04-30, false"})
    void preschool(String birth, String end, boolean expected) {
        assertThat(ReportRules.preschool(LocalDate.parse(birth), LocalDate.parse(end))).isEqualTo(expected);
    }

    /** 高齢受給者: the 70–74 group of rules/income-class.md */
    @ParameterizedTest(name = "born {0}, {1}: 高齢受給者 {2}")
    @CsvSource({
            "1956-10-15, 2026-10, false", "1956-10-15, 2026-11, true",
            "1956-11-01, 2026-10, false", "1956-11-01, 2026-11, true",  // born on the 1st: from the birthday's month
            "1956-10-02, 2026-10, false", "1956-10-01, 2026-10, true"})
    void seniorRecipient(String birth, String month, boolean expected) {
        assertThat(ReportRules.seniorRecipient(LocalDate.parse(birth), YearMonth.parse(month))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}/{1} → {2}")
    @CsvSource({
            "1, 3, 33.33", "2, 3, 66.67", "0, 0, 0.00", "0, 100, 0.00", "100, 100, 100.00",
            "12345, 100000, 12.35",   // 12.345 exactly: half up
            "12344, 100000, 12.34",
            "12355, 100000, 12.36",   // 12.355 exactly
            "1, 8, 12.50", "987654321, 1000000000, 98.77"})
    void rateRoundsHalfUp(long numerator, long denominator, String expected) {
        assertThat(ReportRules.rate(numerator, denominator).toPlainString()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "取得 {0} → {1}")
    @CsvSource({"01, A01", "02, A02", "03, A03", "04, A04", "99, A99", "'', A99"})
    void acquireItems(String reason, String item) {
        assertThat(ReportItem.acquireItem(reason)).isEqualTo(item);
    }

    @ParameterizedTest(name = "喪失 {0} → {1}")
    @CsvSource({"01, L01", "02, L02", "03, L03", "04, L04", "05, L05", "99, L99"})
    void lossItems(String reason, String item) {
        assertThat(ReportItem.lossItem(reason)).isEqualTo(item);
    }
}
