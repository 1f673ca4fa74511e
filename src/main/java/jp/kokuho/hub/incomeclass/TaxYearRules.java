package jp.kokuho.hub.incomeclass;

/**
 * The amounts and thresholds of 所得区分判定 for one 課税年度 (rules/income-class.md), all in yen.
 * Configured under {@code hub.income-class.tax-years.<first 課税年度>} (config/application.yaml).
 *
 * @param basicDeduction          基礎控除 (旧ただし書所得 = 総所得金額等 − this)
 * @param under70ClassA           S &gt; this → ア
 * @param under70ClassI           S &gt; this → イ
 * @param under70ClassU           S &gt; this → ウ (else エ)
 * @param activeCandidate         K ≥ this → 現役並み candidate
 * @param singleRevenueLimit      基準収入額: one 70–74 member with 収入 &lt; this → 一般
 * @param multiRevenueLimit       基準収入額: two or more (or one with 特定同一世帯所属者) with 収入 sum &lt; this → 一般
 * @param seniorOldProvisoLimit   sum of 旧ただし書所得 over the 70–74 members ≤ this → 一般
 * @param activeIII               K ≥ this → 現役並みⅢ
 * @param activeII                K ≥ this → 現役並みⅡ (else Ⅰ)
 * @param lowIPensionDeduction    低所得Ⅰ所得: 公的年金等収入 − this
 * @param lowISalaryDeduction     低所得Ⅰ所得: 給与所得 − this
 * @param childUnder16Deduction   年少扶養控除 adjustment per child under 16
 * @param child16To18Deduction    年少扶養控除 adjustment per child aged 16–18
 * @param childIncomeLimit        a child counts when their 総所得金額等 ≤ this
 */
public record TaxYearRules(
        long basicDeduction,
        long under70ClassA,
        long under70ClassI,
        long under70ClassU,
        long activeCandidate,
        long singleRevenueLimit,
        long multiRevenueLimit,
        long seniorOldProvisoLimit,
        long activeIII,
        long activeII,
        long lowIPensionDeduction,
        long lowISalaryDeduction,
        long childUnder16Deduction,
        long child16To18Deduction,
        long childIncomeLimit) {

    /** The values of the spec for 課税年度 2021 and later (基礎控除 430,000). */
    public static TaxYearRules spec2021() {
        return new TaxYearRules(430_000, 9_010_000, 6_000_000, 2_100_000, 1_450_000, 3_830_000, 5_200_000,
                2_100_000, 6_900_000, 3_800_000, 800_000, 100_000, 330_000, 120_000, 380_000);
    }

    /** As {@link #spec2021()} with 基礎控除 330,000 (課税年度 2020 and earlier). */
    public static TaxYearRules spec2020() {
        TaxYearRules r = spec2021();
        return new TaxYearRules(330_000, r.under70ClassA, r.under70ClassI, r.under70ClassU, r.activeCandidate,
                r.singleRevenueLimit, r.multiRevenueLimit, r.seniorOldProvisoLimit, r.activeIII, r.activeII,
                r.lowIPensionDeduction, r.lowISalaryDeduction, r.childUnder16Deduction, r.child16To18Deduction,
                r.childIncomeLimit);
    }
}
