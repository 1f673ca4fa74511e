package jp.kokuho.hub.mapping.layout;

import org.apache.camel.dataformat.bindy.annotation.CsvRecord;
import org.apache.camel.dataformat.bindy.annotation.DataField;

/**
 * IF-COL 収納情報 (CSV, 8 項目), file COL_<保険者番号>_<基準年月日>.csv; a full snapshot.
 * MS932, CRLF, comma-separated, no header row; a field may be quoted. All fields are kept as text:
 * the import validates them and collects every error (README).
 */
@CsvRecord(separator = ",", crlf = "WINDOWS", quote = "\"")
public class CollectionRecord {

    /** 世帯番号 — 10 digits */
    @DataField(pos = 1, name = "世帯番号")
    private String householdNo;

    /** 賦課年度 — YYYY (fiscal year) */
    @DataField(pos = 2, name = "賦課年度")
    private String fiscalYear;

    /** 期別 — 1–12 */
    @DataField(pos = 3, name = "期別")
    private String installment;

    /** 納期限 — YYYYMMDD */
    @DataField(pos = 4, name = "納期限")
    private String dueDate;

    /** 調定額 — ≥ 0 */
    @DataField(pos = 5, name = "調定額")
    private String assessedAmount;

    /** 収納額 — ≥ 0 (may exceed 調定額: 過納) */
    @DataField(pos = 6, name = "収納額")
    private String paidAmount;

    /** 最終収納年月日 — YYYYMMDD or empty */
    @DataField(pos = 7, name = "最終収納年月日")
    private String lastPaidOn;

    /** 特別事情区分 — 0 / 1; the same on every row of one household */
    @DataField(pos = 8, name = "特別事情区分")
    private String specialCircumstance;

    public CollectionRecord() {
    }

    public String getHouseholdNo() {
        return householdNo;
    }

    public void setHouseholdNo(String householdNo) {
        this.householdNo = householdNo;
    }

    public String getFiscalYear() {
        return fiscalYear;
    }

    public void setFiscalYear(String fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    public String getInstallment() {
        return installment;
    }

    public void setInstallment(String installment) {
        this.installment = installment;
    }

    public String getDueDate() {
        return dueDate;
    }

    public void setDueDate(String dueDate) {
        this.dueDate = dueDate;
    }

    public String getAssessedAmount() {
        return assessedAmount;
    }

    public void setAssessedAmount(String assessedAmount) {
        this.assessedAmount = assessedAmount;
    }

    public String getPaidAmount() {
        return paidAmount;
    }

    public void setPaidAmount(String paidAmount) {
        this.paidAmount = paidAmount;
    }

    public String getLastPaidOn() {
        return lastPaidOn;
    }

    public void setLastPaidOn(String lastPaidOn) {
        this.lastPaidOn = lastPaidOn;
    }

    public String getSpecialCircumstance() {
        return specialCircumstance;
    }

    public void setSpecialCircumstance(String specialCircumstance) {
        this.specialCircumstance = specialCircumstance;
    }
}
