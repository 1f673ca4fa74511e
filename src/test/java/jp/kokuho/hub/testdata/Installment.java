package jp.kokuho.hub.testdata;

import java.time.LocalDate;

/** One IF-COL row (収納情報): one 期別 of one 賦課年度 of one household. */
record Installment(String householdNo, int fiscalYear, int period, LocalDate dueDate,
                   long levied, long paid, LocalDate lastPaidOn, int specialCircumstance) {
}
