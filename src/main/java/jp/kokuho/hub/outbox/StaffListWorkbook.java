package jp.kokuho.hub.outbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import jp.kokuho.hub.incomeclass.BasisWords;

/**
 * "Excel で開く": the xlsx of a staff CSV list, made on the fly from the CSV as it is in the outbox (the CSV keeps
 * the spec's exact format). Every cell is typed by its column ({@link StaffColumns}): text cells (leading zeros
 * kept), codes with their meaning ({@code 9 特別の事情}), dates as dates, counts and amounts as numbers; the header
 * is frozen, the columns fit their widest cell, and a second sheet 説明 lists the code tables and terms used.
 * Streams (POI SXSSF): a list of any length takes the same memory.
 */
public final class StaffListWorkbook {

    private static final DateTimeFormatter YMD = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter YM = DateTimeFormatter.ofPattern("uuuuMM").withResolverStyle(ResolverStyle.STRICT);
    private static final int MAX_WIDTH = 80;

    private StaffListWorkbook() {
    }

    /** Reads the CSV (MS932, header row) and writes the xlsx; {@code sheetName} is the list's name. */
    public static void convert(InputStream csv, String sheetName, OutputStream xlsx) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(wb);
            SXSSFSheet sheet = wb.createSheet(safeSheetName(sheetName));
            BufferedReader in = new BufferedReader(new InputStreamReader(csv, StaffCsv.MS932));
            String line = in.readLine();
            List<String> header = line == null ? List.of() : parse(line);
            List<StaffColumns.Column> columns = header.stream().map(StaffColumns::of).toList();
            int[] widths = new int[header.size()];
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(styles.header);
                widths[c] = displayWidth(header.get(c));
            }
            int resultColumn = header.indexOf("結果");
            int errorColumn = header.indexOf("エラー内容");
            int r = 1;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                List<String> values = parse(line);
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    String value = values.get(c);
                    if (c == resultColumn && errorColumn >= 0 && "登録".equals(value) && errorColumn < values.size()
                            && !values.get(errorColumn).isBlank()) {
                        // registered although flagged (特定疾患: 資格確認結果 not 1): say so beside the flag
                        value = "登録 (要確認)";
                    }
                    StaffColumns.Column column = c < columns.size() ? columns.get(c) : StaffColumns.Column.of(StaffColumns.Kind.TEXT);
                    String shown = write(row.createCell(c), column, value, styles);
                    if (c < widths.length) {
                        widths[c] = Math.max(widths[c], displayWidth(shown));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            if (!header.isEmpty()) {
                sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0, header.size() - 1));
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.min(MAX_WIDTH, widths[c] + 2) * 256);
            }
            sheet.getPrintSetup().setLandscape(true);
            sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(0, 0, -1, -1));
            legend(wb, columns, styles);
            wb.write(xlsx);
            wb.dispose();
        }
    }

    /** writes one typed cell; returns the text it shows (for the column width) */
    private static String write(Cell cell, StaffColumns.Column column, String value, Styles styles) {
        String v = value == null ? "" : value;
        if (v.isBlank()) {
            cell.setCellValue("");
            cell.setCellStyle(styles.text);
            return "";
        }
        try {
            switch (column.kind()) {
                case NUMBER -> {
                    BigDecimal n = new BigDecimal(v.trim());
                    cell.setCellValue(n.doubleValue());
                    cell.setCellStyle(n.scale() > 0 ? styles.decimal : styles.integer);
                    return String.format("%,.2f", n.doubleValue());
                }
                case DATE -> {
                    cell.setCellValue(LocalDate.parse(v.trim(), YMD));
                    cell.setCellStyle(styles.date);
                    return "0000/00/00";
                }
                case DATE_TIME -> {
                    cell.setCellValue(LocalDateTime.parse(v.trim(), DATE_TIME));
                    cell.setCellStyle(styles.dateTime);
                    return "0000/00/00 00:00:00";
                }
                case MONTH -> {
                    cell.setCellValue(YearMonth.parse(v.trim(), YM).atDay(1));
                    cell.setCellStyle(styles.month);
                    return "0000年00月";
                }
                case CODE -> {
                    String labelled = column.table().label(v);
                    cell.setCellValue(labelled);
                    cell.setCellStyle(styles.text);
                    return labelled;
                }
                case BASIS -> {
                    String words = BasisWords.explain(v);
                    cell.setCellValue(words);
                    cell.setCellStyle(styles.text);
                    return words;
                }
                default -> {
                }
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            // not of the column's kind (should not happen in our lists): shown as the text it is
        }
        cell.setCellValue(v);
        cell.setCellStyle(styles.text);
        return v;
    }

    /** the sheet 説明: each code table used by the list and the letters of 判定根拠 */
    private static void legend(SXSSFWorkbook wb, List<StaffColumns.Column> columns, Styles styles) {
        Set<CodeTables> tables = new LinkedHashSet<>();
        boolean basis = false;
        for (StaffColumns.Column c : columns) {
            if (c.table() != null) {
                tables.add(c.table());
            }
            basis |= c.kind() == StaffColumns.Kind.BASIS;
        }
        if (tables.isEmpty() && !basis) {
            return;
        }
        Sheet sheet = wb.createSheet("説明");
        int r = 0;
        for (CodeTables t : tables) {
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue(title(t));
            title.getCell(0).setCellStyle(styles.header);
            for (var e : t.entries().entrySet()) {
                Row row = sheet.createRow(r++);
                Cell code = row.createCell(0);
                code.setCellValue(e.getKey());
                code.setCellStyle(styles.text);
                row.createCell(1).setCellValue(e.getValue());
            }
            r++;
        }
        if (basis) {
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue("判定根拠の記号");
            title.getCell(0).setCellStyle(styles.header);
            Row s = sheet.createRow(r++);
            s.createCell(0).setCellValue("S");
            s.createCell(1).setCellValue(BasisWords.S_MEANING + " (70歳未満: 世帯の被保険者全員、70〜74歳: 70〜74歳の被保険者)");
            Row k = sheet.createRow(r++);
            k.createCell(0).setCellValue("K");
            k.createCell(1).setCellValue(BasisWords.K_MEANING + " (年少扶養控除の調整後)");
        }
        sheet.setColumnWidth(0, 20 * 256);
        sheet.setColumnWidth(1, 70 * 256);
    }

    private static String title(CodeTables t) {
        return switch (t) {
            case INCOME_CLASS -> "所得区分";
            case ARREARS_CLASS -> "滞納区分";
            case CHECK_RESULT -> "資格確認結果";
            case DISEASE_KIND -> "疾病区分";
            case CONTACT_TYPE -> "連絡区分";
            case ACQUIRE_REASON -> "取得事由";
            case LOSS_REASON -> "喪失事由";
            case AGE_GROUP -> "年齢区分";
            case MEMBER_TYPE -> "構成員区分";
            case CONTINUITY -> "世帯継続区分";
        };
    }

    /** one CSV line as StaffCsv writes it: comma-separated, a field in double quotes when it needs them */
    static List<String> parse(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        out.add(field.toString());
        return out;
    }

    /** width as Excel shows it: a full-width character takes two columns */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            w += ch < 0x80 || (ch >= 0xFF61 && ch <= 0xFF9F) ? 1 : 2;
        }
        return w;
    }

    private static String safeSheetName(String name) {
        String s = name == null || name.isBlank() ? "一覧" : name.replaceAll("[\\\\/?*\\[\\]:]", "_");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle date;
        final CellStyle dateTime;
        final CellStyle month;

        Styles(SXSSFWorkbook wb) {
            var format = wb.createDataFormat();
            header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setDataFormat(format.getFormat("@"));
            text = wb.createCellStyle();
            text.setDataFormat(format.getFormat("@"));
            integer = wb.createCellStyle();
            integer.setDataFormat(format.getFormat("#,##0"));
            decimal = wb.createCellStyle();
            decimal.setDataFormat(format.getFormat("#,##0.00"));
            date = wb.createCellStyle();
            date.setDataFormat(format.getFormat("yyyy/mm/dd"));
            dateTime = wb.createCellStyle();
            dateTime.setDataFormat(format.getFormat("yyyy/mm/dd hh:mm:ss"));
            month = wb.createCellStyle();
            month.setDataFormat(format.getFormat("yyyy\"年\"mm\"月\""));
        }
    }
}
