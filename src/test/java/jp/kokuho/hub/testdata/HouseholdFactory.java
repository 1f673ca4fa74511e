package jp.kokuho.hub.testdata;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import jp.kokuho.hub.testdata.Household.Payment;
import jp.kokuho.hub.testdata.Household.Scenario;
import jp.kokuho.hub.testdata.Person.TaxMode;

/**
 * Builds one household at a time, deterministically from (seed, household index): each household has
 * its own {@link SplittableRandom} streams (composition / IF-TAX / IF-COL), so a household is the same
 * whichever feeds are written and the population never needs to be held in memory.
 *
 * <p>Numbering (household-derived, stable for a second pass):
 * 世帯番号 = 1000000000 + index + 1 (10 digits); 宛名番号 = "2" + 12-digit (index + 1) + 2-digit member
 * number (15 digits); 被保険者番号 = 10000000 + index (8 digits, shared by the household), 枝番 = 01, 02, …
 * among its 構成員区分 1 members; 個人番号 = a bijection of the 宛名番号 plus the official check digit.
 */
final class HouseholdFactory {
    private static final int STREAM_MEMBERS = 1, STREAM_TAX = 2, STREAM_COL = 3, STREAM_CHANGE = 4;
    /** 期別 per fiscal year: 6月 … 翌3月, 納期限 the last day of the month. */
    static final int PERIODS_PER_YEAR = 10;

    private final long seed;
    private final String insurerNo;
    private final LocalDate baseDate;
    private final LocalDate createdOn;
    private final int[] taxYears;
    private final int colInstallmentsPerHousehold;

    HouseholdFactory(long seed, String insurerNo, LocalDate baseDate, LocalDate createdOn, int[] taxYears,
                     int colInstallmentsPerHousehold) {
        this.seed = seed;
        this.insurerNo = insurerNo;
        this.baseDate = baseDate;
        this.createdOn = createdOn;
        this.taxYears = taxYears.clone();
        this.colInstallmentsPerHousehold = colInstallmentsPerHousehold;
    }

    SplittableRandom random(long index, int stream) {
        long z = seed * 0x9E3779B97F4A7C15L + (index + 1) * 0xBF58476D1CE4E5B9L + stream * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new SplittableRandom(z ^ (z >>> 31));
    }

    // ------------------------------------------------------------------ composition (IF-QUA)

    /** 世帯人数 1–6, mean ≈ 1.7. */
    private static int drawSize(SplittableRandom r) {
        double x = r.nextDouble();
        return x < 0.57 ? 1 : x < 0.84 ? 2 : x < 0.92 ? 3 : x < 0.97 ? 4 : x < 0.99 ? 5 : 6;
    }

    Household build(long index, int maxSize) {
        SplittableRandom r = random(index, STREAM_MEMBERS);
        Scenario scenario = Scenario.forIndex(index);
        if (scenario != null && scenario.size > maxSize) {
            scenario = null;
        }
        Household h = new Household(index, String.format("%010d", 1_000_000_000L + index + 1), scenario);
        String[] family = Names.family(r);
        if (scenario != null) {
            buildScenario(h, scenario, r, family);
        } else {
            buildRandom(h, Math.min(drawSize(r), maxSize), r, family);
        }
        number(h, r);
        drawPayment(h);
        return h;
    }

