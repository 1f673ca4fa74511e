package jp.kokuho.hub.incomeclass;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 所得区分判定 of one household for one month (rules/income-class.md). Plain Java: the members come in, one
 * {@link Judgement} per 被保険者 insured in the month goes out.
 */
public final class IncomeClassJudge {

    /**
     * The version of this rule's code, recorded with every judged month: a month judged by another version is judged
     * again by its next monthly run. Raise it with any change that can change a result or its 判定根拠.
     */
    public static final int VERSION = 1;

    private final IncomeClassRules rules;

    public IncomeClassJudge(IncomeClassRules rules) {
        this.rules = rules;
    }

    /** 課税年度 of a month: the August switch */
    public static int taxYearOf(YearMonth month) {
        return month.getMonthValue() >= 8 ? month.getYear() : month.getYear() - 1;
    }

    /** 旧ただし書所得 */
    public static long oldProvisoIncome(TaxFigures t, TaxYearRules r) {
        return t.isUnreported() ? 0 : Math.max(0, t.totalIncome() - r.basicDeduction());
    }

    /** 収入 */
    public static long revenue(TaxFigures t) {
        return t.isUnreported() ? 0 : t.salaryRevenue() + t.pensionRevenue() + t.otherRevenue();
    }

    /** 低所得Ⅰ所得 */
    public static long lowIIncome(TaxFigures t, TaxYearRules r) {
        if (t.isUnreported()) {
            return 0;
        }
        return Math.max(0, t.pensionRevenue() - r.lowIPensionDeduction())
                + Math.max(0, t.salaryIncome() - r.lowISalaryDeduction())
                + Math.max(0, t.totalIncome() - t.salaryIncome() - t.pensionIncome());
    }

    /**
     * Judges the household (every member the snapshot lists under one 世帯番号, with their chosen tax records
     * for {@link #taxYearOf(YearMonth) the month's 課税年度}). Returns nothing when no one is insured in the month.
     */
    public List<Judgement> judge(YearMonth month, List<Member> household) {
        int taxYear = taxYearOf(month);
        TaxYearRules r = rules.forTaxYear(taxYear);
        List<Member> insured = household.stream().filter(m -> m.insuredIn(month)).toList();
        if (insured.isEmpty()) {
            return List.of();
        }
        Member head = household.stream().filter(Member::head).findFirst().orElse(null);
        List<Member> seniors = insured.stream().filter(m -> Ages.isSenior(m.birthDate(), month)).toList();
        List<Member> juniors = insured.stream().filter(m -> !Ages.isSenior(m.birthDate(), month)).toList();
        boolean allNonTaxable = (head == null || head.tax().isNonTaxable())
                && insured.stream().allMatch(m -> m.tax().isNonTaxable());
        boolean someUnreported = (head != null && head.tax().isUnreported())
                || insured.stream().anyMatch(m -> m.tax().isUnreported());
        String membersKey = insured.stream().map(Member::personNo).sorted().collect(Collectors.joining(","))
                + "/" + (head == null ? "" : head.personNo());

        List<Judgement> out = new ArrayList<>(insured.size());
        if (!juniors.isEmpty()) {
            long s = 0;
            long revenue = 0;
            for (Member m : insured) {
                s += oldProvisoIncome(m.tax(), r);
                revenue += revenue(m.tax());
            }
            IncomeClass c;
            String rule;
            String basis;
            boolean unreported = false;
            if (insured.stream().anyMatch(m -> m.tax().isUnreported())) {
                c = IncomeClass.A1;
                rule = "U70-1";
                basis = "未申告の被保険者あり";
                unreported = true;
            } else if (allNonTaxable) {
                c = IncomeClass.A5;
                rule = "U70-2";
                basis = "世帯主・被保険者全員非課税";
            } else if (s > r.under70ClassA()) {
                c = IncomeClass.A1;
                rule = "U70-3";
                basis = "S=" + yen(s) + " > " + yen(r.under70ClassA());
            } else if (s > r.under70ClassI()) {
                c = IncomeClass.A2;
                rule = "U70-4";
                basis = "S=" + yen(s) + " > " + yen(r.under70ClassI());
            } else if (s > r.under70ClassU()) {
                c = IncomeClass.A3;
                rule = "U70-5";
                basis = "S=" + yen(s) + " > " + yen(r.under70ClassU());
            } else {
                c = IncomeClass.A4;
                rule = "U70-6";
                basis = "S=" + yen(s) + " <= " + yen(r.under70ClassU());
            }
            for (Member m : juniors) {
                out.add(new Judgement(m, 1, c, taxYear, unreported, rule, s, null, revenue, basis, membersKey));
            }
        }
        if (!seniors.isEmpty()) {
            long k = 0;
            long s = 0;
            long revenue = 0;
            for (Member m : seniors) {
                k = Math.max(k, taxableIncome(m, head, insured, taxYear, r));
                s += oldProvisoIncome(m.tax(), r);
                revenue += revenue(m.tax());
            }
            IncomeClass c = null;
            String rule = null;
            String basis = null;
            boolean unreported = false;
            if (k >= r.activeCandidate()) {
                String kText = "K=" + yen(k) + " >= " + yen(r.activeCandidate());
                List<Member> sameHousehold = household.stream().filter(Member::sameHouseholdStays).toList();
                if (seniors.size() == 1 && revenue < r.singleRevenueLimit()) {
                    c = IncomeClass.B4;
                    rule = "S70-1a";
                    basis = kText + "; 収入=" + yen(revenue) + " < " + yen(r.singleRevenueLimit());
                } else if (seniors.size() == 1 && !sameHousehold.isEmpty()) {
                    long withThem = revenue + sameHousehold.stream().mapToLong(m -> revenue(m.tax())).sum();
                    if (withThem < r.multiRevenueLimit()) {
                        c = IncomeClass.B4;
                        rule = "S70-1a";
                        revenue = withThem;
                        basis = kText + "; 収入(特定同一世帯所属者を含む)=" + yen(withThem) + " < " + yen(r.multiRevenueLimit());
                    }
                } else if (seniors.size() >= 2 && revenue < r.multiRevenueLimit()) {
                    c = IncomeClass.B4;
                    rule = "S70-1a";
                    basis = kText + "; 収入合計=" + yen(revenue) + " < " + yen(r.multiRevenueLimit());
                }
                if (c == null && s <= r.seniorOldProvisoLimit()) {
                    c = IncomeClass.B4;
                    rule = "S70-1b";
                    basis = kText + "; 旧ただし書所得合計=" + yen(s) + " <= " + yen(r.seniorOldProvisoLimit());
                }
                if (c == null) {
                    rule = "S70-1c";
                    if (k >= r.activeIII()) {
                        c = IncomeClass.B1;
                        basis = "K=" + yen(k) + " >= " + yen(r.activeIII());
                    } else if (k >= r.activeII()) {
                        c = IncomeClass.B2;
                        basis = "K=" + yen(k) + " >= " + yen(r.activeII());
                    } else {
                        c = IncomeClass.B3;
                        basis = "K=" + yen(k) + " < " + yen(r.activeII());
                    }
                }
            } else if (allNonTaxable) {
                rule = "S70-2";
                boolean allZero = (head == null || lowIIncome(head.tax(), r) == 0)
                        && insured.stream().allMatch(m -> lowIIncome(m.tax(), r) == 0);
                c = allZero ? IncomeClass.B6 : IncomeClass.B5;
                basis = "世帯主・被保険者全員非課税; 低所得Ⅰ所得" + (allZero ? "全員0" : ">0あり");
            } else {
                c = IncomeClass.B4;
                rule = "S70-3";
                unreported = someUnreported;
                basis = "K=" + yen(k) + " < " + yen(r.activeCandidate()) + (unreported ? "; 未申告あり" : "");
            }
            for (Member m : seniors) {
                out.add(new Judgement(m, 2, c, taxYear, unreported, rule, s, k, revenue, basis, membersKey));
            }
        }
        return out;
    }

