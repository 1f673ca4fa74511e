package jp.kokuho.hub.mapping.layout;

import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/** IF-AGG-75 転居月75歳到達時特例対象情報連携ファイル: トレーラレコード ('9'), 120 バイト. 項目は {@link TrailerRecord} で宣言. */
@FixedLengthRecord(length = 120)
public class Agg75Trailer extends TrailerRecord {

    public Agg75Trailer() {
    }

    public Agg75Trailer(int recordCount) {
        setRecordCount(recordCount);
    }
}