    private void buildRandom(Household h, int size, SplittableRandom r, String[] family) {
        double kind = r.nextDouble();
        if (size >= 2 && kind < 0.10) {
            // 擬制世帯主: the head is not in 国保 (社保 or 後期高齢者医療), the family is
            int headAge = r.nextInt(35, 82);
            Person head = person(h, r, family, r.nextDouble() < 0.7 ? 1 : 2, headAge, Person.FICTIVE_HEAD, true);
            addFamily(h, r, family, head, size - 1, true);
        } else if (size >= 2 && kind < 0.18) {
            // 特定同一世帯所属者: moved to 後期高齢者医療 and stays in the household
            boolean oldIsHead = r.nextDouble() < 0.6;
            int sex = r.nextDouble() < 0.6 ? 1 : 2;
            person(h, r, family, sex, r.nextInt(75, 91), Person.SPECIFIC_SAME_HOUSEHOLD, oldIsHead);
            person(h, r, family, 3 - sex, r.nextInt(62, 75), Person.INSURED, !oldIsHead);
            for (int i = 2; i < size; i++) {
                person(h, r, family, 1 + r.nextInt(2), r.nextInt(30, 52), Person.INSURED, false);
            }
        } else {
            int headAge = size == 1 ? singleAge(r) : r.nextInt(24, 77);
            Person head = person(h, r, family, r.nextDouble() < 0.7 ? 1 : 2, headAge, Person.INSURED, true);
            addFamily(h, r, family, head, size - 1, false);
        }
    }

    /** Ages of one-person 国保 households: many retired people. */
    private static int singleAge(SplittableRandom r) {
        double x = r.nextDouble();
        return x < 0.22 ? r.nextInt(20, 40) : x < 0.42 ? r.nextInt(40, 60) : x < 0.72 ? r.nextInt(60, 70)
                : x < 0.96 ? r.nextInt(70, 75) : r.nextInt(75, 77);
    }

    private void addFamily(Household h, SplittableRandom r, String[] family, Person head, int others,
                           boolean headNotInsured) {
        int headAge = head.ageOn(baseDate);
        boolean spouse = others > 0 && r.nextDouble() < 0.75;
        if (spouse) {
            int age = Math.max(20, Math.min(76, headAge + r.nextInt(-6, 4)));
            person(h, r, family, 3 - head.sex, age, Person.INSURED, false);
            others--;
        }
        int maxChildAge = Math.max(0, Math.min(headAge - 20, 40));
        for (int i = 0; i < others; i++) {
            person(h, r, family, 1 + r.nextInt(2), r.nextInt(0, maxChildAge + 1), Person.INSURED, false);
        }
    }

    private void buildScenario(Household h, Scenario s, SplittableRandom r, String[] family) {
        switch (s) {
            case TRANSFER_IN_BASE_MONTH -> {
                Person p = person(h, r, family, 1, 34, Person.INSURED, true);
                LocalDate first = baseDate.withDayOfMonth(1);
                p.acquiredOn = first.plusDays(r.nextInt(0, (int) ChronoUnit.DAYS.between(first, baseDate) + 1));
                p.acquireReason = "01";
                p.previousInsurerNo = otherInsurer(r);
                p.lostOn = null;
                p.lossReason = null;
                p.taxMode = TaxMode.OTHER_MUNICIPALITY;
            }
            case FICTIVE_HEAD -> {
                Person head = person(h, r, family, 1, 52, Person.FICTIVE_HEAD, true);
                Person wife = person(h, r, family, 2, 48, Person.INSURED, false);
                Person child = person(h, r, family, 1, 15, Person.INSURED, false);
                noLoss(wife, child);
                child.acquiredOn = child.birthDate;
                child.acquireReason = "03";
                child.previousInsurerNo = null;
                head.taxMode = TaxMode.HIGH_INCOME;
            }
            case SPECIFIC_SAME_HOUSEHOLD -> {
                person(h, r, family, 1, 78, Person.SPECIFIC_SAME_HOUSEHOLD, true);
                noLoss(person(h, r, family, 2, 72, Person.INSURED, false));
            }
            case LOST_AT_75 -> {
                Person p = person(h, r, family, 2, 75, Person.INSURED, true);
                // 75th birthday between 1 and 11 months before 基準年月日
                p.birthDate = baseDate.minusYears(75).minusDays(r.nextInt(31, 330));
                p.acquiredOn = null;
                insure(p, r, true);
            }
            case ELDERLY_70_74 -> {
                Person head = person(h, r, family, 1, 72, Person.INSURED, true);
                head.birthDate = YearMonth.from(baseDate.minusYears(72)).minusMonths(r.nextInt(1, 10)).atDay(1);
                head.acquiredOn = null;
                insure(head, r, true);
                noLoss(head, person(h, r, family, 2, 70, Person.INSURED, false));
                head.taxMode = TaxMode.HIGH_INCOME;
            }
            case FAMILY_OF_5 -> {
                Person head = person(h, r, family, 1, 46, Person.INSURED, true);
                Person wife = person(h, r, family, 2, 44, Person.INSURED, false);
                Person c19 = person(h, r, family, 2, 19, Person.INSURED, false);
                Person c16 = person(h, r, family, 1, 16, Person.INSURED, false);
                Person baby = person(h, r, family, 1, 0, Person.INSURED, false);
                noLoss(head, wife, c19, c16, baby);
                baby.acquiredOn = baby.birthDate;
                baby.acquireReason = "03";
                baby.previousInsurerNo = null;
                c19.taxMode = TaxMode.UNREPORTED_ROW;
            }
            case MULTI_SOURCE -> {
                Person p = person(h, r, family, 1, 67, Person.INSURED, true);
                noLoss(p);
                p.taxMode = TaxMode.ALL_SOURCES;
            }
            case SPECIAL_CIRCUMSTANCES -> {
                noLoss(person(h, r, family, 1, 58, Person.INSURED, true), person(h, r, family, 2, 55, Person.INSURED, false));
                h.payment = Payment.LONG_ARREARS;
                h.specialCircumstance = 1;
            }
            case LONG_ARREARS -> {
                noLoss(person(h, r, family, 1, 41, Person.INSURED, true));
                h.payment = Payment.LONG_ARREARS;
            }
            case OVERPAID -> {
                Person head = person(h, r, family, 2, 39, Person.INSURED, true);
                addFamily(h, r, family, head, 3, false);
                h.payment = Payment.OVERPAID;
            }
            case RECENT_ARREARS -> {
                Person head = person(h, r, family, 1, 33, Person.INSURED, true);
                addFamily(h, r, family, head, 2, false);
                h.payment = Payment.RECENT_ARREARS;
            }
        }
    }

