package jp.kokuho.hub.mapping.layout;

import java.time.LocalDate;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/**
 * IF-AGG-MOV 転居に伴う負担限度額特例対象世帯情報連携ファイル: データレコード ('2'), 120 バイト.
 * pos/length are 1-based MS932 byte positions (layouts.md); read and written by ByteLayout, not by Bindy.
 * 予備 65-120 (56 バイト) is not a Java field: written as spaces.
 */
@FixedLengthRecord(length = 120)
public class AggMovData {

    /** レコード区分 (X, 1 バイト) — '2' */
    @DataField(pos = 1, length = 1, name = "レコード区分", align = "L", paddingChar = ' ', trim = true)
    private String recordType = "2";

    /** 連携番号 (X, 16 バイト) — unique per record across all files */
    @DataField(pos = 2, length = 16, name = "連携番号", align = "L", paddingChar = ' ', trim = true)
    private String linkNo;

    /** 転入先保険者番号 (9, 6 バイト) — must be this municipality */
    @DataField(pos = 18, length = 6, name = "転入先保険者番号", align = "R", paddingChar = '0')
    private String insurerNo;

    /** 転入前保険者番号 (9, 6 バイト) — same prefecture, not this municipality */
    @DataField(pos = 24, length = 6, name = "転入前保険者番号", align = "R", paddingChar = '0')
    private String previousInsurerNo;

    /** 被保険者番号 (9, 8 バイト) */
    @DataField(pos = 30, length = 8, name = "被保険者番号", align = "R", paddingChar = '0')
    private String insuredNo;

    /** 枝番 (9, 2 バイト) */
    @DataField(pos = 38, length = 2, name = "枝番", align = "R", paddingChar = '0')
    private String branchNo;

    /** 生年月日 (D, 8 バイト) */
    @DataField(pos = 40, length = 8, name = "生年月日", pattern = "yyyyMMdd", required = true)
    private LocalDate birthDate;

    /** 転入年月日 (D, 8 バイト) */
    @DataField(pos = 48, length = 8, name = "転入年月日", pattern = "yyyyMMdd", required = true)
    private LocalDate movedOn;

    /** 多数回該当通算回数 (9, 2 バイト) — 0-12: 高額療養費 months in the 12 months before the move */
    @DataField(pos = 56, length = 2, name = "多数回該当通算回数", align = "R", paddingChar = '0')
    private int highCostCount;

    /** 直近該当年月 (X, 6 バイト) — YYYYMM or spaces when the count is 0 */
    @DataField(pos = 58, length = 6, name = "直近該当年月", align = "L", paddingChar = ' ', trim = true)
    private String lastHighCostMonth;

    /** 世帯継続区分 (9, 1 バイト) — 1 継続性あり 2 継続性なし */
    @DataField(pos = 64, length = 1, name = "世帯継続区分", align = "R", paddingChar = '0')
    private String continuity;

    public AggMovData() {
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getLinkNo() {
        return linkNo;
    }

    public void setLinkNo(String linkNo) {
        this.linkNo = linkNo;
    }

    public String getInsurerNo() {
        return insurerNo;
    }

    public void setInsurerNo(String insurerNo) {
        this.insurerNo = insurerNo;
    }

    public String getPreviousInsurerNo() {
        return previousInsurerNo;
    }

    public void setPreviousInsurerNo(String previousInsurerNo) {
        this.previousInsurerNo = previousInsurerNo;
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

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public LocalDate getMovedOn() {
        return movedOn;
    }

    public void setMovedOn(LocalDate movedOn) {
        this.movedOn = movedOn;
    }

    public int getHighCostCount() {
        return highCostCount;
    }

    public void setHighCostCount(int highCostCount) {
        this.highCostCount = highCostCount;
    }

    public String getLastHighCostMonth() {
        return lastHighCostMonth;
    }

    public void setLastHighCostMonth(String lastHighCostMonth) {
        this.lastHighCostMonth = lastHighCostMonth;
    }

    public String getContinuity() {
        return continuity;
    }

    public void setContinuity(String continuity) {
        this.continuity = continuity;
    }
}
