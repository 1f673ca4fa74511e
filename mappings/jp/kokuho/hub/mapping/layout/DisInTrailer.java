package jp.kokuho.hub.mapping.layout;

import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/** IF-DIS-IN 特定疾患対象者連絡情報: トレーラレコード ('9'), 200 バイト. 項目は {@link TrailerRecord} で宣言. */
@FixedLengthRecord(length = 200)
public class DisInTrailer extends TrailerRecord {

    public DisInTrailer() {
    }

    public DisInTrailer(int recordCount) {
        setRecordCount(recordCount);
    }
}
