package jp.kokuho.hub.mapping.layout;

import org.apache.camel.dataformat.bindy.annotation.CsvRecord;
import org.apache.camel.dataformat.bindy.annotation.DataField;

/**
 * IF-TAX 住民税・所得情報 (CSV, 12 項目), file TAX_<保険者番号>_<作成年月日>[_<seq>].csv.
 * MS932, CRLF, comma-separated, no header row; a field may be quoted. All fields are kept as text:
 * the import validates them and collects every error (README).
 */
@CsvRecord(separator = ",", crlf = "WINDOWS", quote = "\"")
public class TaxRecord {

    /** 宛名番号 — 15 digits */
    @DataField(pos = 1, name = "宛名番号")
    private String personNo;

    /** 課税年度 — YYYY */
    @DataField(pos = 2, name = "課税年度")
    private String taxYear;

    /** 情報源区分 — 1 住民税 / 2 国保簡易申告 / 3 他市町村照会 */
    @DataField(pos = 3, name = "情報源区分")
    private String sourceType;

    /** 課税区分 — 1 課税 / 2 非課税 / 3 未申告 */
    @DataField(pos = 4, name = "課税区分")
    private String taxType;

    /** 総所得金額等 — ≥ 0; empty only when 課税区分 3 */
    @DataField(pos = 5, name = "総所得金額等")
    private String totalIncome;

    /** 課税標準額 — ≥ 0; empty only when 課税区分 3 */
    @DataField(pos = 6, name = "課税標準額")
    private String taxableBase;

    /** 給与収入 — ≥ 0; empty only when 課税区分 3 */
    @DataField(pos = 7, name = "給与収入")
    private String salaryRevenue;

    /** 給与所得 — ≥ 0, ≤ 給与収入; empty only when 課税区分 3 */
    @DataField(pos = 8, name = "給与所得")
    private String salaryIncome;

    /** 公的年金等収入 — ≥ 0; empty only when 課税区分 3 */
    @DataField(pos = 9, name = "公的年金等収入")
    private String pensionRevenue;

    /** 公的年金等所得 — ≥ 0, ≤ 公的年金等収入; empty only when 課税区分 3 */
    @DataField(pos = 10, name = "公的年金等所得")
    private String pensionIncome;

    /** その他収入 — ≥ 0 (事業・不動産等の収入); empty only when 課税区分 3 */
    @DataField(pos = 11, name = "その他収入")
    private String otherRevenue;

    /** 更新年月日 — YYYYMMDD */
    @DataField(pos = 12, name = "更新年月日")
    private String updatedOn;

    public TaxRecord() {
    }

    public String getPersonNo() {
        return personNo;
    }

    public void setPersonNo(String personNo) {
        this.personNo = personNo;
    }

    public String getTaxYear() {
        return taxYear;
    }

    public void setTaxYear(String taxYear) {
        this.taxYear = taxYear;
    }

    public String getSourceType() {
        return sourceType;
    }

    public void setSourceType(String sourceType) {
        this.sourceType = sourceType;
    }

    public String getTaxType() {
        return taxType;
    }

    public void setTaxType(String taxType) {
        this.taxType = taxType;
    }

    public String getTotalIncome() {
        return totalIncome;
    }

    public void setTotalIncome(String totalIncome) {
        this.totalIncome = totalIncome;
    }

    public String getTaxableBase() {
        return taxableBase;
    }

    public void setTaxableBase(String taxableBase) {
        this.taxableBase = taxableBase;
    }

    public String getSalaryRevenue() {
        return salaryRevenue;
    }

    public void setSalaryRevenue(String salaryRevenue) {
        this.salaryRevenue = salaryRevenue;
    }

    public String getSalaryIncome() {
        return salaryIncome;
    }

    public void setSalaryIncome(String salaryIncome) {
        this.salaryIncome = salaryIncome;
    }

    public String getPensionRevenue() {
        return pensionRevenue;
    }

    public void setPensionRevenue(String pensionRevenue) {
        this.pensionRevenue = pensionRevenue;
    }

    public String getPensionIncome() {
        return pensionIncome;
    }

    public void setPensionIncome(String pensionIncome) {
        this.pensionIncome = pensionIncome;
    }

    public String getOtherRevenue() {
        return otherRevenue;
    }

    public void setOtherRevenue(String otherRevenue) {
        this.otherRevenue = otherRevenue;
    }

    public String getUpdatedOn() {
        return updatedOn;
    }

    public void setUpdatedOn(String updatedOn) {
        this.updatedOn = updatedOn;
    }
}
