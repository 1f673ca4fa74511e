package jp.kokuho.hub.mapping.layout;

import org.apache.camel.dataformat.bindy.annotation.DataField;

/**
 * トレーラレコード ('9') common to every fixed-length layout: レコード区分 and データ件数; the rest is 予備.
 * Each layout has its own subclass that only declares the record length.
 */
public abstract class TrailerRecord {

    /** レコード区分 (X, 1 バイト) — '9' */
    @DataField(pos = 1, length = 1, name = "レコード区分", align = "L", paddingChar = ' ', trim = true)
    private String recordType = "9";

    /** データ件数 (9, 7 バイト) — number of '2' records */
    @DataField(pos = 2, length = 7, name = "データ件数", align = "R", paddingChar = '0')
    private int recordCount;

    protected TrailerRecord() {
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public int getRecordCount() {
        return recordCount;
    }

    public void setRecordCount(int recordCount) {
        this.recordCount = recordCount;
    }
}
