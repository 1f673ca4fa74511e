package jp.kokuho.hub.mapping.layout;

import java.time.LocalDate;

/** The header of both 情報集約 inbound files (IF-AGG-MOV, IF-AGG-75): 作成年月日 and 処理年月 besides the common items. */
public interface AggregationHeader extends HeaderRecord {

    LocalDate getCreatedOn();

    String getProcessMonth();
}