    private void noLoss(Person... persons) {
        for (Person p : persons) {
            if (p.lossReason != null && !"05".equals(p.lossReason)) {
                p.lostOn = null;
                p.lossReason = null;
            }
        }
    }

    /** A member with name, birth date and (for 構成員区分 1) 資格 fields; appended to the household. */
    private Person person(Household h, SplittableRandom r, String[] family, int sex, int age, int memberType,
                          boolean head) {
        Person p = new Person();
        p.sex = sex;
        p.memberType = memberType;
        p.head = head;
        // a member with another 氏 now and then (再婚, 内縁, …)
        String[] fam = r.nextDouble() < 0.05 ? Names.family(r) : family;
        String[] given = Names.given(r, sex);
        p.name = Names.fullName(fam, given, r.nextDouble() < 0.4);
        p.nameKana = Names.kana(fam, given);
        // age in full years on 基準年月日; about 1 in 30 born on the 1st of a month anyway
        p.birthDate = baseDate.minusYears(age).minusDays(r.nextInt(0, 365));
        if (memberType == Person.INSURED) {
            insure(p, r, head);
        }
        h.persons.add(p);
        return p;
    }

    /** 資格取得 / 資格喪失 for a 被保険者, consistent with the README rules. */
    private void insure(Person p, SplittableRandom r, boolean head) {
        LocalDate birth = p.birthDate;
        LocalDate b75 = birth.plusYears(75);
        LocalDate upper = b75.isAfter(baseDate) ? baseDate : b75.minusDays(1);
        int age = p.ageOn(baseDate);
        p.previousInsurerNo = null;
        if (age < 18 && r.nextDouble() < 0.6) {
            p.acquiredOn = birth;
            p.acquireReason = "03"; // 出生
        } else {
            double x = r.nextDouble();
            p.acquireReason = x < 0.25 ? "01" : x < 0.80 ? "02" : x < 0.83 ? "04" : "99";
            LocalDate lower = birth;
            if (age >= 20) {
                lower = birth.plusYears(18);
            }
            if (age >= 62 && "02".equals(p.acquireReason) && r.nextDouble() < 0.7) {
                lower = birth.plusYears(60); // 退職して社保離脱
            }
            if (lower.isBefore(baseDate.minusYears(40))) {
                lower = baseDate.minusYears(40);
            }
            if (lower.isAfter(upper)) {
                lower = birth;
            }
            if (r.nextDouble() < 0.03) {
                // 当月取得 (for 事業月報 A rows)
                LocalDate monthStart = baseDate.withDayOfMonth(1);
                if (!monthStart.isBefore(lower) && !monthStart.isAfter(upper)) {
                    lower = monthStart;
                }
            }
            p.acquiredOn = between(r, lower, upper);
            if ("01".equals(p.acquireReason)) {
                p.previousInsurerNo = otherInsurer(r);
            }
        }
        p.lostOn = null;
        p.lossReason = null;
        if (!b75.isAfter(baseDate)) {
            p.lostOn = b75;      // 後期高齢者医療へ移行: first day without 資格 is the 75th birthday
            p.lossReason = "05";
        } else if (!head && r.nextDouble() < 0.06) {
            LocalDate from = p.acquiredOn.plusDays(1);
            LocalDate window = baseDate.minusMonths(24).plusDays(1);
            if (from.isBefore(window)) {
                from = window;
            }
            if (!from.isAfter(baseDate)) {
                p.lostOn = between(r, from, baseDate);
                double x = r.nextDouble();
                p.lossReason = x < 0.3 ? "01" : x < 0.8 ? "02" : x < 0.88 ? "03" : x < 0.93 ? "04" : "99";
            }
        }
    }

