package jp.kokuho.hub.monthlyreport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;

import jp.kokuho.hub.incomeclass.Ages;

/**
 * The date and age rules of 事業月報 (reports/monthly-report.md), plain Java. Ages follow 年齢計算ニ関スル法律:
 * age n is attained on the day before the n-th birthday (a person born on 29 February attains it on 28 February
 * of a common year, the day before 1 March).
 */
public final class ReportRules {

    private ReportRules() {
    }

    /** 年度 of M: year(M) from April, else year(M) − 1 */
    public static int fiscalYear(YearMonth month) {
        return month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1;
    }

    /** the day on which age n is attained */
    public static LocalDate attainsAge(LocalDate birthDate, int n) {
        LocalDate birthday = birthDate.plusYears(n);
        if (birthDate.getMonthValue() == 2 && birthDate.getDayOfMonth() == 29 && birthday.getDayOfMonth() == 28) {
            birthday = birthday.plusDays(1); // 1 March of a common year
        }
        return birthday.minusDays(1);
    }

    /** age on a day (年齢計算ニ関スル法律) */
    public static int ageOn(LocalDate birthDate, LocalDate day) {
        return Ages.ageOn(birthDate, day);
    }

    /** 未就学児 on E: E is on or before the first 31 March on or after the day age 6 is attained */
    public static boolean preschool(LocalDate birthDate, LocalDate endOfMonth) {
        LocalDate six = attainsAge(birthDate, 6);
        LocalDate march31 = LocalDate.of(six.getYear(), 3, 31);
        if (six.isAfter(march31)) {
            march31 = march31.plusYears(1);
        }
        return !endOfMonth.isAfter(march31);
    }

    /** 前期高齢者 on E: 65 ≤ age(E) ≤ 74 */
    public static boolean earlyElderly(LocalDate birthDate, LocalDate endOfMonth) {
        int age = ageOn(birthDate, endOfMonth);
        return age >= 65 && age <= 74;
    }

    /** 高齢受給者 in M: the 70–74 group of rules/income-class.md (the same rule the 所得区分判定 uses) */
    public static boolean seniorRecipient(LocalDate birthDate, YearMonth month) {
        return Ages.isSenior(birthDate, month);
    }

    /** insured on d: 取得 ≤ d < 喪失 (構成員区分 1 is the caller's filter) */
    public static boolean insuredOn(LocalDate acquiredOn, LocalDate lostOn, LocalDate day) {
        return acquiredOn != null && !acquiredOn.isAfter(day) && (lostOn == null || lostOn.isAfter(day));
    }

    /** 率: numerator ÷ denominator × 100, two decimals, rounded half up; 0.00 when the denominator is 0 */
    public static BigDecimal rate(long numerator, long denominator) {
        if (denominator == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }
}
