package jp.kokuho.hub.incomeclass;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hub.income-class.*}: the rule parameters by 課税年度 (each entry applies from its year on) and the
 * re-judgement range.
 *
 * @param taxYears          first 課税年度 → parameters
 * @param rejudgeMonthsBack on an IF-QUA change, judged months this far back from the current month are re-judged
 */
@ConfigurationProperties(prefix = "hub.income-class")
public record IncomeClassProperties(Map<Integer, TaxYearRules> taxYears, Integer rejudgeMonthsBack) {

    public IncomeClassRules rules() {
        return taxYears == null || taxYears.isEmpty() ? IncomeClassRules.spec() : new IncomeClassRules(taxYears);
    }

    public int monthsBack() {
        return rejudgeMonthsBack == null ? 24 : rejudgeMonthsBack;
    }
}
