package jp.kokuho.hub.annualreport;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import jp.kokuho.hub.monthlyreport.ReportItem;
import jp.kokuho.hub.monthlyreport.ReportStyles;

/**
 * 事業年報_<FY>.xlsx: sheet 「事業年報」 laid out like the paper form (title with 確定 or 速報, 保険者番号, 報告年度,
 * 集計期間, sections), and sheet 「月別推移」 with one row per monthly item, one column per month M1 … Mn and the
 * annual value last. Small (a few hundred cells): an ordinary in-memory workbook. Styles and print setup are the
 * monthly workbook's ({@link ReportStyles}).
 */
final class AnnualWorkbook implements AutoCloseable {

    static final String REPORT_SHEET = "事業年報";
    static final String TREND_SHEET = "月別推移";
    /** the first row of the item table (0-based) in the report sheet */
    static final int FIRST_ITEM_ROW = 7;
    /** the first month column of 月別推移 (after 項目コード, 項目) */
    static final int FIRST_MONTH_COLUMN = 2;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final ReportStyles styles = new ReportStyles(workbook);

    /** the form: title, 保険者番号, 報告年度, 集計期間, 作成年月日, then 区分 / 項目コード / 項目 / 値 */
    void report(String insurerNo, FiscalYearMonths period, LocalDate createdOn, Map<String, Object> annual) {
        Sheet sheet = workbook.createSheet(REPORT_SHEET);
        Row t = sheet.createRow(0);
        Cell tc = t.createCell(0);
        tc.setCellValue("国民健康保険事業状況報告書（事業年報）【" + period.status() + "】");
        tc.setCellStyle(styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
        labelled(sheet, 1, "保険者番号", insurerNo);
        labelled(sheet, 2, "報告年度", period.fiscalYear() + "年度（" + period.fiscalYear() + "年4月～"
                + (period.fiscalYear() + 1) + "年3月）");
        labelled(sheet, 3, "集計期間", period.status() + "　" + period.coverage()
                + (period.complete() ? "" : "　年度途中の速報値"));
        labelled(sheet, 4, "作成年月日", date(createdOn));
        Row h = sheet.createRow(FIRST_ITEM_ROW - 1);
        String[] heads = {"区分", "項目コード", "項目", "値"};
        for (int i = 0; i < heads.length; i++) {
            Cell c = h.createCell(i);
            c.setCellValue(heads[i]);
            c.setCellStyle(styles.header);
        }
        int row = FIRST_ITEM_ROW;
        String previousSection = null;
        for (AnnualItem item : AnnualItem.ALL) {
            Row r = sheet.createRow(row++);
            String sec = section(item.code());
            Cell s = r.createCell(0);
            s.setCellStyle(styles.section);
            if (!sec.equals(previousSection)) {
                s.setCellValue(sec);
                previousSection = sec;
            }
            text(r, 1, item.code());
            text(r, 2, item.label());
            number(r.createCell(3), annual.get(item.code()));
        }
        row++;
        sheet.createRow(row++).createCell(0).setCellValue("（単位: 世帯・人・円・％。率は小数第3位を四捨五入）");
        sheet.createRow(row++).createCell(0).setCellValue("年度末現在: 集計期間の最終月の月末現在。年間: 集計期間の合計。"
                + "年間平均: 各月末現在の値の平均（小数第1位を四捨五入）。");
        sheet.createRow(row).createCell(0).setCellValue("各月の値は事業月報と同じ定義で算出。");
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 12 * 256);
        sheet.setColumnWidth(2, 46 * 256);
        sheet.setColumnWidth(3, 18 * 256);
        ReportStyles.printSetup(sheet, false, FIRST_ITEM_ROW - 1);
    }

    /** 月別推移: 項目コード, 項目, M1 … Mn, 年度 (the annual value of the same item) */
    void trend(FiscalYearMonths period, List<Map<String, Object>> months, Map<String, Object> annual) {
        Sheet sheet = workbook.createSheet(TREND_SHEET);
        Row h = sheet.createRow(0);
        List<YearMonth> ms = period.months();
        int annualColumn = FIRST_MONTH_COLUMN + ms.size();
        header(h, 0, "項目コード");
        header(h, 1, "項目");
        for (int i = 0; i < ms.size(); i++) {
            header(h, FIRST_MONTH_COLUMN + i, ms.get(i).getYear() + "年" + ms.get(i).getMonthValue() + "月");
        }
        header(h, annualColumn, "年度（" + period.status() + "）");
        int row = 1;
        for (ReportItem item : ReportItem.ALL) {
            Row r = sheet.createRow(row++);
            text(r, 0, item.code());
            text(r, 1, item.label());
            for (int i = 0; i < months.size(); i++) {
                number(r.createCell(FIRST_MONTH_COLUMN + i), months.get(i).get(item.code()));
            }
            number(r.createCell(annualColumn), annual.get(item.code()));
        }
        row++;
        sheet.createRow(row++).createCell(0).setCellValue("各月: その月の事業月報の値（月末現在・当月中）。");
        sheet.createRow(row).createCell(0).setCellValue("年度: 資格取得・資格喪失は" + ms.size()
                + "か月の合計、その他は" + ms.get(ms.size() - 1).getYear() + "年"
                + ms.get(ms.size() - 1).getMonthValue() + "月末現在の値（事業年報の値）。");
        sheet.createFreezePane(FIRST_MONTH_COLUMN, 1);
        sheet.setColumnWidth(0, 11 * 256);
        sheet.setColumnWidth(1, 36 * 256);
        for (int c = FIRST_MONTH_COLUMN; c < annualColumn; c++) {
            sheet.setColumnWidth(c, 13 * 256);
        }
        sheet.setColumnWidth(annualColumn, 15 * 256);
        ReportStyles.printSetup(sheet, true, 0);
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 1));
    }

    static String section(String code) {
        return switch (code.charAt(0)) {
            case 'N' -> "集計期間";
            case 'H', 'P' -> "世帯数・被保険者数";
            case 'A' -> "資格取得（年間）";
            case 'L' -> "資格喪失（年間）";
            case 'C' -> "保険料（税）収納状況（年度末現在）";
            default -> "所得区分別被保険者数（年度末現在）";
        };
    }

    private static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private void labelled(Sheet sheet, int rowIndex, String label, String value) {
        Row r = sheet.createRow(rowIndex);
        r.createCell(0).setCellValue(label);
        r.createCell(2).setCellValue(value);
    }

    private void header(Row r, int column, String value) {
        Cell c = r.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(styles.header);
    }

    private void text(Row r, int column, String value) {
        Cell c = r.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(styles.text);
    }

    /** a numeric cell: {@code #,##0}, or {@code 0.00} for a rate */
    private void number(Cell cell, Object value) {
        CellStyle style;
        if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
            style = styles.rate;
        } else {
            cell.setCellValue(((Number) value).doubleValue());
            style = styles.integer;
        }
        cell.setCellStyle(style);
    }

    void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
