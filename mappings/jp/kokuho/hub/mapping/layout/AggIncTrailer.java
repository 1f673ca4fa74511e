package jp.kokuho.hub.mapping.layout;

import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/** IF-AGG-INC 世帯所得区分情報連携ファイル: トレーラレコード ('9'), 100 バイト. 項目は {@link TrailerRecord} で宣言. */
@FixedLengthRecord(length = 100)
public class AggIncTrailer extends TrailerRecord {

    public AggIncTrailer() {
    }

    public AggIncTrailer(int recordCount) {
        setRecordCount(recordCount);
    }
}
