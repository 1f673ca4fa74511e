package jp.kokuho.hub.incomeclass;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** 所得区分判定 (rules/income-class.md): every rule, every boundary, every worked example. */
class IncomeClassJudgeTest {

    static final YearMonth SEP_2026 = YearMonth.of(2026, 9);
    static final IncomeClassJudge JUDGE = new IncomeClassJudge(IncomeClassRules.spec());

    // ---- household builder -------------------------------------------------------------------------------
    static final class H {
        final List<Member> members = new ArrayList<>();
        int seq;

        /** a 被保険者 of the given age in 2026-09 (born 2026-09-15 minus age, so not yet birthday-crossing) */
        H ins(int age, TaxFigures tax) {
            return add(1, false, LocalDate.of(2026 - age, 3, 15), tax);
        }

        H head(int age, TaxFigures tax) {
            return add(1, true, LocalDate.of(2026 - age, 3, 15), tax);
        }

        H fictitiousHead(TaxFigures tax) {
            return add(2, true, LocalDate.of(1960, 3, 15), tax);
        }

        H sameHousehold(boolean head, TaxFigures tax) {
            return add(3, head, LocalDate.of(1948, 3, 15), tax);
        }

        H born(LocalDate birth, boolean head, TaxFigures tax) {
            return add(1, head, birth, tax);
        }

        H add(int type, boolean head, LocalDate birth, TaxFigures tax) {
            seq++;
            boolean insured = type == 1;
            members.add(new Member("0000000001", String.format("%015d", seq), insured ? "00000001" : null,
                    insured ? String.format("%02d", seq) : null, birth, type, head,
                    insured ? LocalDate.of(2020, 4, 1) : null, type == 3 ? LocalDate.of(2023, 3, 15) : null, tax));
            if (members.stream().noneMatch(Member::head) && seq > 0 && !head) {
                // the first member is the head unless one is named
            }
            return this;
        }

        List<Judgement> judge(YearMonth m) {
            List<Member> list = new ArrayList<>(members);
            if (list.stream().noneMatch(Member::head)) {
                Member first = list.get(0);
                list.set(0, new Member(first.householdNo(), first.personNo(), first.insuredNo(), first.branchNo(),
                        first.birthDate(), first.memberType(), true, first.acquiredOn(), first.lostOn(), first.tax()));
            }
            return JUDGE.judge(m, list);
        }

        String classes(YearMonth m) {
            return String.join(" ", judge(m).stream().map(j -> j.incomeClass().name()).toList());
        }
    }

    static H household() {
        return new H();
    }

    /** 課税 with 総所得金額等 / 課税標準額 / 収入 (as 給与収入) */
    static TaxFigures taxed(long total, long taxable, long revenue) {
        return new TaxFigures(1, 1, total, taxable, revenue, Math.min(total, revenue), 0, 0, 0);
    }

    static TaxFigures taxed(long total) {
        return taxed(total, 0, 0);
    }

    static TaxFigures nonTaxable(long pensionRevenue, long pensionIncome) {
        return new TaxFigures(1, 2, pensionIncome, 0, 0, 0, pensionRevenue, pensionIncome, 0);
    }

    static TaxFigures nonTaxable() {
        return nonTaxable(0, 0);
    }

    static TaxFigures none() {
        return TaxFigures.unreported();
    }

    // ---- worked examples -----------------------------------------------------------------------------------
    static Stream<Arguments> workedExamples() {
        return Stream.of(
                Arguments.of(1, household().ins(40, taxed(3_000_000, 2_000_000, 4_500_000)), "A3"),
                Arguments.of(2, household().ins(40, taxed(2_530_000)), "A4"),
                Arguments.of(3, household().ins(45, taxed(5_000_000)).ins(43, taxed(2_000_000)), "A2 A2"),
                Arguments.of(4, household().fictitiousHead(taxed(8_000_000)).ins(20, nonTaxable()), "A4"),
                Arguments.of(5, household().head(50, nonTaxable()).ins(48, nonTaxable()), "A5 A5"),
                Arguments.of(6, household().head(50, taxed(1_000_000)).ins(19, none()), "A1 A1"),
                Arguments.of(7, household().ins(72, taxed(2_000_000, 1_500_000, 3_500_000)), "B4"),
                Arguments.of(8, household().ins(72, taxed(4_500_000, 4_000_000, 6_000_000)), "B2"),
                Arguments.of(9, household().ins(73, taxed(3_000_000, 1_450_000, 4_000_000))
                        .ins(71, taxed(500_000, 0, 1_000_000)), "B4 B4"),
                Arguments.of(10, household().head(72, nonTaxable(700_000, 0)), "B6"),
                Arguments.of(11, household().head(72, nonTaxable(1_000_000, 0)), "B5"),
                Arguments.of(15, household().ins(72, taxed(500_000, 0, 1_000_000))
                        .ins(65, taxed(9_600_000, 8_000_000, 11_000_000)), "A1 B4"),
                Arguments.of(16, household().head(72, taxed(5_000_000, 1_700_000, 6_000_000))
                        .born(LocalDate.of(2016, 3, 15), false, nonTaxable())
                        .born(LocalDate.of(2009, 3, 15), false, nonTaxable()), "A3 A3 B4"));
    }

