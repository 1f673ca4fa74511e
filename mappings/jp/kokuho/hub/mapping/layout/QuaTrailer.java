package jp.kokuho.hub.mapping.layout;

import org.apache.camel.dataformat.bindy.annotation.FixedLengthRecord;

/** IF-QUA 資格情報ファイル: トレーラレコード ('9'), 200 バイト. 項目は {@link TrailerRecord} で宣言. */
@FixedLengthRecord(length = 200)
public class QuaTrailer extends TrailerRecord {

    public QuaTrailer() {
    }

    public QuaTrailer(int recordCount) {
        setRecordCount(recordCount);
    }
}
