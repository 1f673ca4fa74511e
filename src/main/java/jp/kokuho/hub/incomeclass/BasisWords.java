package jp.kokuho.hub.incomeclass;

import java.util.Map;

/**
 * 判定根拠 in words for staff. The stored 判定根拠 keeps the spec's short form ({@code S=2,450,000 > 2,100,000},
 * rules/income-class.md "所得区分変更一覧"); pages and xlsx lists say what S and K are and which rule decided. The
 * amounts stay in the 判定根拠 itself (they are rule parameters by 課税年度), the words here name no amount.
 */
public final class BasisWords {

    /** what the letters of the short form stand for (rules/income-class.md) */
    public static final String S_MEANING = "旧ただし書所得の合計";
    public static final String K_MEANING = "70〜74歳の被保険者の課税所得の最大";

    private static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("U70-1", "70歳未満 規則1: 世帯の被保険者に未申告の人がいる → ア (未申告区分 1)"),
            Map.entry("U70-2", "70歳未満 規則2: 世帯主と被保険者の全員が住民税非課税 → オ"),
            Map.entry("U70-3", "70歳未満 規則3: 被保険者全員の旧ただし書所得の合計 (S) が ア の基準額を超える → ア"),
            Map.entry("U70-4", "70歳未満 規則4: 被保険者全員の旧ただし書所得の合計 (S) が イ の基準額を超える → イ"),
            Map.entry("U70-5", "70歳未満 規則5: 被保険者全員の旧ただし書所得の合計 (S) が ウ の基準額を超える → ウ"),
            Map.entry("U70-6", "70歳未満 規則6: 被保険者全員の旧ただし書所得の合計 (S) が ウ の基準額以下 → エ"),
            Map.entry("S70-1a", "70〜74歳 規則1a: 課税所得 (K) は現役並みの水準だが、収入が基準収入額に満たない → 一般"),
            Map.entry("S70-1b", "70〜74歳 規則1b: 課税所得 (K) は現役並みの水準だが、70〜74歳の旧ただし書所得の合計が基準額以下 → 一般"),
            Map.entry("S70-1c", "70〜74歳 規則1c: 課税所得 (K) の額により 現役並みⅢ・Ⅱ・Ⅰ"),
            Map.entry("S70-2", "70〜74歳 規則2: 世帯主と被保険者の全員が住民税非課税 → 低所得Ⅰ (全員の低所得Ⅰ所得が 0) または 低所得Ⅱ"),
            Map.entry("S70-3", "70〜74歳 規則3: 課税所得 (K) が現役並みの水準未満で、非課税世帯でもない → 一般"));

    private BasisWords() {
    }

    /** the rule that decided, in words; the code itself when unknown */
    public static String rule(String rule) {
        return rule == null ? "" : RULES.getOrDefault(rule.trim(), rule.trim());
    }

    /** the short form with S and K spelled out: {@code S (旧ただし書所得の合計) = 2,450,000 円 > 2,100,000 円} */
    public static String explain(String basis) {
        if (basis == null || basis.isBlank()) {
            return basis == null ? "" : basis;
        }
        return basis.trim()
                .replace("S=", "S (" + S_MEANING + ") = ")
                .replace("K=", "K (" + K_MEANING + ") = ")
                .replace("収入合計=", "収入の合計 = ")
                .replace("収入(特定同一世帯所属者を含む)=", "収入 (特定同一世帯所属者を含む) = ")
                .replace("旧ただし書所得合計=", "旧ただし書所得の合計 = ")
                .replace("収入=", "収入 = ")
                .replace(">=", "≧")
                .replace("<=", "≦")
                .replace("; ", "、");
    }
}
