package jp.kokuho.hub.incomeclass;

/**
 * The class of one 被保険者 in one month, with its 判定根拠.
 *
 * @param ageGroup     1 70歳未満, 2 70–74
 * @param unreported   未申告区分 (IF-AGG-INC)
 * @param rule         the rule that decided, e.g. {@code U70-5} (rules/income-class.md, list and number)
 * @param s            S (under 70: over every 被保険者; 70–74: sum of 旧ただし書所得 over the 70–74 members)
 * @param k            K, max adjusted 課税所得 over the 70–74 members (null for under 70)
 * @param revenue      収入 sum used by the 基準収入額 test (70–74; for under 70 the household's 被保険者)
 * @param basis        判定根拠 as text for staff, e.g. {@code S=2,450,000 > 2,100,000}
 * @param membersKey   the counted members (for 変更事由 世帯異動)
 */
public record Judgement(Member member, int ageGroup, IncomeClass incomeClass, int taxYear, boolean unreported,
                        String rule, long s, Long k, long revenue, String basis, String membersKey) {
}
