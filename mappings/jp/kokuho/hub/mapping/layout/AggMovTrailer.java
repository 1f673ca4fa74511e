package jp.kokuho.hub.mapping.layout;

import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/** IF-AGG-MOV 転居に伴う負担限度額特例対象世帯情報連携ファイル: トレーラレコード ('9'), 120 バイト. 項目は {@link TrailerRecord} で宣言. */
@FixedLengthRecord(length = 120)
public class AggMovTrailer extends TrailerRecord {

    public AggMovTrailer() {
    }

    public AggMovTrailer(int recordCount) {
        setRecordCount(recordCount);
    }
}
