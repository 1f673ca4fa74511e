package jp.kokuho.hub.mapping.layout;

import java.time.LocalDate;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/**
 * IF-DIS-IN 特定疾患対象者連絡情報: データレコード ('2'), 200 バイト.
 * pos/length are 1-based MS932 byte positions (layouts.md); read and written by ByteLayout, not by Bindy.
 * 予備 110-200 (91 バイト) is not a Java field: written as spaces.
 */
@FixedLengthRecord(length = 200)
public class DisInData {

    /** レコード区分 (X, 1 バイト) — '2' */
    @DataField(pos = 1, length = 1, name = "レコード区分", align = "L", paddingChar = ' ', trim = true)
    private String recordType = "2";

    /** 連絡番号 (X, 12 バイト) — unique per record; the key of the answer */
    @DataField(pos = 2, length = 12, name = "連絡番号", align = "L", paddingChar = ' ', trim = true)
    private String contactNo;

    /** 受給者番号 (9, 8 バイト) */
    @DataField(pos = 14, length = 8, name = "受給者番号", align = "R", paddingChar = '0')
    private String recipientNo;

    /** 疾病区分 (9, 1 バイト) — 1 指定難病 2 小児慢性特定疾病 3 特定疾患 */
    @DataField(pos = 22, length = 1, name = "疾病区分", align = "R", paddingChar = '0')
    private String diseaseKind;

    /** 疾病番号 (9, 3 バイト) */
    @DataField(pos = 23, length = 3, name = "疾病番号", align = "R", paddingChar = '0')
    private String diseaseNo;

    /** 被保険者番号 (9, 8 バイト) */
    @DataField(pos = 26, length = 8, name = "被保険者番号", align = "R", paddingChar = '0')
    private String insuredNo;

    /** 枝番 (9, 2 バイト) */
    @DataField(pos = 34, length = 2, name = "枝番", align = "R", paddingChar = '0')
    private String branchNo;

    /** 氏名カナ (X, 40 バイト) — half-width katakana */
    @DataField(pos = 36, length = 40, name = "氏名カナ", align = "L", paddingChar = ' ', trim = true)
    private String nameKana;

    /** 生年月日 (D, 8 バイト) */
    @DataField(pos = 76, length = 8, name = "生年月日", pattern = "yyyyMMdd", required = true)
    private LocalDate birthDate;

    /** 性別 (9, 1 バイト) */
    @DataField(pos = 84, length = 1, name = "性別", align = "R", paddingChar = '0')
    private String sex;

    /** 申請年月日 (D, 8 バイト) */
    @DataField(pos = 85, length = 8, name = "申請年月日", pattern = "yyyyMMdd", required = true)
    private LocalDate appliedOn;

    /** 有効期間開始年月日 (D, 8 バイト) */
    @DataField(pos = 93, length = 8, name = "有効期間開始年月日", pattern = "yyyyMMdd", required = true)
    private LocalDate validFrom;

    /** 有効期間終了年月日 (D, 8 バイト) */
    @DataField(pos = 101, length = 8, name = "有効期間終了年月日", pattern = "yyyyMMdd", required = true)
    private LocalDate validTo;

    /** 連絡区分 (9, 1 バイト) — 1 新規 2 更新 3 変更 */
    @DataField(pos = 109, length = 1, name = "連絡区分", align = "R", paddingChar = '0')
    private String contactType;

    public DisInData() {
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

    public String getDiseaseKind() {
        return diseaseKind;
    }

    public void setDiseaseKind(String diseaseKind) {
        this.diseaseKind = diseaseKind;
    }

    public String getDiseaseNo() {
        return diseaseNo;
    }

    public void setDiseaseNo(String diseaseNo) {
        this.diseaseNo = diseaseNo;
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

    public String getNameKana() {
        return nameKana;
    }

    public void setNameKana(String nameKana) {
        this.nameKana = nameKana;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = sex;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public void setAppliedOn(LocalDate appliedOn) {
        this.appliedOn = appliedOn;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public String getContactType() {
        return contactType;
    }

    public void setContactType(String contactType) {
        this.contactType = contactType;
    }
}
