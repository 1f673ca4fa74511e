package jp.kokuho.hub.incomeclass;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;

/** Ages as the 年齢計算に関する法律 counts them: an age is reached on the day before the birthday. */
public final class Ages {

    private Ages() {
    }

    /** the first month of 70–74 (高齢受給者): the month after the 70th birthday's month, or that month if born on the 1st */
    public static YearMonth firstSeniorMonth(LocalDate birthDate) {
        LocalDate seventieth = birthDate.plusYears(70);
        YearMonth m = YearMonth.from(seventieth);
        return seventieth.getDayOfMonth() == 1 ? m : m.plusMonths(1);
    }

    public static boolean isSenior(LocalDate birthDate, YearMonth month) {
        return !month.isBefore(firstSeniorMonth(birthDate));
    }

    /** the age on {@code date}: a birthday's age is reached on the day before it */
    public static int ageOn(LocalDate birthDate, LocalDate date) {
        return Period.between(birthDate, date.plusDays(1)).getYears();
    }
}
