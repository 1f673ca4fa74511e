package jp.kokuho.hub.intake;

/** States of a received file in the processing history. */
public enum ReceiptStatus {
    /** picked up, being processed */
    RECEIVED("受付"),
    /** stored: 取込 (and, where the flow has one, 登録) committed */
    IMPORTED("正常"),
    /** rejected whole: nothing stored */
    REJECTED("エラー"),
    /** the same content was taken in before */
    DUPLICATE("二重取込"),
    /** the hub stopped while the file was being processed; the file is taken in again */
    INTERRUPTED("中断"),
    /** an unexpected failure (not the file's fault) */
    FAILED("異常終了");

    private final String label;

    ReceiptStatus(String label) {
        this.label = label;
    }

    /** 結果 as the 取込結果リスト shows it. */
    public String label() {
        return label;
    }
}