    /** A 保険者番号 of another municipality: 2-digit 都道府県 + 4 digits, never ours. */
    private String otherInsurer(SplittableRandom r) {
        while (true) {
            int pref = r.nextDouble() < 0.4 ? Integer.parseInt(insurerNo.substring(0, 2)) : r.nextInt(1, 48);
            String no = String.format("%02d%04d", pref, r.nextInt(1, 10000));
            if (!no.equals(insurerNo)) {
                return no;
            }
        }
    }

    private static LocalDate between(SplittableRandom r, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(r.nextLong(days + 1));
    }

    private void number(Household h, SplittableRandom r) {
        int branch = 0;
        for (int i = 0; i < h.persons.size(); i++) {
            Person p = h.persons.get(i);
            p.householdNo = h.householdNo;
            p.personNo = String.format("2%012d%02d", h.index + 1, i + 1);
            if (p.memberType == Person.INSURED) {
                p.insuredNo = String.format("%08d", 10_000_000L + h.index);
                p.branchNo = String.format("%02d", ++branch);
            } else {
                p.insuredNo = null;
                p.branchNo = null;
                p.acquiredOn = null;
                p.acquireReason = null;
                p.lostOn = null;
                p.lossReason = null;
                p.previousInsurerNo = null;
            }
            p.myNumber = r.nextDouble() < 0.03 ? null : myNumber(Long.parseLong(p.personNo));
        }
    }

    /** 個人番号: 11 digits (a bijection mod 10^11 of the 宛名番号) + the check digit of the 番号法 施行令. */
    static String myNumber(long personNo) {
        long mod = 100_000_000_000L;
        // 7,654,321 is prime to 10, so x -> (x * 7654321 + c) mod 10^11 is a bijection: no two persons share one
        long body = ((personNo % mod) * 7_654_321L + 27_182_818_284L) % mod;
        String digits = String.format("%011d", body);
        int sum = 0;
        for (int n = 1; n <= 11; n++) {
            int pn = digits.charAt(11 - n) - '0';
            int qn = n <= 6 ? n + 1 : n - 5;
            sum += pn * qn;
        }
        int rem = sum % 11;
        return digits + (rem <= 1 ? 0 : 11 - rem);
    }

    // ------------------------------------------------------------------ IF-TAX

