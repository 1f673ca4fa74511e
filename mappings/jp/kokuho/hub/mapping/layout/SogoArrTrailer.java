package jp.kokuho.hub.mapping.layout;

import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/** IF-SOGO-ARR 滞納区分データ連携ファイル: トレーラレコード ('9'), 80 バイト. 項目は {@link TrailerRecord} で宣言. */
@FixedLengthRecord(length = 80)
public class SogoArrTrailer extends TrailerRecord {

    public SogoArrTrailer() {
    }

    public SogoArrTrailer(int recordCount) {
        setRecordCount(recordCount);
    }
}
