package jp.kokuho.hub.arrears;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.util.Objects;

/**
 * 滞納区分 (rules/arrears.md, 6.3.1.1). Per household at 基準年月日 D:
 * an installment is unpaid when 調定額 − 収納額 &gt; 0 and 納期限 &lt; D ({@link #UNPAID_SQL}: PostgreSQL tallies
 * the installments); t = the oldest unpaid 納期限; then the class, in plain Java:
 * 0 no unpaid installment, 9 特別事情区分 1 and D &gt; t + {@code specialMedicalAfter}, 3 D &gt; t +
 * {@code suspensionAfter}, 2 D &gt; t + {@code specialMedicalAfter}, else 1. Per 被保険者: a child (D on or
 * before the first 31 March on or after the day they reach 18) is never class 2 (gets 1); 3 and 9 stay.
 * Every installment counts whatever its 賦課年度; an over-payment on one is not set against another.
 */
public final class ArrearsRule {

    /** the age of the 18歳年度末 rule for children */
    static final int CHILD_AGE = 18;

    private final Period specialMedicalAfter;
    private final Period suspensionAfter;

    /**
     * @param specialMedicalAfter the period after t from which class 2 (and 9) applies: 1 year
     * @param suspensionAfter     the period after t from which class 3 applies: 1 year 6 months
     */
    public ArrearsRule(Period specialMedicalAfter, Period suspensionAfter) {
        this.specialMedicalAfter = Objects.requireNonNull(specialMedicalAfter, "specialMedicalAfter");
        this.suspensionAfter = Objects.requireNonNull(suspensionAfter, "suspensionAfter");
        if (specialMedicalAfter.isNegative() || suspensionAfter.isNegative()) {
            throw new IllegalArgumentException("arrears periods must not be negative");
        }
    }

    /** the rule's defaults: 1 year and 1 year 6 months ({@code plusYears(1)}, {@code plusMonths(18)}) */
    public static ArrearsRule standard() {
        return new ArrearsRule(Period.ofYears(1), Period.ofMonths(18));
    }

    /**
     * An installment is unpaid at D when 調定額 − 収納額 &gt; 0 and its 納期限 is before D: the one definition of
     * "unpaid", a SQL condition over the IF-COL table's columns {@code assessed}, {@code paid}, {@code due_date} and
     * a date {@code base_date} (D). The job tallies each household's installments with it in PostgreSQL (t, 未納額,
     * 未納期数, 特別事情区分 of any row: {@code arrears.job.ArrearsSource}, tested row by row by
     * {@code it.ArrearsTallyIT}); there is no Java twin. Java judges the tally ({@link #judge}).
     */
    public static final String UNPAID_SQL = "assessed - paid > 0 and due_date < base_date";

    /** The household's class from t (null: nothing unpaid) and its 特別事情区分. */
    public ArrearsClass householdClass(LocalDate baseDate, LocalDate oldestUnpaidDue, boolean specialCircumstance) {
        if (oldestUnpaidDue == null) {
            return ArrearsClass.NONE;
        }
        boolean pastFirst = baseDate.isAfter(oldestUnpaidDue.plus(specialMedicalAfter));
        if (specialCircumstance && pastFirst) {
            return ArrearsClass.SPECIAL_CIRCUMSTANCE;
        }
        if (baseDate.isAfter(oldestUnpaidDue.plus(suspensionAfter))) {
            return ArrearsClass.SUSPENSION;
        }
        if (pastFirst) {
            return ArrearsClass.SPECIAL_MEDICAL;
        }
        return ArrearsClass.ARREARS;
    }

    /** A member's class: a child's 2 becomes 1; everything else is the household's class. */
    public static ArrearsClass memberClass(ArrearsClass household, LocalDate birthDate, LocalDate baseDate) {
        if (household == ArrearsClass.SPECIAL_MEDICAL && isChild(birthDate, baseDate)) {
            return ArrearsClass.ARREARS;
        }
        return household;
    }

    /**
     * 18歳年度末: D is on or before the first 31 March on or after the day the person reaches 18 (the day before
     * the 18th birthday, as 年齢計算ニ関スル法律 counts). Born 1 April 2008: reaches 18 on 31 March 2026, child up
     * to 31 March 2026; born 2 April 2008: reaches 18 on 1 April 2026, child up to 31 March 2027.
     */
    public static boolean isChild(LocalDate birthDate, LocalDate baseDate) {
        return !baseDate.isAfter(childUntil(birthDate));
    }

    /** the last day on which a person born on {@code birthDate} is a child for this rule */
    public static LocalDate childUntil(LocalDate birthDate) {
        LocalDate reaches = birthDate.plusYears(CHILD_AGE).minusDays(1);
        LocalDate march31 = LocalDate.of(reaches.getYear(), Month.MARCH, 31);
        return reaches.isAfter(march31) ? march31.plusYears(1) : march31;
    }

    /** 資格取得年月日 ≤ D &lt; 資格喪失年月日 (absent: still insured), as in the 資格確認 (2.1.1). */
    public static boolean insuredOn(LocalDate acquiredOn, LocalDate lostOn, LocalDate baseDate) {
        return acquiredOn != null && !baseDate.isBefore(acquiredOn) && (lostOn == null || baseDate.isBefore(lostOn));
    }

    /**
     * The household's judgement from its tally: t (null: nothing unpaid), 未納額, 未納期数 and whether any row has
     * 特別事情区分 1.
     */
    public HouseholdArrears judge(LocalDate baseDate, LocalDate oldestUnpaidDue, long unpaidAmount, int unpaidCount,
                                  boolean specialCircumstance) {
        return new HouseholdArrears(householdClass(baseDate, oldestUnpaidDue, specialCircumstance), oldestUnpaidDue,
                unpaidAmount, unpaidCount);
    }
}