    List<TaxRecord> taxRecords(Household h) {
        SplittableRandom r = random(h.index, STREAM_TAX);
        List<TaxRecord> out = new ArrayList<>();
        for (Person p : h.persons) {
            for (int year : taxYears) {
                addTax(out, p, year, r);
            }
        }
        return out;
    }

    private void addTax(List<TaxRecord> out, Person p, int year, SplittableRandom r) {
        int age = p.ageOn(LocalDate.of(year, 1, 1));
        LocalDate updated = updatedOn(r, year);
        double x = r.nextDouble();
        TaxMode mode = p.taxMode;
        if (mode == TaxMode.AUTO) {
            if (age >= 16 && x < 0.025) {
                return; // no record at all: 未申告
            }
            if (age >= 16 && x < 0.05) {
                mode = TaxMode.UNREPORTED_ROW;
            }
        }
        if (mode == TaxMode.UNREPORTED_ROW) {
            out.add(new TaxRecord(p.personNo, year, TaxRecord.SOURCE_RESIDENT_TAX, TaxRecord.UNREPORTED,
                    null, null, null, null, null, null, null, updated));
            if (p.taxMode == TaxMode.AUTO && r.nextDouble() < 0.3) {
                // 国保簡易申告 later gave figures
                out.add(income(p, year, TaxRecord.SOURCE_SIMPLE_DECLARATION, r, true, updated.plusDays(r.nextInt(1, 60))));
            }
            return;
        }
        boolean movedInThisYear = "01".equals(p.acquireReason) && p.acquiredOn != null
                && !p.acquiredOn.isBefore(LocalDate.of(year, 1, 2));
        if (mode == TaxMode.ALL_SOURCES) {
            out.add(income(p, year, TaxRecord.SOURCE_SIMPLE_DECLARATION, r, true, updated.minusDays(40)));
            out.add(income(p, year, TaxRecord.SOURCE_OTHER_MUNICIPALITY, r, false, updated.minusDays(20)));
            out.add(income(p, year, TaxRecord.SOURCE_RESIDENT_TAX, r, false, updated));
            return;
        }
        if (mode == TaxMode.OTHER_MUNICIPALITY || movedInThisYear) {
            out.add(income(p, year, TaxRecord.SOURCE_OTHER_MUNICIPALITY, r, false, updated));
            if (r.nextDouble() < 0.2) {
                out.add(income(p, year, TaxRecord.SOURCE_SIMPLE_DECLARATION, r, true, updated));
            }
            return;
        }
        TaxRecord main = income(p, year, TaxRecord.SOURCE_RESIDENT_TAX, r, false, updated);
        boolean simple = main.totalIncome() == 0 && age >= 16 && r.nextDouble() < 0.3;
        out.add(simple ? income(p, year, TaxRecord.SOURCE_SIMPLE_DECLARATION, r, true, updated) : main);
        if (!simple && r.nextDouble() < 0.03) {
            // the same person also known from another source
            int other = r.nextBoolean() ? TaxRecord.SOURCE_SIMPLE_DECLARATION : TaxRecord.SOURCE_OTHER_MUNICIPALITY;
            out.add(income(p, year, other, r, other == TaxRecord.SOURCE_SIMPLE_DECLARATION, updated.minusDays(30)));
        }
    }

    private LocalDate updatedOn(SplittableRandom r, int year) {
        LocalDate d = LocalDate.of(year, 6, 1).plusDays(r.nextInt(0, 120));
        return d.isAfter(createdOn) ? createdOn : d;
    }

