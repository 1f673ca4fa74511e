package jp.kokuho.hub.mapping.layout;

import java.time.LocalDate;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/**
 * IF-AGG-75 転居月75歳到達時特例対象情報連携ファイル: ヘッダレコード ('1'), 120 バイト.
 * pos/length are 1-based MS932 byte positions (layouts.md); read and written by ByteLayout, not by Bindy.
 * 予備 30-120 (91 バイト) is not a Java field: written as spaces.
 */
@FixedLengthRecord(length = 120)
public class Agg75Header implements AggregationHeader {

    /** ファイル識別 of IF-AGG-75. */
    public static final String FILE_ID = "AGG75001";

    /** レコード区分 (X, 1 バイト) — '1' */
    @DataField(pos = 1, length = 1, name = "レコード区分", align = "L", paddingChar = ' ', trim = true)
    private String recordType = "1";

    /** ファイル識別 (X, 8 バイト) — 'AGG75001' */
    @DataField(pos = 2, length = 8, name = "ファイル識別", align = "L", paddingChar = ' ', trim = true)
    private String fileId = FILE_ID;

    /** 保険者番号 (9, 6 バイト) — this municipality's 保険者番号 */
    @DataField(pos = 10, length = 6, name = "保険者番号", align = "R", paddingChar = '0')
    private String insurerNo;

    /** 作成年月日 (D, 8 バイト) */
    @DataField(pos = 16, length = 8, name = "作成年月日", pattern = "yyyyMMdd", required = true)
    private LocalDate createdOn;

    /** 処理年月 (9, 6 バイト) — YYYYMM */
    @DataField(pos = 24, length = 6, name = "処理年月", align = "R", paddingChar = '0')
    private String processMonth;

    public Agg75Header() {
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getFileId() {
        return fileId;
    }

    public void setFileId(String fileId) {
        this.fileId = fileId;
    }

    public String getInsurerNo() {
        return insurerNo;
    }

    public void setInsurerNo(String insurerNo) {
        this.insurerNo = insurerNo;
    }

    public LocalDate getCreatedOn() {
        return createdOn;
    }

    public void setCreatedOn(LocalDate createdOn) {
        this.createdOn = createdOn;
    }

    public String getProcessMonth() {
        return processMonth;
    }

    public void setProcessMonth(String processMonth) {
        this.processMonth = processMonth;
    }
}
