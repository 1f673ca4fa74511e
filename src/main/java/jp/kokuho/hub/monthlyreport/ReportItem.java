package jp.kokuho.hub.monthlyreport;

import java.util.List;

/** One row of 事業月報, in the order of reports/monthly-report.md. */
public record ReportItem(String code, String label, boolean rate) {

    public static final List<ReportItem> ALL = List.of(
            new ReportItem("H01", "世帯数", false),
            new ReportItem("P01", "被保険者数", false),
            new ReportItem("P02", "うち未就学児", false),
            new ReportItem("P03", "うち前期高齢者", false),
            new ReportItem("P04", "うち高齢受給者", false),
            new ReportItem("P05", "うち現役並み所得者", false),
            new ReportItem("A01", "資格取得（転入）", false),
            new ReportItem("A02", "資格取得（社保離脱）", false),
            new ReportItem("A03", "資格取得（出生）", false),
            new ReportItem("A04", "資格取得（生保廃止）", false),
            new ReportItem("A99", "資格取得（その他）", false),
            new ReportItem("L01", "資格喪失（転出）", false),
            new ReportItem("L02", "資格喪失（社保加入）", false),
            new ReportItem("L03", "資格喪失（死亡）", false),
            new ReportItem("L04", "資格喪失（生保開始）", false),
            new ReportItem("L05", "資格喪失（後期高齢者医療）", false),
            new ReportItem("L99", "資格喪失（その他）", false),
            new ReportItem("C01", "現年分調定額", false),
            new ReportItem("C02", "現年分収納額", false),
            new ReportItem("C03", "現年分収納率", true),
            new ReportItem("C11", "滞納繰越分調定額", false),
            new ReportItem("C12", "滞納繰越分収納額", false),
            new ReportItem("C13", "滞納繰越分収納率", true),
            new ReportItem("KA1", "所得区分別被保険者数（ア）", false),
            new ReportItem("KA2", "所得区分別被保険者数（イ）", false),
            new ReportItem("KA3", "所得区分別被保険者数（ウ）", false),
            new ReportItem("KA4", "所得区分別被保険者数（エ）", false),
            new ReportItem("KA5", "所得区分別被保険者数（オ）", false),
            new ReportItem("KB1", "所得区分別被保険者数（現役並みⅢ）", false),
            new ReportItem("KB2", "所得区分別被保険者数（現役並みⅡ）", false),
            new ReportItem("KB3", "所得区分別被保険者数（現役並みⅠ）", false),
            new ReportItem("KB4", "所得区分別被保険者数（一般）", false),
            new ReportItem("KB5", "所得区分別被保険者数（低所得Ⅱ）", false),
            new ReportItem("KB6", "所得区分別被保険者数（低所得Ⅰ）", false));

    /** 取得事由 code → item code (unknown codes count as その他) */
    public static String acquireItem(String reason) {
        return switch (reason == null ? "" : reason.trim()) {
            case "01" -> "A01";
            case "02" -> "A02";
            case "03" -> "A03";
            case "04" -> "A04";
            default -> "A99";
        };
    }

    /** 喪失事由 code → item code (unknown codes count as その他) */
    public static String lossItem(String reason) {
        return switch (reason == null ? "" : reason.trim()) {
            case "01" -> "L01";
            case "02" -> "L02";
            case "03" -> "L03";
            case "04" -> "L04";
            case "05" -> "L05";
            default -> "L99";
        };
    }

    /** 所得区分 code (A1 … B6) → item code (KA1 … KB6), or null */
    public static String classItem(String incomeClass) {
        if (incomeClass == null || incomeClass.isBlank()) {
            return null;
        }
        return "K" + incomeClass.trim();
    }
}
