package jp.kokuho.hub.incomeclass;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One person of a household as the latest IF-QUA snapshot has them, with the IF-TAX record chosen for the 課税年度
 * (never null: {@link TaxFigures#unreported()} when there is none).
 *
 * @param memberType 構成員区分 1 被保険者, 2 擬制世帯主, 3 特定同一世帯所属者
 */
public record Member(String householdNo, String personNo, String insuredNo, String branchNo, LocalDate birthDate,
                     int memberType, boolean head, LocalDate acquiredOn, LocalDate lostOn, TaxFigures tax) {

    /** 被保険者 insured on at least one day of the month */
    public boolean insuredIn(YearMonth month) {
        return memberType == 1 && acquiredOn != null && !acquiredOn.isAfter(month.atEndOfMonth())
                && (lostOn == null || lostOn.isAfter(month.atDay(1)));
    }

    public boolean sameHouseholdStays() {
        return memberType == 3;
    }
}
