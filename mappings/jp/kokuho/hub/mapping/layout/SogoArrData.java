package jp.kokuho.hub.mapping.layout;

import java.time.LocalDate;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/**
 * IF-SOGO-ARR 滞納区分データ連携ファイル: データレコード ('2'), 80 バイト.
 * pos/length are 1-based MS932 byte positions (layouts.md); read and written by ByteLayout, not by Bindy.
 * 予備 58-80 (23 バイト) is not a Java field: written as spaces.
 */
@FixedLengthRecord(length = 80)
public class SogoArrData {

    /** レコード区分 (X, 1 バイト) — '2' */
    @DataField(pos = 1, length = 1, name = "レコード区分", align = "L", paddingChar = ' ', trim = true)
    private String recordType = "2";

    /** 保険者番号 (9, 6 バイト) */
    @DataField(pos = 2, length = 6, name = "保険者番号", align = "R", paddingChar = '0')
    private String insurerNo;

    /** 世帯番号 (9, 10 バイト) */
    @DataField(pos = 8, length = 10, name = "世帯番号", align = "R", paddingChar = '0')
    private String householdNo;

    /** 被保険者番号 (9, 8 バイト) */
    @DataField(pos = 18, length = 8, name = "被保険者番号", align = "R", paddingChar = '0')
    private String insuredNo;

    /** 枝番 (9, 2 バイト) */
    @DataField(pos = 26, length = 2, name = "枝番", align = "R", paddingChar = '0')
    private String branchNo;

    /** 滞納区分 (9, 1 バイト) — code table 滞納区分; never 0 in this file */
    @DataField(pos = 28, length = 1, name = "滞納区分", align = "R", paddingChar = '0')
    private String arrearsClass;

    /** 最古未納納期限 (D, 8 バイト) */
    @DataField(pos = 29, length = 8, name = "最古未納納期限", pattern = "yyyyMMdd", required = true)
    private LocalDate oldestDueDate;

    /** 未納額 (9, 10 バイト) — yen */
    @DataField(pos = 37, length = 10, name = "未納額", align = "R", paddingChar = '0')
    private long unpaidAmount;

    /** 未納期数 (9, 3 バイト) */
    @DataField(pos = 47, length = 3, name = "未納期数", align = "R", paddingChar = '0')
    private int unpaidCount;

    /** 基準年月日 (D, 8 バイト) */
    @DataField(pos = 50, length = 8, name = "基準年月日", pattern = "yyyyMMdd", required = true)
    private LocalDate baseDate;

    public SogoArrData() {
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

    public String getArrearsClass() {
        return arrearsClass;
    }

    public void setArrearsClass(String arrearsClass) {
        this.arrearsClass = arrearsClass;
    }

    public LocalDate getOldestDueDate() {
        return oldestDueDate;
    }

    public void setOldestDueDate(LocalDate oldestDueDate) {
        this.oldestDueDate = oldestDueDate;
    }

    public long getUnpaidAmount() {
        return unpaidAmount;
    }

    public void setUnpaidAmount(long unpaidAmount) {
        this.unpaidAmount = unpaidAmount;
    }

    public int getUnpaidCount() {
        return unpaidCount;
    }

    public void setUnpaidCount(int unpaidCount) {
        this.unpaidCount = unpaidCount;
    }

    public LocalDate getBaseDate() {
        return baseDate;
    }

    public void setBaseDate(LocalDate baseDate) {
        this.baseDate = baseDate;
    }
}
