package jp.kokuho.hub.annualreport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The annual figures from the monthly figures of M1 … Mn (reports/annual-report.md): the last month's value, the sum,
 * or the average rounded half up. Plain Java; the monthly figures come from {@code MonthlyFigures}, their one
 * definition.
 */
public final class AnnualFigures {

    private AnnualFigures() {
    }

    /**
     * @param months the values of M1 … Mn (each in the monthly report's item order: Long, BigDecimal for the 率 rows)
     * @return every item of {@link AnnualItem#ALL} in order: Long, or BigDecimal (two decimals) for the 率 rows
     */
    public static Map<String, Object> combine(List<Map<String, Object>> months) {
        if (months.isEmpty()) {
            throw new IllegalArgumentException("a report covers at least one month");
        }
        int n = months.size();
        Map<String, Object> last = months.get(n - 1);
        Map<String, Object> values = new LinkedHashMap<>();
        for (AnnualItem item : AnnualItem.ALL) {
            Object value = switch (item.combination()) {
                case MONTHS -> (long) n;
                case LAST -> last.get(item.source());
                case SUM -> sum(months, item.source());
                case AVERAGE -> BigDecimal.valueOf(sum(months, item.source()))
                        .divide(BigDecimal.valueOf(n), 0, RoundingMode.HALF_UP).longValueExact();
            };
            if (value == null) {
                throw new IllegalArgumentException("no monthly value " + item.source() + " for " + item.code());
            }
            values.put(item.code(), value);
        }
        return values;
    }

    private static long sum(List<Map<String, Object>> months, String code) {
        long sum = 0;
        for (Map<String, Object> m : months) {
            sum = Math.addExact(sum, ((Number) m.get(code)).longValue());
        }
        return sum;
    }
}
