package jp.kokuho.hub.mapping.layout;

import java.time.LocalDate;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/**
 * IF-QUA 資格情報ファイル: データレコード ('2'), 200 バイト.
 * pos/length are 1-based MS932 byte positions (layouts.md); read and written by ByteLayout, not by Bindy.
 * 予備 166-200 (35 バイト) is not a Java field: written as spaces.
 */
@FixedLengthRecord(length = 200)
public class QuaData {

    /** レコード区分 (X, 1 バイト) — '2' */
    @DataField(pos = 1, length = 1, name = "レコード区分", align = "L", paddingChar = ' ', trim = true)
    private String recordType = "2";

    /** 世帯番号 (9, 10 バイト) */
    @DataField(pos = 2, length = 10, name = "世帯番号", align = "R", paddingChar = '0')
    private String householdNo;

    /** 宛名番号 (9, 15 バイト) — municipality-wide person id */
    @DataField(pos = 12, length = 15, name = "宛名番号", align = "R", paddingChar = '0')
    private String personNo;

    /** 被保険者番号 (X, 8 バイト) — 8 digits; spaces when 構成員区分 is 2 or 3 */
    @DataField(pos = 27, length = 8, name = "被保険者番号", align = "L", paddingChar = ' ', trim = true)
    private String insuredNo;

    /** 枝番 (X, 2 バイト) — 2 digits; spaces when 構成員区分 is 2 or 3 */
    @DataField(pos = 35, length = 2, name = "枝番", align = "L", paddingChar = ' ', trim = true)
    private String branchNo;

    /** 個人番号 (X, 12 バイト) — 12 digits or spaces; never logged, never on a result list */
    @DataField(pos = 37, length = 12, name = "個人番号", align = "L", paddingChar = ' ', trim = true)
    private String myNumber;

    /** 氏名カナ (X, 40 バイト) — half-width katakana */
    @DataField(pos = 49, length = 40, name = "氏名カナ", align = "L", paddingChar = ' ', trim = true)
    private String nameKana;

    /** 氏名 (X, 40 バイト) — full-width; 20 characters = 40 bytes */
    @DataField(pos = 89, length = 40, name = "氏名", align = "L", paddingChar = ' ', trim = true)
    private String name;

    /** 生年月日 (D, 8 バイト) */
    @DataField(pos = 129, length = 8, name = "生年月日", pattern = "yyyyMMdd", required = true)
    private LocalDate birthDate;

    /** 性別 (9, 1 バイト) — 1 男 2 女 */
    @DataField(pos = 137, length = 1, name = "性別", align = "R", paddingChar = '0')
    private String sex;

    /** 構成員区分 (9, 1 バイト) — 1 被保険者 2 擬制世帯主 3 特定同一世帯所属者 */
    @DataField(pos = 138, length = 1, name = "構成員区分", align = "R", paddingChar = '0')
    private String memberType;

    /** 世帯主区分 (9, 1 バイト) — 1 世帯主 0 世帯員; exactly one per household */
    @DataField(pos = 139, length = 1, name = "世帯主区分", align = "R", paddingChar = '0')
    private String headFlag;

    /** 資格取得年月日 (D, 8 バイト) — spaces unless 構成員区分 1 */
    @DataField(pos = 140, length = 8, name = "資格取得年月日", pattern = "yyyyMMdd", required = false)
    private LocalDate acquiredOn;

    /** 資格取得事由 (X, 2 バイト) — code table 取得事由; spaces unless 構成員区分 1 */
    @DataField(pos = 148, length = 2, name = "資格取得事由", align = "L", paddingChar = ' ', trim = true)
    private String acquireReason;

    /** 資格喪失年月日 (D, 8 バイト) — first day without 資格; spaces if still insured */
    @DataField(pos = 150, length = 8, name = "資格喪失年月日", pattern = "yyyyMMdd", required = false)
    private LocalDate lostOn;

    /** 資格喪失事由 (X, 2 バイト) — code table 喪失事由; spaces if still insured */
    @DataField(pos = 158, length = 2, name = "資格喪失事由", align = "L", paddingChar = ' ', trim = true)
    private String lossReason;

    /** 転入前保険者番号 (X, 6 バイト) — 6 digits or spaces */
    @DataField(pos = 160, length = 6, name = "転入前保険者番号", align = "L", paddingChar = ' ', trim = true)
    private String previousInsurerNo;

    public QuaData() {
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getHouseholdNo() {
        return householdNo;
    }

    public void setHouseholdNo(String householdNo) {
        this.householdNo = householdNo;
    }

    public String getPersonNo() {
        return personNo;
    }

    public void setPersonNo(String personNo) {
        this.personNo = personNo;
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

    public String getMyNumber() {
        return myNumber;
    }

    public void setMyNumber(String myNumber) {
        this.myNumber = myNumber;
    }

    public String getNameKana() {
        return nameKana;
    }

    public void setNameKana(String nameKana) {
        this.nameKana = nameKana;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public String getMemberType() {
        return memberType;
    }

    public void setMemberType(String memberType) {
        this.memberType = memberType;
    }

    public String getHeadFlag() {
        return headFlag;
    }

    public void setHeadFlag(String headFlag) {
        this.headFlag = headFlag;
    }

    public LocalDate getAcquiredOn() {
        return acquiredOn;
    }

    public void setAcquiredOn(LocalDate acquiredOn) {
        this.acquiredOn = acquiredOn;
    }

    public String getAcquireReason() {
        return acquireReason;
    }

    public void setAcquireReason(String acquireReason) {
        this.acquireReason = acquireReason;
    }

    public LocalDate getLostOn() {
        return lostOn;
    }

    public void setLostOn(LocalDate lostOn) {
        this.lostOn = lostOn;
    }

    public String getLossReason() {
        return lossReason;
    }

    public void setLossReason(String lossReason) {
        this.lossReason = lossReason;
    }

    public String getPreviousInsurerNo() {
        return previousInsurerNo;
    }

    public void setPreviousInsurerNo(String previousInsurerNo) {
        this.previousInsurerNo = previousInsurerNo;
    }
}
