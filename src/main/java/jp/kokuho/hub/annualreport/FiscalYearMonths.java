package jp.kokuho.hub.annualreport;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The months a 事業年報 of fiscal year FY covers (reports/annual-report.md): M1 = April FY … M12 = March FY+1, those
 * that have ended on the day the job runs (a month has ended when its last day is before that day). All 12: 確定;
 * fewer: 速報 over M1 … Mn. Plain Java.
 *
 * @param months M1 … Mn, n ≥ 1
 */
public record FiscalYearMonths(int fiscalYear, List<YearMonth> months) {

    public static final int MONTHS_OF_A_YEAR = 12;

    public FiscalYearMonths {
        months = List.copyOf(months);
        if (months.isEmpty()) {
            throw new IllegalArgumentException("a report covers at least one month");
        }
    }

    /**
     * The ended months of FY on {@code today} (Japan time); {@link IllegalArgumentException} with the reason when none
     * has ended yet.
     */
    public static FiscalYearMonths endedBy(int fiscalYear, LocalDate today) {
        YearMonth first = firstMonth(fiscalYear);
        List<YearMonth> ended = new ArrayList<>();
        for (int i = 0; i < MONTHS_OF_A_YEAR; i++) {
            YearMonth m = first.plusMonths(i);
            if (m.atEndOfMonth().isBefore(today)) {
                ended.add(m);
            }
        }
        if (ended.isEmpty()) {
            throw new IllegalArgumentException("fiscal year " + fiscalYear + " (" + first + " … "
                    + first.plusMonths(MONTHS_OF_A_YEAR - 1) + "): none of its months has ended on " + today
                    + "; the first ends on " + first.atEndOfMonth() + ", so no 事業年報 can be made before "
                    + first.atEndOfMonth().plusDays(1));
        }
        return new FiscalYearMonths(fiscalYear, ended);
    }

    /** April of FY */
    public static YearMonth firstMonth(int fiscalYear) {
        return YearMonth.of(fiscalYear, 4);
    }

    /** all 12 months have ended: 確定; otherwise 速報 */
    public boolean complete() {
        return months.size() == MONTHS_OF_A_YEAR;
    }

    /** n, the number of months covered */
    public int count() {
        return months.size();
    }

    /** Mn */
    public YearMonth last() {
        return months.get(months.size() - 1);
    }

    /** 確定 or 速報 */
    public String status() {
        return complete() ? "確定" : "速報";
    }

    /** e.g. 「2026年4月～2026年10月（7か月）」 */
    public String coverage() {
        YearMonth first = months.get(0);
        return first.getYear() + "年" + first.getMonthValue() + "月～" + last().getYear() + "年"
                + last().getMonthValue() + "月（" + count() + "か月）";
    }
}
