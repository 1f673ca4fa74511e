package jp.kokuho.hub.feeds.collection;

import java.time.LocalDate;
import java.util.Set;

import jp.kokuho.hub.intake.FieldChecks;
import jp.kokuho.hub.mapping.layout.CollectionRecord;

/** The checks of one IF-COL 収納情報 record (spec README "IF-COL"), in plain Java. */
public final class CollectionRecordRules {

    /** 特別事情区分: 0 / 1 */
    static final Set<String> SPECIAL = Set.of("0", "1");

    private CollectionRecordRules() {
    }

    public record Checked(String householdNo, int fiscalYear, int installment, LocalDate dueDate, long assessed,
                          long paid, LocalDate lastPaidOn, int special) {
    }

    /** @return the checked record, or null when it has an error */
    public static Checked check(CollectionRecord r, FieldChecks c) {
        String household = c.digits("世帯番号", r.getHouseholdNo(), 10);
        Integer year = c.year("賦課年度", r.getFiscalYear());
        Integer installment = c.range("期別", r.getInstallment(), 1, 12);
        LocalDate due = c.date("納期限", r.getDueDate(), false);
        Long assessed = c.amount("調定額", r.getAssessedAmount(), false);
        Long paid = c.amount("収納額", r.getPaidAmount(), false);
        LocalDate lastPaid = c.date("最終収納年月日", r.getLastPaidOn(), true);
        boolean specialOk = c.code("特別事情区分", r.getSpecialCircumstance(), SPECIAL);
        if (c.failed() || !specialOk) {
            return null;
        }
        return new Checked(household, year, installment, due, assessed, paid, lastPaid,
                Integer.parseInt(r.getSpecialCircumstance()));
    }
}