    /** Amounts roughly like real 住民税 figures (給与所得控除 / 公的年金等控除 of 2020+). */
    private TaxRecord income(Person p, int year, int source, SplittableRandom r, boolean small, LocalDate updated) {
        if (updated.isAfter(createdOn)) {
            updated = createdOn;
        }
        int age = p.ageOn(LocalDate.of(year - 1, 12, 31));
        long salaryRev = 0, pensionRev = 0, otherRev = 0, otherIncome = 0;
        boolean rich = p.taxMode == TaxMode.HIGH_INCOME;
        if (age >= 18) {
            if (age < 65 && r.nextDouble() < (small ? 0.3 : 0.55) || age >= 65 && r.nextDouble() < 0.2 || rich) {
                salaryRev = round(small ? r.nextLong(0, 1_500_000) : r.nextLong(600_000, rich ? 12_000_000 : 7_000_000), 1000);
            }
            if (age >= 65 && r.nextDouble() < 0.9) {
                pensionRev = round(r.nextLong(500_000, r.nextDouble() < 0.1 ? 5_000_000 : 3_000_000), 100);
            }
            if (!small && (r.nextDouble() < 0.15 || rich)) {
                otherRev = round(r.nextLong(300_000, rich ? 15_000_000 : 9_000_000), 1000);
                otherIncome = round(otherRev * r.nextInt(20, 61) / 100, 1);
            }
        }
        long salaryIncome = salaryIncome(salaryRev);
        long pensionIncome = pensionIncome(pensionRev, age >= 65);
        long total = salaryIncome + pensionIncome + otherIncome;
        int taxClass = total > 450_000 ? TaxRecord.TAXED : TaxRecord.NOT_TAXED;
        long deductions = 430_000 + (salaryRev + otherRev) * 14 / 100 + r.nextLong(0, 500_000);
        long taxable = taxClass == TaxRecord.TAXED ? round(Math.max(0, total - deductions), 1000) : 0;
        return new TaxRecord(p.personNo, year, source, taxClass, total, taxable, salaryRev, salaryIncome,
                pensionRev, pensionIncome, otherRev, updated);
    }

    private static long round(long v, long unit) {
        return v / unit * unit;
    }

    /** 給与所得 = 給与収入 − 給与所得控除 (simplified, 2020+). Always ≤ 給与収入. */
    static long salaryIncome(long rev) {
        long inc;
        if (rev <= 1_625_000) inc = rev - 550_000;
        else if (rev <= 1_800_000) inc = rev * 60 / 100 + 100_000;
        else if (rev <= 3_600_000) inc = rev * 70 / 100 - 80_000;
        else if (rev <= 6_600_000) inc = rev * 80 / 100 - 440_000;
        else if (rev <= 8_500_000) inc = rev * 90 / 100 - 1_100_000;
        else inc = rev - 1_950_000;
        return Math.max(0, Math.min(rev, inc));
    }

    /** 公的年金等所得 = 収入 − 公的年金等控除 (simplified, 2020+). Always ≤ 収入. */
    static long pensionIncome(long rev, boolean over65) {
        long inc;
        if (over65) {
            if (rev <= 3_300_000) inc = rev - 1_100_000;
            else if (rev <= 4_100_000) inc = rev * 75 / 100 - 275_000;
            else if (rev <= 7_700_000) inc = rev * 85 / 100 - 685_000;
            else inc = rev * 95 / 100 - 1_455_000;
        } else {
            if (rev <= 1_300_000) inc = rev - 600_000;
            else if (rev <= 4_100_000) inc = rev * 75 / 100 - 275_000;
            else inc = rev * 85 / 100 - 685_000;
        }
        return Math.max(0, Math.min(rev, inc));
    }

    // ------------------------------------------------------------------ changes (benchmarks of the monthly cycle)

    /** the random stream of a change round: round 1, 2, … draw independently of each other and of the population */
    private SplittableRandom changeRandom(long index, int round) {
        return random(index, STREAM_CHANGE + 16 * round);
    }

    /**
     * An IF-QUA re-send: the household changed by one of the rounds 1…{@code rounds} (each with probability
     * {@code percent} %) gains a baby born in the month of 基準年月日 (資格取得事由 03 出生), so the household's
     * members, and with them its 所得区分 input, change. Returns whether the household changed.
     */
    boolean changeHousehold(Household h, double percent, int rounds) {
        boolean changed = false;
        for (int round = 1; round <= rounds; round++) {
            SplittableRandom r = changeRandom(h.index, round);
            if (r.nextDouble() * 100 < percent) {
                addBaby(h, r);
                changed = true;
            }
        }
        return changed;
    }

