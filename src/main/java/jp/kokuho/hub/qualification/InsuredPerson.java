package jp.kokuho.hub.qualification;

import java.time.LocalDate;

/**
 * One 被保険者 row of the latest IF-QUA snapshot (構成員区分 1 only), as far as the check needs it.
 *
 * @param householdNo 世帯番号
 * @param insuredNo   被保険者番号 (8 digits)
 * @param branchNo    枝番 (2 digits)
 * @param birthDate   生年月日
 * @param nameKana    氏名カナ (half-width katakana in IF-QUA)
 * @param acquiredOn  資格取得年月日
 * @param lostOn      資格喪失年月日 — the first day WITHOUT 資格; null = still insured
 */
public record InsuredPerson(String householdNo, String insuredNo, String branchNo, LocalDate birthDate,
                            String nameKana, LocalDate acquiredOn, LocalDate lostOn) {
}
