package jp.kokuho.hub.outbox;

import java.util.Map;

/**
 * What each column of the staff lists holds, by its Japanese header (the headers are the spec's and the same
 * name means the same thing in every list). Used to make the xlsx of a list: text stays text (leading zeros),
 * codes get their meaning, dates become dates, counts and amounts numbers.
 */
public final class StaffColumns {

    public enum Kind { TEXT, NUMBER, DATE, DATE_TIME, MONTH, CODE, BASIS }

    /** one column: its kind and, for a code, its table */
    public record Column(Kind kind, CodeTables table) {
        static Column of(Kind kind) {
            return new Column(kind, null);
        }

        static Column code(CodeTables table) {
            return new Column(Kind.CODE, table);
        }
    }

    private static final Map<String, Column> COLUMNS = Map.ofEntries(
            Map.entry("受付日時", Column.of(Kind.DATE_TIME)),
            Map.entry("処理日時", Column.of(Kind.DATE_TIME)),
            Map.entry("データ件数", Column.of(Kind.NUMBER)),
            Map.entry("レコード番号", Column.of(Kind.NUMBER)),
            Map.entry("未納額", Column.of(Kind.NUMBER)),
            Map.entry("未納期数", Column.of(Kind.NUMBER)),
            Map.entry("年齢(月末)", Column.of(Kind.NUMBER)),
            Map.entry("値", Column.of(Kind.NUMBER)),
            Map.entry("月末資格有無", Column.of(Kind.NUMBER)),
            Map.entry("未就学児", Column.of(Kind.NUMBER)),
            Map.entry("前期高齢者", Column.of(Kind.NUMBER)),
            Map.entry("高齢受給者", Column.of(Kind.NUMBER)),
            Map.entry("現役並み", Column.of(Kind.NUMBER)),
            Map.entry("取得(当月)", Column.of(Kind.NUMBER)),
            Map.entry("喪失(当月)", Column.of(Kind.NUMBER)),
            Map.entry("生年月日", Column.of(Kind.DATE)),
            Map.entry("最古未納納期限", Column.of(Kind.DATE)),
            Map.entry("有効期間開始年月日", Column.of(Kind.DATE)),
            Map.entry("有効期間終了年月日", Column.of(Kind.DATE)),
            Map.entry("回答年月日", Column.of(Kind.DATE)),
            Map.entry("対象年月", Column.of(Kind.MONTH)),
            Map.entry("所得区分基準年月", Column.of(Kind.MONTH)),
            Map.entry("所得区分", Column.code(CodeTables.INCOME_CLASS)),
            Map.entry("変更前所得区分", Column.code(CodeTables.INCOME_CLASS)),
            Map.entry("変更後所得区分", Column.code(CodeTables.INCOME_CLASS)),
            Map.entry("滞納区分", Column.code(CodeTables.ARREARS_CLASS)),
            Map.entry("前回滞納区分", Column.code(CodeTables.ARREARS_CLASS)),
            Map.entry("資格確認結果", Column.code(CodeTables.CHECK_RESULT)),
            Map.entry("疾病区分", Column.code(CodeTables.DISEASE_KIND)),
            Map.entry("取得事由", Column.code(CodeTables.ACQUIRE_REASON)),
            Map.entry("喪失事由", Column.code(CodeTables.LOSS_REASON)),
            Map.entry("年齢区分", Column.code(CodeTables.AGE_GROUP)),
            Map.entry("判定根拠", Column.of(Kind.BASIS)));

    private StaffColumns() {
    }

    /** the column of a header; text when the header is not listed (numbers such as 世帯番号 and 枝番 are text) */
    public static Column of(String header) {
        return COLUMNS.getOrDefault(header == null ? "" : header.trim(), Column.of(Kind.TEXT));
    }
}
