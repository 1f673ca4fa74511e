package jp.kokuho.hub.mapping.bytes;

/**
 * One problem found in one item of a record.
 *
 * @param item    the Japanese 項目 name (e.g. 生年月日), "予備" for filler bytes, "レコード" for the record as a whole
 * @param message what was expected and what was found, e.g. "日付ではありません (20230231)"
 */
public record FieldError(String item, String message) {

    /** "生年月日: 日付ではありません (20230231)" — the form used in the result lists' エラー内容. */
    @Override
    public String toString() {
        return item + ": " + message;
    }
}
