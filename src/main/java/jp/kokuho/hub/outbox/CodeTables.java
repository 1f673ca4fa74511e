package jp.kokuho.hub.outbox;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jp.kokuho.hub.arrears.ArrearsClass;
import jp.kokuho.hub.incomeclass.IncomeClass;
import jp.kokuho.hub.qualification.CheckResult;

/**
 * The spec's code tables (README "Code tables", rules/*.md, reports/monthly-report.md) as staff read them: a code
 * and its meaning, e.g. {@code 9 特別の事情}. Where a table already lives in an enum (所得区分, 滞納区分,
 * 資格確認結果) it is read from there, so that each table has one definition.
 */
public enum CodeTables {

    /** 所得区分 (rules/income-class.md): A1 ア … B6 低所得Ⅰ */
    INCOME_CLASS(enumTable(IncomeClass.values(), IncomeClass::name, IncomeClass::label)),
    /** 滞納区分 (rules/arrears.md) */
    ARREARS_CLASS(enumTable(ArrearsClass.values(), ArrearsClass::code, ArrearsClass::label)),
    /** 資格確認結果 (rules/qualification-check.md) */
    CHECK_RESULT(enumTable(CheckResult.values(), c -> String.valueOf(c.code()), CheckResult::label)),
    /** 疾病区分 (README "Code tables") */
    DISEASE_KIND(table("1", "指定難病", "2", "小児慢性特定疾病", "3", "特定疾患")),
    /** 連絡区分 */
    CONTACT_TYPE(table("1", "新規", "2", "更新", "3", "変更")),
    /** 取得事由 (reports/monthly-report.md) */
    ACQUIRE_REASON(table("01", "転入", "02", "社保離脱", "03", "出生", "04", "生保廃止", "99", "その他")),
    /** 喪失事由 (reports/monthly-report.md) */
    LOSS_REASON(table("01", "転出", "02", "社保加入", "03", "死亡", "04", "生保開始", "05", "後期高齢者医療へ移行",
            "99", "その他")),
    /** 年齢区分 (IF-AGG-INC) */
    AGE_GROUP(table("1", "70歳未満", "2", "70歳以上75歳未満")),
    /** 構成員区分 */
    MEMBER_TYPE(table("1", "被保険者", "2", "擬制世帯主", "3", "特定同一世帯所属者")),
    /** 世帯継続区分 (IF-AGG-MOV) */
    CONTINUITY(table("1", "継続性あり", "2", "継続性なし"));

    private final Map<String, String> labels;

    CodeTables(Map<String, String> labels) {
        this.labels = labels;
    }

    /** the meaning of a code, empty when the code is not in the table */
    public Optional<String> meaning(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(labels.get(code.trim()));
    }

    /**
     * The code with its meaning, e.g. {@code 9 特別の事情}; a cell that already carries the meaning
     * ({@code A4 エ}) or only the meaning ({@code 70歳未満}) is given the same way; a blank stays blank and an
     * unknown code stays as it is.
     */
    public String label(String cell) {
        if (cell == null || cell.isBlank()) {
            return cell == null ? "" : cell.trim();
        }
        String code = cell.trim().split("\\s+", 2)[0];
        if (labels.containsKey(code)) {
            return code + " " + labels.get(code);
        }
        // a list that writes the meaning alone (年齢区分 70歳未満) gets its code in front
        return labels.entrySet().stream().filter(e -> e.getValue().equals(cell.trim())).findFirst()
                .map(e -> e.getKey() + " " + e.getValue()).orElse(cell.trim());
    }

    public Map<String, String> entries() {
        return labels;
    }

    private static Map<String, String> table(String... codeAndMeaning) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < codeAndMeaning.length; i += 2) {
            m.put(codeAndMeaning[i], codeAndMeaning[i + 1]);
        }
        return m;
    }

    private static <E> Map<String, String> enumTable(E[] values, java.util.function.Function<E, String> code,
                                                     java.util.function.Function<E, String> label) {
        Map<String, String> m = new LinkedHashMap<>();
        Arrays.stream(values).forEach(v -> m.put(code.apply(v), label.apply(v)));
        return m;
    }
}