    private void addBaby(Household h, SplittableRandom r) {
        Person baby = person(h, r, Names.family(r), 1 + r.nextInt(2), 0, Person.INSURED, false);
        LocalDate monthStart = baseDate.withDayOfMonth(1);
        baby.birthDate = monthStart.plusDays(r.nextInt(0, baseDate.getDayOfMonth()));
        baby.acquiredOn = baby.birthDate;
        baby.acquireReason = "03";
        baby.previousInsurerNo = null;
        baby.lostOn = null;
        baby.lossReason = null;
        int member = h.persons.size();
        long branches = h.persons.stream().filter(p -> p.memberType == Person.INSURED && p != baby).count();
        baby.householdNo = h.householdNo;
        baby.personNo = String.format("2%012d%02d", h.index + 1, member);
        baby.insuredNo = String.format("%08d", 10_000_000L + h.index);
        baby.branchNo = String.format("%02d", branches + 1);
        baby.myNumber = myNumber(Long.parseLong(baby.personNo));
    }

    /**
     * An IF-TAX correction of round {@code round}: of the household's IF-TAX rows, each is sent again with new
     * amounts with probability {@code changedPercent} % (same key, 更新年月日 = 作成年月日), and each member gets a row
     * of a 情報源区分 not held yet with probability {@code newPercent} % (a new key: a late declaration).
     */
    List<TaxRecord> taxCorrection(Household h, double changedPercent, double newPercent, int round) {
        SplittableRandom r = changeRandom(h.index, round);
        List<TaxRecord> held = taxRecords(h);
        List<TaxRecord> out = new ArrayList<>();
        for (TaxRecord t : held) {
            if (r.nextDouble() * 100 < changedPercent) {
                Person p = h.persons.stream().filter(m -> m.personNo.equals(t.personNo())).findFirst().orElseThrow();
                boolean small = t.source() == TaxRecord.SOURCE_SIMPLE_DECLARATION;
                out.add(income(p, t.taxYear(), t.source(), r, small, createdOn));
            }
        }
        for (Person p : h.persons) {
            for (int year : taxYears) {
                if (r.nextDouble() * 100 >= newPercent) {
                    continue;
                }
                for (int source : new int[] {TaxRecord.SOURCE_SIMPLE_DECLARATION, TaxRecord.SOURCE_OTHER_MUNICIPALITY,
                        TaxRecord.SOURCE_RESIDENT_TAX}) {
                    boolean present = held.stream().anyMatch(t -> t.personNo().equals(p.personNo)
                            && t.taxYear() == year && t.source() == source);
                    if (!present) {
                        out.add(income(p, year, source, r, source == TaxRecord.SOURCE_SIMPLE_DECLARATION, createdOn));
                        break;
                    }
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ IF-COL

    static int fiscalYear(LocalDate d) {
        return d.getMonthValue() >= 4 ? d.getYear() : d.getYear() - 1;
    }

    static LocalDate dueDate(int fiscalYear, int period) {
        return YearMonth.of(fiscalYear, 6).plusMonths(period - 1).atEndOfMonth();
    }

    private void drawPayment(Household h) {
        if (h.scenario != null) {
            return;
        }
        SplittableRandom r = random(h.index, STREAM_COL);
        double x = r.nextDouble();
        h.payment = x < 0.84 ? Payment.PAID : x < 0.92 ? Payment.RECENT_ARREARS : x < 0.965 ? Payment.LONG_ARREARS
                : x < 0.98 ? Payment.OVERPAID : Payment.PARTIAL;
        h.specialCircumstance = h.payment == Payment.LONG_ARREARS ? (r.nextDouble() < 0.3 ? 1 : 0)
                : (r.nextDouble() < 0.005 ? 1 : 0);
    }

    /**
     * The household's installments, oldest first. Default: the current fiscal year's 期別 whose 納期限 is on
     * or before 基準年月日 (for a base date in April/May: the previous year's last three), plus one or two
     * earlier fiscal years for households in long arrears. With colInstallmentsPerHousehold N: exactly the N
     * latest 期別 due on or before 基準年月日 (at most 5 fiscal years).
     */
    List<Installment> installments(Household h) {
        SplittableRandom r = random(h.index, STREAM_COL);
        r.nextDouble(); // keep in step with drawPayment
        r.nextDouble();
        // the latest period due on or before the base date
        int fy = fiscalYear(baseDate);
        int last = 0;
        for (int k = 1; k <= PERIODS_PER_YEAR; k++) {
            if (!dueDate(fy, k).isAfter(baseDate)) {
                last = k;
            }
        }
        if (last == 0) {
            fy--;
            last = PERIODS_PER_YEAR;
        }
        int count;
        if (colInstallmentsPerHousehold > 0) {
            count = Math.min(colInstallmentsPerHousehold, 5 * PERIODS_PER_YEAR);
        } else {
            count = fiscalYear(baseDate) == fy ? last : 3;
            if (h.payment == Payment.LONG_ARREARS) {
                count += PERIODS_PER_YEAR * (h.scenario != null || r.nextDouble() < 0.4 ? 2 : 1);
            }
        }
        // walk back from (fy, last) count periods
        int startFy = fy, startPeriod = last;
        for (int i = 1; i < count; i++) {
            if (--startPeriod == 0) {
                startFy--;
                startPeriod = PERIODS_PER_YEAR;
            }
        }
        long[] annual = new long[6];
        int insured = (int) h.persons.stream().filter(p -> p.memberType == Person.INSURED).count();
        long base = round(r.nextLong(20_000, 60_000) + insured * r.nextLong(15_000, 120_000), 100);
        for (int i = 0; i < annual.length; i++) {
            annual[i] = round(base * r.nextInt(92, 109) / 100, 100);
        }
        // which installments stay unpaid
        int unpaidFrom; // index into the list from which on installments are unpaid
        switch (h.payment) {
            case LONG_ARREARS -> unpaidFrom = h.scenario != null ? Math.min(count - 1, 2)
                    : Math.min(count - 1, r.nextInt(0, Math.max(1, count / 3)));
            case RECENT_ARREARS -> unpaidFrom = Math.max(0, count - r.nextInt(1, 4));
            default -> unpaidFrom = count;
        }
        int special = count > 0 ? r.nextInt(0, count) : 0; // the over-paid or partly paid installment
        List<Installment> out = new ArrayList<>(count);
        int f = startFy, k = startPeriod;
        for (int i = 0; i < count; i++) {
            long yearAmount = annual[Math.floorMod(f, annual.length)];
            long per = round(yearAmount / PERIODS_PER_YEAR, 100);
            long levied = k == 1 ? yearAmount - per * (PERIODS_PER_YEAR - 1) : per;
            LocalDate due = dueDate(f, k);
            long paid;
            LocalDate paidOn;
            if (i >= unpaidFrom) {
                // unpaid, now and then a part paid
                if (r.nextDouble() < 0.15) {
                    paid = round(levied / 2, 100);
                    paidOn = min(due.plusDays(r.nextInt(1, 90)), baseDate);
                } else {
                    paid = 0;
                    paidOn = null;
                }
            } else if (i == special && h.payment == Payment.OVERPAID) {
                paid = levied + round(r.nextLong(100, 20_000), 100); // 過納
                paidOn = due.minusDays(r.nextInt(0, 20));
            } else if (i == special && h.payment == Payment.PARTIAL) {
                paid = round(levied * r.nextInt(10, 90) / 100, 100);
                paidOn = due.minusDays(r.nextInt(0, 20));
            } else {
                paid = levied;
                paidOn = due.minusDays(r.nextInt(0, 20));
            }
            if (paid == 0) {
                paidOn = null;
            }
            out.add(new Installment(h.householdNo, f, k, due, levied, paid, paidOn, h.specialCircumstance));
            if (++k > PERIODS_PER_YEAR) {
                k = 1;
                f++;
            }
        }
        return out;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
