package jp.kokuho.hub.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import jp.kokuho.hub.monthlyreport.ReportItem;

/** The xlsx without Spring, read back with POI: labels, values, number formats, widths, print setup. */
class AnnualWorkbookTest {

    private static Map<String, Object> month(long base) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (ReportItem item : ReportItem.ALL) {
            m.put(item.code(), item.rate() ? new BigDecimal(base + ".25") : (Object) (base * 1000));
        }
        return m;
    }

    @Test
    void reportAndTrendSheets() throws Exception {
        FiscalYearMonths period = FiscalYearMonths.endedBy(2026, LocalDate.of(2026, 11, 30));
        List<Map<String, Object>> months = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            months.add(month(i));
        }
        Map<String, Object> annual = AnnualFigures.combine(months);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AnnualWorkbook wb = new AnnualWorkbook()) {
            wb.report("139998", period, LocalDate.of(2026, 11, 30), annual);
            wb.trend(period, months, annual);
            wb.write(out);
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(read.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet report = read.getSheet("事業年報");
            assertThat(read.getSheetIndex(report)).isZero();
            assertThat(report.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("国民健康保険事業状況報告書（事業年報）【速報】");
            assertThat(report.getRow(2).getCell(2).getStringCellValue()).isEqualTo("2026年度（2026年4月～2027年3月）");
            assertThat(report.getRow(3).getCell(2).getStringCellValue()).contains("速報")
                    .contains("2026年4月～2026年10月（7か月）");
            Map<String, Double> values = new LinkedHashMap<>();
            for (int i = 0; i < AnnualItem.ALL.size(); i++) {
                Row r = report.getRow(AnnualWorkbook.FIRST_ITEM_ROW + i);
                assertThat(r.getCell(1).getStringCellValue()).isEqualTo(AnnualItem.ALL.get(i).code());
                assertThat(r.getCell(2).getStringCellValue()).isEqualTo(AnnualItem.ALL.get(i).label());
                values.put(r.getCell(1).getStringCellValue(), r.getCell(3).getNumericCellValue());
                assertThat(r.getCell(3).getCellStyle().getDataFormatString())
                        .isEqualTo(AnnualItem.ALL.get(i).rate() ? "0.00" : "#,##0");
            }
            assertThat(values).containsEntry("N01", 7.0).containsEntry("H01", 7000.0).containsEntry("HAV", 4000.0)
                    .containsEntry("A01", 28000.0).containsEntry("C03", 7.25);
            assertThat(report.getRow(AnnualWorkbook.FIRST_ITEM_ROW).getCell(0).getStringCellValue())
                    .isEqualTo("集計期間");
            assertThat(report.getColumnWidth(2)).isGreaterThan(40 * 256);
            assertPrintable(report, false);

            XSSFSheet trend = read.getSheet("月別推移");
            Row h = trend.getRow(0);
            assertThat(h.getCell(0).getStringCellValue()).isEqualTo("項目コード");
            assertThat(h.getCell(2).getStringCellValue()).isEqualTo("2026年4月");
            assertThat(h.getCell(8).getStringCellValue()).isEqualTo("2026年10月");
            assertThat(h.getCell(9).getStringCellValue()).isEqualTo("年度（速報）");
            assertThat(trend.getLastRowNum()).isGreaterThanOrEqualTo(ReportItem.ALL.size());
            for (int i = 0; i < ReportItem.ALL.size(); i++) {
                Row r = trend.getRow(1 + i);
                String code = ReportItem.ALL.get(i).code();
                assertThat(r.getCell(0).getStringCellValue()).isEqualTo(code);
                for (int m = 0; m < 7; m++) {
                    assertThat(r.getCell(2 + m).getNumericCellValue()).as(code + " M" + (m + 1))
                            .isEqualTo(((Number) months.get(m).get(code)).doubleValue());
                }
                assertThat(r.getCell(9).getNumericCellValue()).as(code + " annual")
                        .isEqualTo(((Number) annual.get(code)).doubleValue());
                assertThat(r.getCell(9).getCellStyle().getDataFormatString())
                        .isEqualTo(ReportItem.ALL.get(i).rate() ? "0.00" : "#,##0");
            }
            assertThat(trend.getPaneInformation().getVerticalSplitLeftColumn()).isEqualTo((short) 2);
            assertThat(trend.getColumnWidth(1)).isGreaterThan(30 * 256);
            assertThat(trend.getColumnWidth(9)).isGreaterThan(12 * 256);
            assertPrintable(trend, true);
        }
    }

    static void assertPrintable(XSSFSheet sheet, boolean landscape) {
        assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(sheet.getPrintSetup().getLandscape()).isEqualTo(landscape);
        assertThat(sheet.getFitToPage()).isTrue();
        assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
        assertThat(sheet.getRepeatingRows()).isNotNull();
        assertThat(sheet.getFooter().getCenter()).isEqualTo("&P / &N");
    }
}
