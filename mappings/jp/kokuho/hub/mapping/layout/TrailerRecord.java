package jp.kokuho.hub.mapping.layout;

/**
 * トレーラレコード ('9') of any fixed-length layout: レコード区分 '9', データ件数, then 予備 to the record length.
 * Each layout's trailer class declares its two items itself (Bindy only reads a class's own fields); the
 * contract test checks all of them against the spec.
 */
public interface TrailerRecord {

    String getRecordType();

    /** データ件数: the number of data ('2') records. */
    int getRecordCount();

    void setRecordCount(int recordCount);
}
