package jp.kokuho.hub.testdata;

import java.time.LocalDate;

/**
 * One IF-TAX row (住民税・所得情報). Amounts are null only with 課税区分 3 (未申告).
 */
record TaxRecord(String personNo, int taxYear, int source, int taxClass,
                 Long totalIncome, Long taxableBase, Long salaryRevenue, Long salaryIncome,
                 Long pensionRevenue, Long pensionIncome, Long otherRevenue, LocalDate updatedOn) {

    /** 情報源区分 */
    static final int SOURCE_RESIDENT_TAX = 1, SOURCE_SIMPLE_DECLARATION = 2, SOURCE_OTHER_MUNICIPALITY = 3;
    /** 課税区分 */
    static final int TAXED = 1, NOT_TAXED = 2, UNREPORTED = 3;
}