    @ParameterizedTest(name = "example {0} -> {2}")
    @MethodSource("workedExamples")
    void workedExamplesOfTheSpec(int example, H household, String expected) {
        assertThat(household.classes(SEP_2026)).isEqualTo(expected);
    }

    @Test
    void example6IsForcedByUnreported() {
        List<Judgement> j = household().head(50, taxed(1_000_000)).ins(19, none()).judge(SEP_2026);
        assertThat(j).allSatisfy(x -> assertThat(x.unreported()).isTrue()).allSatisfy(x -> assertThat(x.rule()).isEqualTo("U70-1"));
    }

    @Test
    void example16ReducesTheHeadsTaxableIncomeForTheChildren() {
        Judgement senior = household().head(72, taxed(5_000_000, 1_700_000, 6_000_000))
                .born(LocalDate.of(2016, 3, 15), false, nonTaxable())
                .born(LocalDate.of(2009, 3, 15), false, nonTaxable()).judge(SEP_2026).stream()
                .filter(x -> x.ageGroup() == 2).findFirst().orElseThrow();
        assertThat(senior.k()).isEqualTo(1_250_000L);
        assertThat(senior.rule()).isEqualTo("S70-3");
    }

    @Test
    void example1Basis() {
        Judgement j = household().ins(40, taxed(3_000_000, 2_000_000, 4_500_000)).judge(SEP_2026).get(0);
        assertThat(j.s()).isEqualTo(2_570_000L);
        assertThat(j.basis()).isEqualTo("S=2,570,000 > 2,100,000");
        assertThat(j.taxYear()).isEqualTo(2026);
    }

    // ---- under 70: boundaries (> versus =) ---------------------------------------------------------------
    @ParameterizedTest(name = "S={0} -> {1}")
    @CsvSource({
            "9010001, A1", "9010000, A2", "6000001, A2", "6000000, A3", "2100001, A3", "2100000, A4", "0, A4"})
    void under70ByS(long s, String expected) {
        assertThat(household().ins(40, taxed(s + 430_000)).classes(SEP_2026)).isEqualTo(expected);
    }

    @Test
    void basicDeductionIs330000UntilTaxYear2020() {
        // 2021-07 uses 課税年度 2020: 2,430,000 − 330,000 = 2,100,000 (エ); 2021-08 uses 2021: 2,000,000 (エ)
        assertThat(household().ins(40, taxed(2_430_001)).classes(YearMonth.of(2021, 7))).isEqualTo("A3");
        assertThat(household().ins(40, taxed(2_430_000)).classes(YearMonth.of(2021, 7))).isEqualTo("A4");
        assertThat(household().ins(40, taxed(2_530_001)).classes(YearMonth.of(2021, 8))).isEqualTo("A3");
    }

    @Test
    void nonTaxableHeadOnlyWhenTheHeadIsNonTaxableToo() {
        assertThat(household().fictitiousHead(nonTaxable()).ins(30, nonTaxable()).classes(SEP_2026)).isEqualTo("A5");
        assertThat(household().fictitiousHead(none()).ins(30, nonTaxable()).classes(SEP_2026))
                .as("an unreported head is never 非課税; 未申告 of a non-insured head does not force ア").isEqualTo("A4");
        assertThat(household().fictitiousHead(taxed(0)).ins(30, nonTaxable()).classes(SEP_2026)).isEqualTo("A4");
    }

    @Test
    void unreportedCountsAsZeroAndForcesA1ForUnder70() {
        assertThat(household().ins(40, none()).classes(SEP_2026)).isEqualTo("A1");
        assertThat(household().ins(40, new TaxFigures(1, 3, 0, 0, 0, 0, 0, 0, 0)).classes(SEP_2026)).isEqualTo("A1");
    }

