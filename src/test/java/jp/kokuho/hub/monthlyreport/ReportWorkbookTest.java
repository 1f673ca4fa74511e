package jp.kokuho.hub.monthlyreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The xlsx without Spring: the form sheet, the basis sheet(s) and their widths, read back with POI. */
class ReportWorkbookTest {

    @Test
    void basisRollsOverToASecondSheetAtTheRowLimit() throws Exception {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ReportItem item : ReportItem.ALL) {
            values.put(item.code(), item.rate() ? new BigDecimal("12.35") : (Object) 7L);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportWorkbook wb = new ReportWorkbook(MonthlyReportJob.BASIS_HEADER, 3)) {
            for (int i = 0; i < 7; i++) {
                wb.basisRow(List.of(String.format("%010d", i), "00000001", "01", "19800101", 46, 1, 0, 0, 0, 0, 0,
                        i == 1 ? "<&>\"受付" : "", 0, i == 2 ? " 05" : "", "A1"));
            }
            wb.report("139998", YearMonth.of(2026, 10), LocalDate.of(2026, 11, 10), values);
            wb.write(out);
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(read.getNumberOfSheets()).isEqualTo(4);
            assertThat(read.getSheetName(0)).isEqualTo("事業月報");
            assertThat(read.getSheetName(1)).isEqualTo("集計根拠データ");
            assertThat(read.getSheetName(2)).isEqualTo("集計根拠データ(2)");
            assertThat(read.getSheetName(3)).isEqualTo("集計根拠データ(3)");
            assertThat(read.getSheetAt(1).getLastRowNum()).isEqualTo(3);
            assertThat(read.getSheetAt(3).getLastRowNum()).isEqualTo(1);
            assertThat(read.getSheetAt(3).getRow(0).getCell(0).getStringCellValue()).isEqualTo("世帯番号");
            assertThat(read.getSheetAt(3).getRow(1).getCell(0).getStringCellValue()).isEqualTo("0000000006");
            assertThat(read.getSheetAt(2).getColumnWidth(0)).isGreaterThan(10 * 256);
            // codes stay text (leading zeros), 年齢 and the flags are numbers, an empty value is no value
            Row first = read.getSheetAt(1).getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("0000000000");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("01");
            assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(46);
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(1);
            assertThat(first.getCell(11) == null || first.getCell(11).getCellType() == CellType.BLANK).isTrue();
            assertThat(first.getCell(14).getStringCellValue()).isEqualTo("A1");
            assertThat(first.getCell(0).getCellStyle().getIndex()).isZero();
            assertThat(read.getSheetAt(1).getRow(2).getCell(11).getStringCellValue()).isEqualTo("<&>\"受付");
            assertThat(read.getSheetAt(1).getRow(3).getCell(13).getStringCellValue()).isEqualTo(" 05");
            // the header: bold on grey, bordered, frozen above the rows
            XSSFCellStyle head = read.getSheetAt(1).getRow(0).getCell(1).getCellStyle();
            assertThat(read.getSheetAt(1).getRow(0).getCell(1).getStringCellValue()).isEqualTo("被保険者番号");
            assertThat(head.getFont().getBold()).isTrue();
            assertThat(head.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(head.getBorderBottom()).isEqualTo(BorderStyle.THIN);
            assertThat(read.getSheetAt(1).getPaneInformation().isFreezePane()).isTrue();
            assertThat(read.getSheetAt(1).getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(read.getSheetAt(1).getCTWorksheet().getDimension().getRef()).isEqualTo("A1:O4");
            assertThat(read.getSheetAt(1).getHorizontallyCenter()).isTrue();
            assertThat(read.getSheetAt(0).getRow(2).getCell(2).getStringCellValue()).isEqualTo("2026年10月分（2026年度）");
            assertThat(read.getSheetAt(0).getRow(ReportWorkbook.FIRST_ITEM_ROW).getCell(0).getStringCellValue())
                    .isEqualTo("世帯数・被保険者数（月末現在）");
            assertThat(read.getSheetAt(0).getRow(ReportWorkbook.FIRST_ITEM_ROW + 19).getCell(1).getStringCellValue())
                    .isEqualTo("C03");
            assertThat(read.getSheetAt(0).getRow(ReportWorkbook.FIRST_ITEM_ROW + 19).getCell(3).getNumericCellValue())
                    .isEqualTo(12.35);
            // printable as the 事業年報 workbook: A4, one page wide, header rows on every page
            assertThat(read.getSheetAt(0).getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(read.getSheetAt(0).getFitToPage()).isTrue();
            assertThat(read.getSheetAt(0).getRepeatingRows()).isNotNull();
            assertThat(read.getSheetAt(1).getPrintSetup().getLandscape()).isTrue();
            assertThat(read.getSheetAt(2).getRepeatingRows().formatAsString()).isEqualTo("1:1");
        }
    }
}
