package jp.kokuho.hub.intake;

/**
 * One reason a file is rejected, as the 取込結果リスト shows it.
 *
 * @param recordNo the line number in the file (a fixed-length header is 1); null for the file as a whole
 * @param item     項目名, or null
 * @param message  エラー内容: what was expected and what was found
 */
public record ImportError(Integer recordNo, String item, String message) {

    public static ImportError ofFile(String message) {
        return new ImportError(null, null, message);
    }

    public static ImportError ofFile(String item, String message) {
        return new ImportError(null, item, message);
    }

    /** The line as written to reason.txt and the log (no personal data: messages never quote names). */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(recordNo == null ? "ファイル" : "レコード " + recordNo);
        if (item != null) {
            sb.append(" ").append(item);
        }
        return sb.append(": ").append(message).toString();
    }
}
