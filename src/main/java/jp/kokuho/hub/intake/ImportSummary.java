package jp.kokuho.hub.intake;

import java.time.LocalDate;

/**
 * @param recordCount データ件数 (data records read)
 * @param baseDate    the file's 基準年月日 or 作成年月日, as the history shows it; may be null
 */
public record ImportSummary(long recordCount, LocalDate baseDate) {
}
