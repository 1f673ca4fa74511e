package jp.kokuho.hub.incomeclass;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Rule parameters by 課税年度: each entry applies from its 課税年度 until the next entry's.
 */
public final class IncomeClassRules {

    private final NavigableMap<Integer, TaxYearRules> byFirstYear;

    public IncomeClassRules(Map<Integer, TaxYearRules> byFirstYear) {
        if (byFirstYear == null || byFirstYear.isEmpty()) {
            throw new IllegalArgumentException("hub.income-class.tax-years: at least one 課税年度 is needed");
        }
        this.byFirstYear = new TreeMap<>(byFirstYear);
    }

    /** the spec's values: 2020 and earlier 基礎控除 330,000, from 2021 430,000 */
    public static IncomeClassRules spec() {
        return new IncomeClassRules(Map.of(1900, TaxYearRules.spec2020(), 2021, TaxYearRules.spec2021()));
    }

    public TaxYearRules forTaxYear(int taxYear) {
        Map.Entry<Integer, TaxYearRules> e = byFirstYear.floorEntry(taxYear);
        if (e == null) {
            throw new IllegalArgumentException("no income-class parameters for 課税年度 " + taxYear
                    + " (hub.income-class.tax-years starts at " + byFirstYear.firstKey() + ")");
        }
        return e.getValue();
    }
}
