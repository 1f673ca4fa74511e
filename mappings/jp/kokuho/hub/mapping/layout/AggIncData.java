package jp.kokuho.hub.mapping.layout;

import java.time.LocalDate;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/**
 * IF-AGG-INC 世帯所得区分情報連携ファイル: データレコード ('2'), 100 バイト.
 * pos/length are 1-based MS932 byte positions (layouts.md); read and written by ByteLayout, not by Bindy.
 * 予備 50-100 (51 バイト) is not a Java field: written as spaces.
 */
@FixedLengthRecord(length = 100)
public class AggIncData {

    /** レコード区分 (X, 1 バイト) — '2' */
    @DataField(pos = 1, length = 1, name = "レコード区分", align = "L", paddingChar = ' ', trim = true)
    private String recordType = "2";

    /** 保険者番号 (9, 6 バイト) */
    @DataField(pos = 2, length = 6, name = "保険者番号", align = "R", paddingChar = '0')
    private String insurerNo;

    /** 対象年月 (9, 6 バイト) — YYYYMM */
    @DataField(pos = 8, length = 6, name = "対象年月", align = "R", paddingChar = '0')
    private String targetMonth;

    /** 世帯番号 (9, 10 バイト) */
    @DataField(pos = 14, length = 10, name = "世帯番号", align = "R", paddingChar = '0')
    private String householdNo;

    /** 被保険者番号 (9, 8 バイト) */
    @DataField(pos = 24, length = 8, name = "被保険者番号", align = "R", paddingChar = '0')
    private String insuredNo;

    /** 枝番 (9, 2 バイト) */
    @DataField(pos = 32, length = 2, name = "枝番", align = "R", paddingChar = '0')
    private String branchNo;

    /** 年齢区分 (9, 1 バイト) — 1 70歳未満 2 70歳以上75歳未満 */
    @DataField(pos = 34, length = 1, name = "年齢区分", align = "R", paddingChar = '0')
    private String ageGroup;

    /** 所得区分 (X, 2 バイト) — code table 所得区分 */
    @DataField(pos = 35, length = 2, name = "所得区分", align = "L", paddingChar = ' ', trim = true)
    private String incomeClass;

    /** 判定課税年度 (9, 4 バイト) */
    @DataField(pos = 37, length = 4, name = "判定課税年度", align = "R", paddingChar = '0')
    private String taxYear;

    /** 未申告区分 (9, 1 バイト) — 1 when the class was forced by 未申告, else 0 */
    @DataField(pos = 41, length = 1, name = "未申告区分", align = "R", paddingChar = '0')
    private String unreported;

    /** 判定年月日 (D, 8 バイト) */
    @DataField(pos = 42, length = 8, name = "判定年月日", pattern = "yyyyMMdd", required = true)
    private LocalDate decidedOn;

    public AggIncData() {
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getInsurerNo() {
        return insurerNo;
    }

    public void setInsurerNo(String insurerNo) {
        this.insurerNo = insurerNo;
    }

    public String getTargetMonth() {
        return targetMonth;
    }

    public void setTargetMonth(String targetMonth) {
        this.targetMonth = targetMonth;
    }

    public String getHouseholdNo() {
        return householdNo;
    }

    public void setHouseholdNo(String householdNo) {
        this.householdNo = householdNo;
    }

    public String getInsuredNo() {
        return insuredNo;
    }

    public void setInsuredNo(String insuredNo) {
        this.insuredNo = insuredNo;
    }

    public String getBranchNo() {
        return branchNo;
    }

    public void setBranchNo(String branchNo) {
        this.branchNo = branchNo;
    }

    public String getAgeGroup() {
        return ageGroup;
    }

    public void setAgeGroup(String ageGroup) {
        this.ageGroup = ageGroup;
    }

    public String getIncomeClass() {
        return incomeClass;
    }

    public void setIncomeClass(String incomeClass) {
        this.incomeClass = incomeClass;
    }

    public String getTaxYear() {
        return taxYear;
    }

    public void setTaxYear(String taxYear) {
        this.taxYear = taxYear;
    }

    public String getUnreported() {
        return unreported;
    }

    public void setUnreported(String unreported) {
        this.unreported = unreported;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }
}
