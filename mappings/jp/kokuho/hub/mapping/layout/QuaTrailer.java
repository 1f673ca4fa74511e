package jp.kokuho.hub.mapping.layout;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/**
 * IF-QUA 資格情報ファイル: トレーラレコード ('9'), 200 バイト.
 * 予備 9-200 (192 バイト) is not a Java field: written as spaces.
 */
@FixedLengthRecord(length = 200)
public class QuaTrailer implements TrailerRecord {

    /** レコード区分 (X, 1 バイト) — '9' */
    @DataField(pos = 1, length = 1, name = "レコード区分", align = "L", paddingChar = ' ', trim = true)
    private String recordType = "9";

    /** データ件数 (9, 7 バイト) — number of '2' records */
    @DataField(pos = 2, length = 7, name = "データ件数", align = "R", paddingChar = '0')
    private int recordCount;

    public QuaTrailer() {
    }

    public QuaTrailer(int recordCount) {
        this.recordCount = recordCount;
    }

    @Override
    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    @Override
    public int getRecordCount() {
        return recordCount;
    }

    @Override
    public void setRecordCount(int recordCount) {
        this.recordCount = recordCount;
    }
}
