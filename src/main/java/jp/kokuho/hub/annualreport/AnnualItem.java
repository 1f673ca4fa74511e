package jp.kokuho.hub.annualreport;

import java.util.ArrayList;
import java.util.List;

import jp.kokuho.hub.monthlyreport.ReportItem;

/**
 * One row of 事業年報, in the order of reports/annual-report.md: the monthly report's items (their labels with
 * （年度末現在） or （年間） added) combined over the months covered, plus N01 (集計月数) and the annual averages HAV, PAV.
 *
 * @param source the monthly item the value comes from (null for N01)
 */
public record AnnualItem(String code, String label, String source, Combination combination, boolean rate) {

    /** how the monthly values of M1 … Mn become the annual value */
    public enum Combination {
        /** n, the number of months */
        MONTHS,
        /** the value of the last month Mn */
        LAST,
        /** Σ over M1 … Mn */
        SUM,
        /** Σ over M1 … Mn ÷ n, rounded half up to an integer */
        AVERAGE
    }

    public static final List<AnnualItem> ALL = build();

    private static List<AnnualItem> build() {
        List<AnnualItem> items = new ArrayList<>();
        items.add(new AnnualItem("N01", "集計月数", null, Combination.MONTHS, false));
        for (ReportItem m : ReportItem.ALL) {
            String code = m.code();
            switch (code.charAt(0)) {
                case 'A', 'L' -> items.add(new AnnualItem(code, m.label() + "（年間）", code, Combination.SUM, false));
                case 'C' -> items.add(new AnnualItem(code, m.label(), code, Combination.LAST, m.rate()));
                default -> items.add(new AnnualItem(code, m.label() + "（年度末現在）", code, Combination.LAST, false));
            }
            if (code.equals("H01")) {
                items.add(new AnnualItem("HAV", "年間平均世帯数", "H01", Combination.AVERAGE, false));
            } else if (code.equals("P01")) {
                items.add(new AnnualItem("PAV", "年間平均被保険者数", "P01", Combination.AVERAGE, false));
            }
        }
        return List.copyOf(items);
    }
}
