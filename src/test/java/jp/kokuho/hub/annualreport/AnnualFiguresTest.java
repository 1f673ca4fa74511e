package jp.kokuho.hub.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.kokuho.hub.monthlyreport.ReportItem;

/** The combination rules: the last month's value, the sum, the average rounded half up; the item table. */
class AnnualFiguresTest {

    /** a month whose every count is {@code base}, rates as given */
    private static Map<String, Object> month(long base, String c03) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (ReportItem item : ReportItem.ALL) {
            m.put(item.code(), item.rate() ? new BigDecimal(c03) : base);
        }
        return m;
    }

    @Test
    void itemsInTheSpecOrder() {
        assertThat(AnnualItem.ALL).extracting(AnnualItem::code).containsExactly("N01", "H01", "HAV", "P01", "PAV",
                "P02", "P03", "P04", "P05", "A01", "A02", "A03", "A04", "A99", "L01", "L02", "L03", "L04", "L05",
                "L99", "C01", "C02", "C03", "C11", "C12", "C13", "KA1", "KA2", "KA3", "KA4", "KA5", "KB1", "KB2",
                "KB3", "KB4", "KB5", "KB6");
        Map<String, String> labels = new LinkedHashMap<>();
        AnnualItem.ALL.forEach(i -> labels.put(i.code(), i.label()));
        assertThat(labels).containsEntry("N01", "集計月数").containsEntry("H01", "世帯数（年度末現在）")
                .containsEntry("HAV", "年間平均世帯数").containsEntry("PAV", "年間平均被保険者数")
                .containsEntry("P05", "うち現役並み所得者（年度末現在）").containsEntry("A01", "資格取得（転入）（年間）")
                .containsEntry("L05", "資格喪失（後期高齢者医療）（年間）").containsEntry("C03", "現年分収納率")
                .containsEntry("KB6", "所得区分別被保険者数（低所得Ⅰ）（年度末現在）");
        assertThat(AnnualItem.ALL).filteredOn(AnnualItem::rate).extracting(AnnualItem::code)
                .containsExactly("C03", "C13");
    }

    @Test
    void sumAverageHalfUpAndLastMonth() {
        List<Map<String, Object>> months = new ArrayList<>();
        months.add(month(1, "10.00"));
        months.add(month(2, "20.00"));
        months.add(month(4, "41.15"));
        months.add(month(3, "55.55"));
        Map<String, Object> v = AnnualFigures.combine(months);
        assertThat(v.keySet()).containsExactlyElementsOf(AnnualItem.ALL.stream().map(AnnualItem::code).toList());
        assertThat(v.get("N01")).isEqualTo(4L);
        assertThat(v.get("H01")).isEqualTo(3L);      // the last month's
        assertThat(v.get("P01")).isEqualTo(3L);
        assertThat(v.get("HAV")).isEqualTo(3L);      // 10 / 4 = 2.5 → 3 (half up)
        assertThat(v.get("PAV")).isEqualTo(3L);
        assertThat(v.get("A01")).isEqualTo(10L);     // Σ
        assertThat(v.get("L99")).isEqualTo(10L);
        assertThat(v.get("C01")).isEqualTo(3L);      // the last month's
        assertThat(v.get("C03")).isEqualTo(new BigDecimal("55.55"));
        assertThat(v.get("C03").toString()).isEqualTo("55.55");
        assertThat(v.get("KB6")).isEqualTo(3L);
    }

    @Test
    void averageRoundsHalfUpNotToEven() {
        List<Map<String, Object>> months = new ArrayList<>();
        months.add(month(1, "0.00"));
        months.add(month(2, "0.00"));                    // 3 / 2 = 1.5 → 2 (half even would give 2 too)
        assertThat(AnnualFigures.combine(months).get("HAV")).isEqualTo(2L);
        months.set(1, month(4, "0.00"));                 // 5 / 2 = 2.5 → 3 (half even would give 2)
        assertThat(AnnualFigures.combine(months).get("PAV")).isEqualTo(3L);
        months.add(month(0, "0.00"));                    // 5 / 3 = 1.67 → 2; 1.33 → 1 below
        assertThat(AnnualFigures.combine(months).get("HAV")).isEqualTo(2L);
        months.set(1, month(3, "0.00"));                 // 4 / 3 = 1.33 → 1
        assertThat(AnnualFigures.combine(months).get("HAV")).isEqualTo(1L);
    }

    @Test
    void oneMonthIsThatMonth() {
        Map<String, Object> april = month(7, "12.34");
        Map<String, Object> v = AnnualFigures.combine(List.of(april));
        assertThat(v.get("N01")).isEqualTo(1L);
        for (AnnualItem item : AnnualItem.ALL) {
            if (item.source() != null) {
                assertThat(v.get(item.code())).as(item.code()).isEqualTo(april.get(item.source()));
            }
        }
    }
}
