package jp.kokuho.hub.monthlyreport;

import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * The sheet data of a basis sheet (集計根拠データ), written row by row straight into SXSSF's temporary sheet file.
 * SXSSF still owns the workbook (styles, print setup, freeze pane, widths: {@link ReportStyles}) and puts this sheet
 * data into the sheet's XML when the workbook is written, as it does with its own rows.
 *
 * <p>Why not SXSSF's rows: they cost about 12 µs per basis row (a row object with a {@code TreeMap} of cell objects,
 * a {@code CellReference} string per cell, a code point iterator per character), two thirds of the 事業月報's time at
 * 1,000,000 persons (docs/benchmark.md). POI has no cheaper row API, and fastexcel, which has one, cannot centre a
 * sheet on the printed page as {@link ReportStyles#printSetup} does. This writes the same cells: text as inline
 * strings (codes keep their leading zeros), numbers as numbers, every cell in the default style; an empty value is no
 * cell. Text that is not plain printable ASCII goes through POI's own escaping.
 */
final class BasisSheetData extends SheetDataWriter {

    private String[] columns = new String[0];
    private int rowIndex;
    /** one row's XML, written to the sheet data in one call (a call per attribute cost a fifth of the job, JFR) */
    private final StringBuilder line = new StringBuilder(512);
    private char[] chars = new char[512];

    BasisSheetData() throws IOException {
        super();
    }

    /** the first row: the column names in {@code style} (its index in the workbook) */
    void header(List<String> names, short style) throws IOException {
        columns = new String[names.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = CellReference.convertNumToColString(i);
        }
        int r = beginRow();
        for (int i = 0; i < names.size(); i++) {
            beginCell(i, r);
            line.append(" s=\"").append(style & 0xffff).append("\" t=\"inlineStr\"><is><t>");
            escaped(names.get(i));
            line.append("</t></is></c>");
        }
        endRow();
    }

    /** the next row: a {@link Number} is a number, anything else text (none when null or empty) */
    void row(List<Object> values) throws IOException {
        int r = beginRow();
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v instanceof Number n) {
                beginCell(i, r);
                line.append("><v>"); // t="n", the default
                if (n instanceof Integer || n instanceof Long) {
                    line.append(n.longValue());
                } else {
                    line.append(n.doubleValue());
                }
                line.append("</v></c>");
            } else if (v != null) {
                String s = v.toString();
                if (s.isEmpty()) {
                    continue;
                }
                beginCell(i, r);
                if (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))) {
                    line.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
                } else {
                    line.append(" t=\"inlineStr\"><is><t>");
                }
                escaped(s);
                line.append("</t></is></c>");
            }
        }
        endRow();
    }

    /** the rows written so far, the header included */
    int rows() {
        return rowIndex;
    }

    private int beginRow() {
        line.setLength(0);
        int r = ++rowIndex;
        line.append("<row r=\"").append(r).append("\">");
        return r;
    }

    private void endRow() throws IOException {
        line.append("</row>\n");
        flushLine();
    }

    private void beginCell(int column, int r) {
        line.append("<c r=\"").append(columns[column]).append(r).append('"');
    }

    /** printable ASCII without the characters XML escapes as it is, anything else through POI's own escaping */
    private void escaped(String s) throws IOException {
        if (plain(s)) {
            line.append(s);
        } else {
            flushLine();
            outputEscapedString(s);
        }
    }

    private void flushLine() throws IOException {
        int n = line.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, 2 * chars.length)];
        }
        line.getChars(0, n, chars, 0);
        _out.write(chars, 0, n);
        line.setLength(0);
    }

    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '<' || c == '>' || c == '&' || c == '"') {
                return false;
            }
        }
        return true;
    }
}
