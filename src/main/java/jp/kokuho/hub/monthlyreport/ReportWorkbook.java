package jp.kokuho.hub.monthlyreport;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * 事業月報_<YYYYMM>.xlsx: sheet 「事業月報」 laid out like the paper form (title, 保険者番号, 報告年月, sections), and
 * sheet 「集計根拠データ」 with one row per basis row. Streaming (SXSSF): the basis rows go straight to a temporary
 * file ({@link BasisSheetData}, uncompressed: gzip cost more than it saved), which {@link #close()} deletes.
 */
final class ReportWorkbook implements AutoCloseable {

    static final String REPORT_SHEET = "事業月報";
    static final String BASIS_SHEET = "集計根拠データ";
    /** the first row of the item table (0-based) in the report sheet */
    static final int FIRST_ITEM_ROW = 5;
    private static final int[] BASIS_WIDTHS = {12, 12, 6, 11, 10, 12, 9, 11, 11, 9, 11, 9, 11, 9, 9};

    private final ReportSxssf workbook = new ReportSxssf(500);
    private final SXSSFSheet report;
    /** the basis sheets' data: a second (third, …) sheet when a sheet reaches the row limit */
    private final List<BasisSheetData> basisSheets = new ArrayList<>();
    private final List<String> basisHeader;
    private final int rowsPerSheet;
    /** the rows of the current basis sheet */
    private BasisSheetData basis;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle integer;
    private final CellStyle rate;
    private final CellStyle title;
    private final CellStyle section;

    /** Excel's limit: 1,048,576 rows, one of them the header */
    static final int EXCEL_DATA_ROWS = 1_048_575;

    ReportWorkbook(List<String> basisHeader) throws IOException {
        this(basisHeader, EXCEL_DATA_ROWS);
    }

    ReportWorkbook(List<String> basisHeader, int rowsPerSheet) throws IOException {
        this.basisHeader = basisHeader;
        this.rowsPerSheet = rowsPerSheet;
        report = workbook.createSheet(REPORT_SHEET);
        ReportStyles styles = new ReportStyles(workbook);
        title = styles.title;
        header = styles.header;
        section = styles.section;
        text = styles.text;
        integer = styles.integer;
        rate = styles.rate;
        ReportStyles.printSetup(report, false, FIRST_ITEM_ROW - 1);

        newBasisSheet();
    }

    private void newBasisSheet() throws IOException {
        SXSSFSheet sheet = workbook.createSheet(basisSheets.isEmpty() ? BASIS_SHEET
                : BASIS_SHEET + "(" + (basisSheets.size() + 1) + ")");
        basis = workbook.lastSheetData;
        basisSheets.add(basis);
        basis.header(basisHeader, header.getIndex());
        sheet.createFreezePane(0, 1);
        ReportStyles.printSetup(sheet, true, 0);
        for (int i = 0; i < BASIS_WIDTHS.length; i++) {
            sheet.setColumnWidth(i, BASIS_WIDTHS[i] * 256 + 200);
        }
    }

    /** one basis row: text columns stay text (leading zeros), numbers (年齢, flags) are numbers */
    void basisRow(List<Object> values) throws IOException {
        if (basis.rows() > rowsPerSheet) {
            newBasisSheet();
        }
        basis.row(values);
    }

    /** the form: title, 保険者番号, 報告年月, 作成年月日, then 区分 / 項目コード / 項目 / 値 */
    void report(String insurerNo, YearMonth month, LocalDate createdOn, Map<String, Object> values) {
        Row t = report.createRow(0);
        Cell tc = t.createCell(0);
        tc.setCellValue("国民健康保険事業状況報告書（事業月報）");
        tc.setCellStyle(title);
        report.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
        labelled(1, "保険者番号", insurerNo);
        labelled(2, "報告年月", month.getYear() + "年" + month.getMonthValue() + "月分（"
                + ReportRules.fiscalYear(month) + "年度）");
        labelled(3, "作成年月日", createdOn.getYear() + "年" + createdOn.getMonthValue() + "月"
                + createdOn.getDayOfMonth() + "日");
        Row h = report.createRow(FIRST_ITEM_ROW - 1);
        String[] heads = {"区分", "項目コード", "項目", "値"};
        for (int i = 0; i < heads.length; i++) {
            Cell c = h.createCell(i);
            c.setCellValue(heads[i]);
            c.setCellStyle(header);
        }
        int row = FIRST_ITEM_ROW;
        String previousSection = null;
        for (ReportItem item : ReportItem.ALL) {
            Row r = report.createRow(row++);
            String sec = section(item.code());
            Cell s = r.createCell(0);
            s.setCellStyle(section);
            if (!sec.equals(previousSection)) {
                s.setCellValue(sec);
                previousSection = sec;
            }
            Cell code = r.createCell(1);
            code.setCellValue(item.code());
            code.setCellStyle(text);
            Cell label = r.createCell(2);
            label.setCellValue(item.label());
            label.setCellStyle(text);
            Cell value = r.createCell(3);
            Object v = values.get(item.code());
            if (v instanceof BigDecimal d) {
                value.setCellValue(d.doubleValue());
                value.setCellStyle(rate);
            } else {
                value.setCellValue(((Number) v).doubleValue());
                value.setCellStyle(integer);
            }
        }
        Row unit = report.createRow(row + 1);
        unit.createCell(0).setCellValue("（単位: 世帯・人・円・％。率は小数第3位を四捨五入）");
        report.setColumnWidth(0, 26 * 256);
        report.setColumnWidth(1, 12 * 256);
        report.setColumnWidth(2, 40 * 256);
        report.setColumnWidth(3, 18 * 256);
    }

    private void labelled(int rowIndex, String label, String value) {
        Row r = report.createRow(rowIndex);
        r.createCell(0).setCellValue(label);
        r.createCell(2).setCellValue(value);
    }

    static String section(String code) {
        return switch (code.charAt(0)) {
            case 'H', 'P' -> "世帯数・被保険者数（月末現在）";
            case 'A' -> "資格取得（当月中）";
            case 'L' -> "資格喪失（当月中）";
            case 'C' -> "保険料（税）収納状況";
            default -> "所得区分別被保険者数（月末現在）";
        };
    }

    void write(OutputStream out) throws IOException {
        // the sheets' <dimension>, which SXSSF derives from its own rows only
        for (int i = 0; i < basisSheets.size(); i++) {
            workbook.getXSSFWorkbook().getSheetAt(i + 1).setDimensionOverride(
                    new CellRangeAddress(0, basisSheets.get(i).rows() - 1, 0, basisHeader.size() - 1));
        }
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }

    /**
     * SXSSF whose xlsx entries are deflated at {@link Deflater#BEST_SPEED} (at the default level the deflate of the
     * basis sheet's XML was a third of the job, docs/benchmark.md; the file is somewhat larger, the same for Excel),
     * and whose sheets keep their data in a {@link BasisSheetData}: {@link #lastSheetData} is that of the sheet
     * created last. SXSSF's own hooks for the archive stream and the sheet data.
     */
    static final class ReportSxssf extends SXSSFWorkbook {
        BasisSheetData lastSheetData;

        ReportSxssf(int rowWindow) {
            super(rowWindow);
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            lastSheetData = new BasisSheetData();
            return lastSheetData;
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    }
}