    // ---- 70–74 -------------------------------------------------------------------------------------------
    @ParameterizedTest(name = "K={0}, 収入={1}, 総所得={2} -> {3}")
    @CsvSource({
            // K below / at the candidate threshold
            "1449999, 9000000, 9000000, B4",
            "1450000, 3829999, 9000000, B4",
            "1450000, 3830000, 9000000, B3",
            // 旧ただし書所得 ≤ 2,100,000 → 一般
            "1450000, 3830000, 2530000, B4",
            "1450000, 3830000, 2530001, B3",
            "3799999, 5000000, 9000000, B3",
            "3800000, 5000000, 9000000, B2",
            "6899999, 9000000, 9000000, B2",
            "6900000, 9000000, 9000000, B1"})
    void singleSenior(long k, long revenue, long total, String expected) {
        assertThat(household().ins(72, taxed(total, k, revenue)).classes(SEP_2026)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "two seniors, 収入 sum {0} -> {1}")
    @CsvSource({"5199999, B4 B4", "5200000, B3 B3"})
    void twoSeniorsRevenueSum(long sum, String expected) {
        assertThat(household().ins(73, taxed(3_000_000, 1_450_000, sum - 1_000_000))
                .ins(71, taxed(2_000_000, 0, 1_000_000)).classes(SEP_2026)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "one senior 収入 4,000,000 with 特定同一世帯所属者 收入 {0} -> {1}")
    @CsvSource({"1199999, B4", "1200000, B3"})
    void specificSameHouseholdMemberCountsForTheRevenueTest(long theirs, String expected) {
        assertThat(household().sameHousehold(true, taxed(1_000_000, 0, theirs))
                .ins(72, taxed(3_000_000, 1_500_000, 4_000_000)).classes(SEP_2026)).isEqualTo(expected);
        // without them: 4,000,000 ≥ 3,830,000 → not 一般 by 収入
        assertThat(household().ins(72, taxed(3_000_000, 1_500_000, 4_000_000)).classes(SEP_2026)).isEqualTo("B3");
    }

    @Test
    void specificSameHouseholdHeadCountsAsHeadForNonTaxable() {
        assertThat(household().sameHousehold(true, nonTaxable()).ins(72, nonTaxable()).classes(SEP_2026)).isEqualTo("B6");
        assertThat(household().sameHousehold(true, taxed(100_000)).ins(72, nonTaxable()).classes(SEP_2026)).isEqualTo("B4");
        assertThat(household().sameHousehold(true, nonTaxable(900_000, 100_000)).ins(72, nonTaxable()).classes(SEP_2026))
                .as("the head's 低所得Ⅰ所得 counts").isEqualTo("B5");
    }

    @ParameterizedTest(name = "低所得Ⅰ所得: pension {0}, salary income {1}, total {2}, pension income {3} -> {4}")
    @CsvSource({
            "800000, 0, 0, 0, B6", "800001, 1, 1, 0, B5",
            "0, 100000, 100000, 0, B6", "0, 100001, 100001, 0, B5",
            "1000000, 0, 200000, 200000, B5"})
    void lowIncomeI(long pension, long salaryIncome, long total, long pensionIncome, String expected) {
        TaxFigures t = new TaxFigures(1, 2, total, 0, salaryIncome, salaryIncome, pension, pensionIncome, 0);
        assertThat(household().head(72, t).classes(SEP_2026)).isEqualTo(expected);
    }

    @Test
    void lowIncomeNeedsEveryInsuredOfBothGroups() {
        assertThat(household().head(72, nonTaxable()).ins(60, nonTaxable(0, 0)).classes(SEP_2026)).isEqualTo("A5 B6");
        assertThat(household().head(72, nonTaxable()).ins(60, new TaxFigures(1, 2, 500_000, 0, 600_000, 500_000, 0, 0, 0))
                .classes(SEP_2026)).isEqualTo("A5 B5");
    }

    @Test
    void seniorUnreportedGivesGeneralWithUnreportedFlag() {
        List<Judgement> j = household().ins(72, none()).judge(SEP_2026);
        assertThat(j).singleElement().satisfies(x -> {
            assertThat(x.incomeClass()).isEqualTo(IncomeClass.B4);
            assertThat(x.unreported()).isTrue();
            assertThat(x.rule()).isEqualTo("S70-3");
        });
        // an unreported non-insured head flags 70–74 members too
        assertThat(household().fictitiousHead(none()).ins(72, taxed(100_000)).judge(SEP_2026).get(0).unreported()).isTrue();
        assertThat(household().fictitiousHead(taxed(1)).ins(72, taxed(100_000)).judge(SEP_2026).get(0).unreported()).isFalse();
    }

    @Test
    void kIsTheMaximumOverTheSeniors() {
        assertThat(household().ins(73, taxed(9_000_000, 7_000_000, 9_000_000))
                .ins(71, taxed(0, 0, 0)).judge(SEP_2026).get(0).k()).isEqualTo(7_000_000L);
    }

    // ---- 年少扶養控除 adjustment -------------------------------------------------------------------------
    @ParameterizedTest(name = "child born {0}, 総所得 {1} -> K {2}")
    @CsvSource({
            "2025-12-31, 0, 1670000",      // born on 31 Dec of Y−1: counts, under 16
            "2026-01-01, 0, 2000000",      // born in Y: does not count
            "2010-01-01, 0, 1670000",      // reaches 16 on 2026-01-01 → attained 2025-12-31? no: the day before is 2025-12-31 → 16
            "2010-01-02, 0, 1670000",      // 15 on 2025-12-31 → under 16
            "2007-01-02, 0, 1880000",      // 18 on 2025-12-31 → 120,000
            "2007-01-01, 0, 2000000",      // 19 on 2025-12-31 (attained the day before the birthday)
            "2012-06-01, 380000, 1670000", // 総所得 ≤ 380,000 counts
            "2012-06-01, 380001, 2000000"})
    void youngDependantAdjustment(LocalDate childBirth, long childIncome, long expectedK) {
        long expected = expectedK;
        // 2010-01-01: age on 2025-12-31 = 16 (attained on 2025-12-31) → 120,000, K 1,880,000
        if (childBirth.equals(LocalDate.of(2010, 1, 1))) {
            expected = 1_880_000;
        }
        TaxFigures childTax = new TaxFigures(1, 1, childIncome, 0, 0, 0, 0, 0, 0);
        Judgement senior = household().head(72, taxed(5_000_000, 2_000_000, 9_000_000))
                .born(childBirth, false, childTax).judge(SEP_2026).stream().filter(x -> x.ageGroup() == 2)
                .findFirst().orElseThrow();
        assertThat(senior.k()).isEqualTo(expected);
    }

    @Test
    void adjustmentOnlyForTheHeadAndNeverBelowZero() {
        Judgement notHead = household().head(45, taxed(100)).ins(72, taxed(5_000_000, 2_000_000, 9_000_000))
                .born(LocalDate.of(2015, 5, 5), false, none()).judge(SEP_2026).stream()
                .filter(x -> x.ageGroup() == 2).findFirst().orElseThrow();
        assertThat(notHead.k()).isEqualTo(2_000_000L);
        Judgement floor = household().head(72, taxed(5_000_000, 100_000, 9_000_000))
                .born(LocalDate.of(2015, 5, 5), false, none()).judge(SEP_2026).stream()
                .filter(x -> x.ageGroup() == 2).findFirst().orElseThrow();
        assertThat(floor.k()).isZero();
    }

    // ---- the August switch -------------------------------------------------------------------------------
    @ParameterizedTest(name = "{0} -> 課税年度 {1}")
    @CsvSource({"2026-07, 2025", "2026-08, 2026", "2026-12, 2026", "2027-01, 2026", "2027-07, 2026", "2027-08, 2027"})
    void augustSwitch(String month, int taxYear) {
        assertThat(IncomeClassJudge.taxYearOf(YearMonth.parse(month))).isEqualTo(taxYear);
    }

    // ---- 70歳到達 ------------------------------------------------------------------------------------------
    @ParameterizedTest(name = "born {0}: first 70–74 month {1}")
    @CsvSource({
            "1956-09-15, 2026-10", // example 12
            "1956-10-01, 2026-10", // example 13: born on the 1st
            "1956-09-30, 2026-10",
            "1956-09-02, 2026-10",
            "1956-09-01, 2026-09",
            "1956-12-31, 2027-01",
            "1956-01-01, 2026-01",
            "1956-02-29, 2026-03"})
    void seventiethBirthday(LocalDate birth, String firstMonth) {
        assertThat(Ages.firstSeniorMonth(birth)).isEqualTo(YearMonth.parse(firstMonth));
        assertThat(Ages.isSenior(birth, YearMonth.parse(firstMonth).minusMonths(1))).isFalse();
        assertThat(Ages.isSenior(birth, YearMonth.parse(firstMonth))).isTrue();
    }

    @Test
    void examples12And13() {
        H e12 = household().born(LocalDate.of(1956, 9, 15), true, taxed(100_000));
        assertThat(e12.judge(YearMonth.of(2026, 9)).get(0).ageGroup()).isEqualTo(1);
        assertThat(e12.judge(YearMonth.of(2026, 10)).get(0).ageGroup()).isEqualTo(2);
        H e13 = household().born(LocalDate.of(1956, 10, 1), true, taxed(100_000));
        assertThat(e13.judge(YearMonth.of(2026, 9)).get(0).ageGroup()).isEqualTo(1);
        assertThat(e13.judge(YearMonth.of(2026, 10)).get(0).ageGroup()).isEqualTo(2);
    }

    @Test
    void example14AugustSwitchUsesTheYearsRecord() {
        // the production service chooses the 課税年度's record; here the judge sees the one of each year
        assertThat(household().ins(40, taxed(2_000_000)).classes(YearMonth.of(2026, 7))).isEqualTo("A4");
        assertThat(household().ins(40, taxed(3_000_000)).classes(YearMonth.of(2026, 8))).isEqualTo("A3");
    }

    // ---- who is insured in M -------------------------------------------------------------------------------
    @ParameterizedTest(name = "取得 {0}, 喪失 {1} -> insured in 2026-09: {2}")
    @CsvSource({
            "2026-09-30, , true", "2026-10-01, , false",
            "2020-04-01, 2026-09-01, false", "2020-04-01, 2026-09-02, true", "2020-04-01, 2026-10-01, true"})
    void insuredInMonth(LocalDate acquired, LocalDate lost, boolean insured) {
        Member m = new Member("1", "1", "1", "01", LocalDate.of(1980, 1, 1), 1, true, acquired, lost, none());
        assertThat(m.insuredIn(SEP_2026)).isEqualTo(insured);
    }

    @Test
    void householdWithoutInsuredInTheMonthGivesNothingAndLeftMembersDoNotCount() {
        List<Member> h = List.of(
                new Member("1", "1", "1", "01", LocalDate.of(1980, 1, 1), 1, true, LocalDate.of(2020, 1, 1),
                        LocalDate.of(2026, 9, 1), taxed(20_000_000)),
                new Member("1", "2", "1", "02", LocalDate.of(1985, 1, 1), 1, false, LocalDate.of(2020, 1, 1), null,
                        taxed(1_000_000)));
        assertThat(JUDGE.judge(SEP_2026, h)).singleElement().satisfies(j -> {
            assertThat(j.incomeClass()).isEqualTo(IncomeClass.A4);
            assertThat(j.s()).isEqualTo(570_000L);
        });
        assertThat(JUDGE.judge(YearMonth.of(2030, 1), List.of(h.get(0)))).isEmpty();
    }

    // ---- 情報源区分 precedence -----------------------------------------------------------------------------
    @ParameterizedTest(name = "records {0} -> source {1}")
    @CsvSource({
            "'1:1 2:1 3:1', 1", "'2:1 3:2', 3", "'2:2', 2", "'1:3 2:1', 2", "'1:3 3:3', 0", "'3:3 2:2', 2",
            "'1:2 3:1', 1", "'', 0"})
    void sourcePrecedence(String records, int source) {
        List<TaxFigures> list = new ArrayList<>();
        for (String r : records.split(" ")) {
            if (!r.isEmpty()) {
                String[] p = r.split(":");
                list.add(new TaxFigures(Integer.parseInt(p[0]), Integer.parseInt(p[1]), 1, 1, 1, 1, 1, 1, 1));
            }
        }
        TaxFigures chosen = TaxFigures.choose(list);
        assertThat(chosen.source()).isEqualTo(source);
        assertThat(chosen.isUnreported()).isEqualTo(source == 0);
    }

    @Test
    void parametersByTaxYear() {
        assertThat(IncomeClassRules.spec().forTaxYear(2020).basicDeduction()).isEqualTo(330_000);
        assertThat(IncomeClassRules.spec().forTaxYear(2021).basicDeduction()).isEqualTo(430_000);
        assertThat(IncomeClassRules.spec().forTaxYear(2030).basicDeduction()).isEqualTo(430_000);
    }

    @Test
    void amountsInTheBasisAreWrittenAsJapaneseNumbers() {
        java.text.NumberFormat japan = java.text.NumberFormat.getIntegerInstance(java.util.Locale.JAPAN);
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        List<Long> amounts = new ArrayList<>(List.of(0L, 1L, 999L, 1_000L, 99_999L, 100_000L, 2_570_000L,
                -1L, -1_000L, -123_456_789L, Long.MAX_VALUE, Long.MIN_VALUE));
        for (int i = 0; i < 20_000; i++) {
            amounts.add(random.nextLong() >> random.nextInt(64));
        }
        for (long amount : amounts) {
            assertThat(IncomeClassJudge.yen(amount)).as("%d", amount).isEqualTo(japan.format(amount));
        }
    }
}
