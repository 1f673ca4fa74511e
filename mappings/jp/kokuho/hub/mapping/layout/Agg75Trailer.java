package jp.kokuho.hub.mapping.layout;

import org.apache.camel.dataformat.bindy.annotation.DataField;
import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/**
 * IF-AGG-75 転居月75歳到達時特例対象情報連携ファイル: トレーラレコード ('9'), 120 バイト.
 * 予備 9-120 (112 バイト) is not a Java field: written as spaces.
 */
@FixedLengthRecord(length = 120)
public class Agg75Trailer implements TrailerRecord {

    /** レコード区分 (X, 1 バイト) — '9' */
    @DataField(pos = 1, length = 1, name = "レコード区分", align = "L", paddingChar = ' ', trim = true)
    private String recordType = "9";

    /** データ件数 (9, 7 バイト) — number of '2' records */
    @DataField(pos = 2, length = 7, name = "データ件数", align = "R", paddingChar = '0')
    private int recordCount;

    public Agg75Trailer() {
    }

    public Agg75Trailer(int recordCount) {
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
