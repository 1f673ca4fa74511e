package jp.kokuho.hub.intake;

/**
 * States of a received file in the processing history: what has happened to its content. Where the file itself is
 * ({@code location}, {@code filed_at}) and whether it waits on a fault ({@code waiting_since}) are recorded beside
 * the status (FileReceipt). Transitions are made only by {@link ReceiptService}; docs/reliability.md draws them.
 * <pre>
 * RECEIVED ─┬─▶ IMPORTED                      (the import committed; then result list, archive/)
 *    ▲  │   ├─▶ REJECTED / DUPLICATE          (a file fault; then result list, reason, error/)
 *    │  ▼   └─▶ FAILED                        (a defect, after a few attempts; then error/)
 *  WAITING  (an infrastructure fault: nothing stored, retried with backoff)
 * </pre>
 */
public enum ReceiptStatus {
    /** taken from the inbox into its in-progress folder; its import has not committed */
    RECEIVED("受付"),
    /** an infrastructure fault (database, folder, disk, stop) interrupted it before the commit: retried, never rejected */
    WAITING("待機"),
    /** stored: 取込 (and, where the flow has one, 登録) committed */
    IMPORTED("正常"),
    /** rejected whole: nothing stored */
    REJECTED("エラー"),
    /** the same content was taken in before */
    DUPLICATE("二重取込"),
    /** an earlier version stopped mid-file and took the file in again under a new receipt (history only) */
    INTERRUPTED("中断"),
    /** an unexpected failure (a defect, not the file's fault), after a few attempts: the file is in error/ */
    FAILED("異常終了");

    private final String label;

    ReceiptStatus(String label) {
        this.label = label;
    }

    /** 結果 as the 取込結果リスト shows it. */
    public String label() {
        return label;
    }

    /** whether the import has not yet committed or been rejected */
    public boolean undecided() {
        return this == RECEIVED || this == WAITING;
    }

    /** whether the file ends in error/ */
    public boolean rejected() {
        return this == REJECTED || this == DUPLICATE || this == FAILED;
    }
}
