package jp.kokuho.hub.mapping.layout;

import java.time.LocalDate;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/**
 * IF-DIS-ANS 特定疾患対象者連絡情報（回答）: データレコード ('2'), 120 バイト.
 * pos/length are 1-based MS932 byte positions (layouts.md); read and written by ByteLayout, not by Bindy.
 * 予備 75-120 (46 バイト) is not a Java field: written as spaces.
 */
@FixedLengthRecord(length = 120)
public class DisAnsData {

    /** レコード区分 (X, 1 バイト) — '2' */
    @DataField(pos = 1, length = 1, name = "レコード区分", align = "L", paddingChar = ' ', trim = true)
    private String recordType = "2";

    /** 連絡番号 (X, 12 バイト) */
    @DataField(pos = 2, length = 12, name = "連絡番号", align = "L", paddingChar = ' ', trim = true)
    private String contactNo;

    /** 受給者番号 (9, 8 バイト) */
    @DataField(pos = 14, length = 8, name = "受給者番号", align = "R", paddingChar = '0')
    private String recipientNo;

    /** 被保険者番号 (9, 8 バイト) */
    @DataField(pos = 22, length = 8, name = "被保険者番号", align = "R", paddingChar = '0')
    private String insuredNo;

    /** 枝番 (9, 2 バイト) */
    @DataField(pos = 30, length = 2, name = "枝番", align = "R", paddingChar = '0')
    private String branchNo;

    /** 資格確認結果 (9, 1 バイト) — code table 資格確認結果 */
    @DataField(pos = 32, length = 1, name = "資格確認結果", align = "R", paddingChar = '0')
    private String checkResult;

    /** 資格取得年月日 (D, 8 バイト) — spaces unless 資格確認結果 1 or 2 */
    @DataField(pos = 33, length = 8, name = "資格取得年月日", pattern = "yyyyMMdd", required = false)
    private LocalDate acquiredOn;

    /** 資格喪失年月日 (D, 8 バイト) — spaces unless 資格確認結果 1 or 2, or if none */
    @DataField(pos = 41, length = 8, name = "資格喪失年月日", pattern = "yyyyMMdd", required = false)
    private LocalDate lostOn;

    /** 世帯番号 (X, 10 バイト) — spaces unless 資格確認結果 1 */
    @DataField(pos = 49, length = 10, name = "世帯番号", align = "L", paddingChar = ' ', trim = true)
    private String householdNo;

    /** 所得区分基準年月 (X, 6 バイト) — YYYYMM of 有効期間開始年月日; spaces unless 1 */
    @DataField(pos = 59, length = 6, name = "所得区分基準年月", align = "L", paddingChar = ' ', trim = true)
    private String classMonth;

    /** 所得区分 (X, 2 バイト) — code table 所得区分; spaces unless 1 */
    @DataField(pos = 65, length = 2, name = "所得区分", align = "L", paddingChar = ' ', trim = true)
    private String incomeClass;

    /** 回答年月日 (D, 8 バイト) */
    @DataField(pos = 67, length = 8, name = "回答年月日", pattern = "yyyyMMdd", required = true)
    private LocalDate answeredOn;

    public DisAnsData() {
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getContactNo() {
        return contactNo;
    }

    public void setContactNo(String contactNo) {
        this.contactNo = contactNo;
    }

    public String getRecipientNo() {
        return recipientNo;
    }

    public void setRecipientNo(String recipientNo) {
        this.recipientNo = recipientNo;
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

    public String getCheckResult() {
        return checkResult;
    }

    public void setCheckResult(String checkResult) {
        this.checkResult = checkResult;
    }

    public LocalDate getAcquiredOn() {
        return acquiredOn;
    }

    public void setAcquiredOn(LocalDate acquiredOn) {
        this.acquiredOn = acquiredOn;
    }

    public LocalDate getLostOn() {
        return lostOn;
    }

    public void setLostOn(LocalDate lostOn) {
        this.lostOn = lostOn;
    }

    public String getHouseholdNo() {
        return householdNo;
    }

    public void setHouseholdNo(String householdNo) {
        this.householdNo = householdNo;
    }

    public String getClassMonth() {
        return classMonth;
    }

    public void setClassMonth(String classMonth) {
        this.classMonth = classMonth;
    }

    public String getIncomeClass() {
        return incomeClass;
    }

    public void setIncomeClass(String incomeClass) {
        this.incomeClass = incomeClass;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public void setAnsweredOn(LocalDate answeredOn) {
        this.answeredOn = answeredOn;
    }
}