    /**
     * 課税所得 of a 70–74 member: 課税標準額, reduced for the 年少扶養控除 when the member is the 世帯主.
     */
    static long taxableIncome(Member senior, Member head, List<Member> insured, int taxYear, TaxYearRules r) {
        if (senior.tax().isUnreported()) {
            return 0;
        }
        long k = senior.tax().taxableBase();
        if (head == null || !senior.personNo().equals(head.personNo())) {
            return k;
        }
        LocalDate yearEnd = LocalDate.of(taxYear - 1, 12, 31);
        long reduction = 0;
        for (Member child : insured) {
            if (child == senior || child.birthDate().isAfter(yearEnd)) {
                continue;
            }
            long childIncome = child.tax().isUnreported() ? 0 : child.tax().totalIncome();
            if (childIncome > r.childIncomeLimit()) {
                continue;
            }
            int age = Ages.ageOn(child.birthDate(), yearEnd);
            if (age < 16) {
                reduction += r.childUnder16Deduction();
            } else if (age <= 18) {
                reduction += r.child16To18Deduction();
            }
        }
        return Math.max(0, k - reduction);
    }

    /** {@code 2,570,000}: the amount with a comma every three digits (as NumberFormat for Locale.JAPAN, without its cost per call) */
    static String yen(long amount) {
        String text = Long.toString(amount);
        int sign = amount < 0 ? 1 : 0;
        int length = text.length() - sign;
        int first = sign + (length % 3 == 0 ? 3 : length % 3);
        StringBuilder b = new StringBuilder(text.length() + length / 3);
        b.append(text, 0, first);
        for (int i = first; i < text.length(); i += 3) {
            b.append(',').append(text, i, i + 3);
        }
        return b.toString();
    }
}
