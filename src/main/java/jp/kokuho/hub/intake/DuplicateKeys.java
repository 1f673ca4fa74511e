package jp.kokuho.hub.intake;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A key that must be unique inside one file, and the one query that lists every record repeating it (spec "File
 * conventions": a key given twice rejects the whole file). Each record after the first with the same key gets
 * "&lt;名称&gt;が重複しています (レコード &lt;first&gt; と同じ)", in record order; the staged rows carry their
 * {@code record_no}. Rows whose key has a null column are never duplicates (as in a unique index).
 *
 * @param item    項目名 of the errors
 * @param label   what is repeated, e.g. 宛名番号・課税年度・情報源区分
 * @param columns the key columns of the staged table
 * @param only    a condition on the staged rows the key applies to (e.g. {@code member_type = 1}), or null
 * @param showKey whether the message ends with the key itself (": &lt;value&gt;"; one column only)
 */
public record DuplicateKeys(String item, String label, List<String> columns, String only, boolean showKey) {

    public DuplicateKeys {
        columns = List.copyOf(columns);
        if (columns.isEmpty() || (showKey && columns.size() != 1)) {
            throw new IllegalArgumentException("key columns " + columns + " (showKey " + showKey + ")");
        }
    }

    /** a key of these columns over all staged rows */
    public static DuplicateKeys of(String item, String label, String... columns) {
        return new DuplicateKeys(item, label, List.of(columns), null, false);
    }

    /** the same key, only over the rows that satisfy {@code condition} (a partial unique index) */
    public DuplicateKeys where(String condition) {
        return new DuplicateKeys(item, label, columns, condition, showKey);
    }

    /** the message ends with the key's value */
    public DuplicateKeys showingKey() {
        return new DuplicateKeys(item, label, columns, only, true);
    }

    /** adds an error for every record of {@code table} whose key an earlier record already has */
    public void list(Connection connection, String table, ErrorCollector errors) throws SQLException {
        SetChecks.run(connection, errors, item, sql(table));
    }

    String sql(String table) {
        String keys = String.join(", ", columns);
        String rows = only == null ? table : "(select * from " + table + " where " + only + ")";
        return "select s.record_no, '" + label + "が重複しています (レコード ' || f.first_no || ' と同じ"
                + (showKey ? ": ' || s." + columns.get(0) + " || ')'" : ")'")
                + " from " + rows + " s join (select " + keys + ", min(record_no) first_no from " + rows + " k"
                + " group by " + keys + " having count(*) > 1) f on " + tuple("f", columns) + " = " + tuple("s", columns)
                + " where s.record_no <> f.first_no order by s.record_no";
    }

    private static String tuple(String alias, List<String> columns) {
        return "(" + String.join(", ", columns.stream().map(c -> alias + "." + c).toList()) + ")";
    }
}
