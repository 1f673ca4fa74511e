package jp.kokuho.hub.mapping.layout;

import java.time.LocalDate;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/**
 * IF-QUA 資格情報ファイル: ヘッダレコード ('1'), 200 バイト.
 * pos/length are 1-based MS932 byte positions (layouts.md); read and written by ByteLayout, not by Bindy.
 * 予備 32-200 (169 バイト) is not a Java field: written as spaces.
 */
@FixedLengthRecord(length = 200)
public class QuaHeader implements HeaderRecord {

    /** ファイル識別 of IF-QUA. */
    public static final String FILE_ID = "QUA00001";

    /** レコード区分 (X, 1 バイト) — '1' */
    @DataField(pos = 1, length = 1, name = "レコード区分", align = "L", paddingChar = ' ', trim = true)
    private String recordType = "1";

    /** ファイル識別 (X, 8 バイト) — 'QUA00001' */
    @DataField(pos = 2, length = 8, name = "ファイル識別", align = "L", paddingChar = ' ', trim = true)
    private String fileId = FILE_ID;

    /** 保険者番号 (9, 6 バイト) — this municipality's 保険者番号 */
    @DataField(pos = 10, length = 6, name = "保険者番号", align = "R", paddingChar = '0')
    private String insurerNo;

    /** 作成年月日 (D, 8 バイト) */
    @DataField(pos = 16, length = 8, name = "作成年月日", pattern = "yyyyMMdd", required = true)
    private LocalDate createdOn;

    /** 基準年月日 (D, 8 バイト) — state of the snapshot */
    @DataField(pos = 24, length = 8, name = "基準年月日", pattern = "yyyyMMdd", required = true)
    private LocalDate baseDate;

    public QuaHeader() {
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

    public LocalDate getBaseDate() {
        return baseDate;
    }

    public void setBaseDate(LocalDate baseDate) {
        this.baseDate = baseDate;
    }
}
