package jp.kokuho.hub.monthlyreport;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The look of the report workbooks (事業月報, 事業年報) in one place: cell styles (title, bordered header, section,
 * text, integer {@code #,##0}, rate {@code 0.00}) and the print setup (A4, fitted to one page wide, header rows
 * repeated on every page, page numbers in the footer).
 */
public final class ReportStyles {

    public static final String INTEGER_FORMAT = "#,##0";
    public static final String RATE_FORMAT = "0.00";

    public final CellStyle title;
    public final CellStyle header;
    public final CellStyle section;
    public final CellStyle text;
    public final CellStyle integer;
    public final CellStyle rate;
    private final Workbook workbook;

    public ReportStyles(Workbook workbook) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
        header = bordered();
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        section = bordered();
        section.setFont(bold);
        text = bordered();
        integer = bordered();
        integer.setDataFormat(workbook.createDataFormat().getFormat(INTEGER_FORMAT));
        rate = bordered();
        rate.setDataFormat(workbook.createDataFormat().getFormat(RATE_FORMAT));
    }

    private CellStyle bordered() {
        CellStyle s = workbook.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    /**
     * A4, portrait or landscape, one page wide (as many pages down as needed), rows {@code 0 … repeatTo} printed at
     * the top of every page (-1: none), centred, 「ページ / 総ページ」 in the footer.
     */
    public static void printSetup(Sheet sheet, boolean landscape, int repeatTo) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.5);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        if (repeatTo >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, repeatTo, -1, -1));
        }
        sheet.getFooter().setCenter("&P / &N");
    }
}
