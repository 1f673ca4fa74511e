package jp.kokuho.hub.mapping.layout;

import java.time.LocalDate;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/**
 * IF-AGG-75 転居月75歳到達時特例対象情報連携ファイル: データレコード ('2'), 120 バイト.
 * pos/length are 1-based MS932 byte positions (layouts.md); read and written by ByteLayout, not by Bindy.
 * 予備 62-120 (59 バイト) is not a Java field: written as spaces.
 */
@FixedLengthRecord(length = 120)
public class Agg75Data {

    /** レコード区分 (X, 1 バイト) — '2' */
    @DataField(pos = 1, length = 1, name = "レコード区分", align = "L", paddingChar = ' ', trim = true)
    private String recordType = "2";

    /** 連携番号 (X, 16 バイト) — unique per record across all files */
    @DataField(pos = 2, length = 16, name = "連携番号", align = "L", paddingChar = ' ', trim = true)
    private String linkNo;

    /** 保険者番号 (9, 6 バイト) — must be this municipality */
    @DataField(pos = 18, length = 6, name = "保険者番号", align = "R", paddingChar = '0')
    private String insurerNo;

    /** 被保険者番号 (9, 8 バイト) */
    @DataField(pos = 24, length = 8, name = "被保険者番号", align = "R", paddingChar = '0')
    private String insuredNo;

    /** 枝番 (9, 2 バイト) */
    @DataField(pos = 32, length = 2, name = "枝番", align = "R", paddingChar = '0')
    private String branchNo;

    /** 生年月日 (D, 8 バイト) */
    @DataField(pos = 34, length = 8, name = "生年月日", pattern = "yyyyMMdd", required = true)
    private LocalDate birthDate;

    /** 75歳到達年月日 (D, 8 バイト) — must be the 75th birthday of 生年月日 */
    @DataField(pos = 42, length = 8, name = "75歳到達年月日", pattern = "yyyyMMdd", required = true)
    private LocalDate reached75On;

    /** 特例対象年月 (9, 6 バイト) — YYYYMM; the month of 75歳到達年月日 */
    @DataField(pos = 50, length = 6, name = "特例対象年月", align = "R", paddingChar = '0')
    private String specialMonth;

    /** 転居前保険者番号 (9, 6 バイト) */
    @DataField(pos = 56, length = 6, name = "転居前保険者番号", align = "R", paddingChar = '0')
    private String previousInsurerNo;

    public Agg75Data() {
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

    public LocalDate getReached75On() {
        return reached75On;
    }

    public void setReached75On(LocalDate reached75On) {
        this.reached75On = reached75On;
    }

    public String getSpecialMonth() {
        return specialMonth;
    }

    public void setSpecialMonth(String specialMonth) {
        this.specialMonth = specialMonth;
    }

    public String getPreviousInsurerNo() {
        return previousInsurerNo;
    }

    public void setPreviousInsurerNo(String previousInsurerNo) {
        this.previousInsurerNo = previousInsurerNo;
    }
}
