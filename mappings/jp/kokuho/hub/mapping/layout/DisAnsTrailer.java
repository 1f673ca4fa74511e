package jp.kokuho.hub.mapping.layout;

import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/** IF-DIS-ANS 特定疾患対象者連絡情報（回答）: トレーラレコード ('9'), 120 バイト. 項目は {@link TrailerRecord} で宣言. */
@FixedLengthRecord(length = 120)
public class DisAnsTrailer extends TrailerRecord {

    public DisAnsTrailer() {
    }

    public DisAnsTrailer(int recordCount) {
        setRecordCount(recordCount);
    }
}
