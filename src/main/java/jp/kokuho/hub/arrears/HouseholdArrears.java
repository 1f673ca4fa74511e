package jp.kokuho.hub.arrears;

import java.time.LocalDate;

/**
 * The judgement of one household at 基準年月日.
 *
 * @param arrearsClass     the household's 滞納区分
 * @param oldestUnpaidDue  t, the oldest 納期限 among the unpaid installments (null when none)
 * @param unpaidAmount     未納額: sum of (調定額 − 収納額) over the unpaid installments
 * @param unpaidCount      未納期数: the number of unpaid installments
 */
public record HouseholdArrears(ArrearsClass arrearsClass, LocalDate oldestUnpaidDue, long unpaidAmount,
                               int unpaidCount) {
}
