package jp.kokuho.hub.qualification;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * 被保険者資格確認 (requirement 2.1.1): checks a person against the latest IF-QUA snapshot.
 *
 * <p>Precedence: 該当者なし (3) → 本人情報不一致 (4) → 資格あり (1) / 資格なし (2).
 * Plain Java; no Camel or Spring types.
 */
public final class QualificationCheck {

    private final InsuredDirectory directory;

    public QualificationCheck(InsuredDirectory directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    /** 資格あり when 資格取得年月日 ≤ d < 資格喪失年月日 (or no 資格喪失年月日). */
    public CheckOutcome onDate(PersonQuery q, LocalDate d) {
        Objects.requireNonNull(d, "d");
        return check(q, p -> insuredOn(p, d));
    }

    /** 資格あり when insured on at least one day of m. */
    public CheckOutcome inMonth(PersonQuery q, YearMonth m) {
        Objects.requireNonNull(m, "m");
        return check(q, p -> insuredInMonth(p, m));
    }

    /** 資格取得年月日 ≤ d and (資格喪失年月日 absent or d before it); no 資格取得年月日 = not insured. */
    public static boolean insuredOn(InsuredPerson p, LocalDate d) {
        LocalDate acquired = p.acquiredOn();
        LocalDate lost = p.lostOn(); // 資格喪失年月日 = first day without 資格
        return acquired != null && !d.isBefore(acquired) && (lost == null || d.isBefore(lost));
    }

    /** 資格取得年月日 ≤ last day of m and (資格喪失年月日 absent or after the first day of m). */
    public static boolean insuredInMonth(InsuredPerson p, YearMonth m) {
        LocalDate acquired = p.acquiredOn();
        LocalDate lost = p.lostOn();
        return acquired != null && !acquired.isAfter(m.atEndOfMonth())
                && (lost == null || lost.isAfter(m.atDay(1)));
    }

    private CheckOutcome check(PersonQuery q, Predicate<InsuredPerson> insured) {
        Objects.requireNonNull(q, "q");
        Optional<InsuredPerson> found = directory.find(q.insuredNo(), q.branchNo());
        if (found.isEmpty()) {
            return new CheckOutcome(CheckResult.NOT_FOUND, null);
        }
        InsuredPerson p = found.get();
        if (!identityMatches(q, p)) {
            return new CheckOutcome(CheckResult.IDENTITY_MISMATCH, p);
        }
        return new CheckOutcome(insured.test(p) ? CheckResult.QUALIFIED : CheckResult.NOT_QUALIFIED, p);
    }

    /** 生年月日 must be equal; 氏名カナ only compared when given, after normalising both sides. */
    private static boolean identityMatches(PersonQuery q, InsuredPerson p) {
        if (!Objects.equals(q.birthDate(), p.birthDate())) {
            return false;
        }
        String given = KanaNormalizer.normalize(q.nameKana());
        if (given == null || given.isEmpty()) {
            return true; // 氏名カナ not given (null or blank)
        }
        return given.equals(KanaNormalizer.normalize(p.nameKana()));
    }
}
