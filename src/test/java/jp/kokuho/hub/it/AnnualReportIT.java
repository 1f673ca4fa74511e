package jp.kokuho.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import jp.kokuho.hub.jobs.JobRun;
import jp.kokuho.hub.jobs.JobRunner;
import jp.kokuho.hub.mapping.layout.QuaData;

/**
 * 事業年報 end to end on the hub, its clock moved to the day of the run: a population whose households, insured,
 * 取得, 喪失, ages and 調定/収納 change month by month over fiscal year 2026. Every annual figure is recomputed here
 * from the 事業月報 CSV files of the same months (written by the monthly-report job): the sum, the average rounded
 * half up, the last month's value. 確定 (all 12 months ended, across the calendar year), 速報 (April–October),
 * April only, and a year none of whose months has ended.
 */
class AnnualReportIT extends HubIntegrationTest {

    static final LocalDate BASE = LocalDate.of(2027, 3, 31);
    static final List<String> ANNUAL_CODES = List.of("N01", "H01", "HAV", "P01", "PAV", "P02", "P03", "P04", "P05",
            "A01", "A02", "A03", "A04", "A99", "L01", "L02", "L03", "L04", "L05", "L99", "C01", "C02", "C03", "C11",
            "C12", "C13", "KA1", "KA2", "KA3", "KA4", "KA5", "KB1", "KB2", "KB3", "KB4", "KB5", "KB6");

    @Autowired
    TestClock clock;
    @Autowired
    JobRunner runner;

    @BeforeEach
    void registerData() {
        clock.reset();
        resetHub();
        QuaFile qua = QuaFile.of(INSURER, BASE);
        // 7001: insured all year; the spouse turns 70 in June (born on the 1st: 高齢受給者 from June)
        qua.add(QuaFile.insured(7001, 1, "1", "ｱ ｲﾁ", "甲　一", LocalDate.of(1960, 5, 10)));
        qua.add(QuaFile.insured(7001, 2, "0", "ｱ ﾆ", "甲　二", LocalDate.of(1956, 6, 1)));
        // 7002: 転入 in June
        qua.add(acquired(QuaFile.insured(7002, 1, "1", "ｲ ｲﾁ", "乙　一", LocalDate.of(1985, 1, 1)),
                LocalDate.of(2026, 6, 15), "01"));
        // 7003: 転出 in August
        qua.add(lost(QuaFile.insured(7003, 1, "1", "ｳ ｲﾁ", "丙　一", LocalDate.of(1990, 3, 3)),
                LocalDate.of(2026, 8, 20), "01"));
        // 7004: a birth in December; a child 未就学児 until March 2027
        qua.add(QuaFile.insured(7004, 1, "1", "ｴ ｲﾁ", "丁　一", LocalDate.of(1980, 2, 2)));
        qua.add(QuaFile.insured(7004, 2, "0", "ｴ ﾆ", "丁　二", LocalDate.of(2026, 12, 5)));
        qua.add(QuaFile.insured(7004, 3, "0", "ｴ ｻﾝ", "丁　三", LocalDate.of(2020, 4, 2)));
        // 7005: 後期高齢者医療 on the 75th birthday in January 2027
        qua.add(lost(QuaFile.insured(7005, 1, "1", "ｵ ｲﾁ", "戊　一", LocalDate.of(1952, 1, 15)),
                LocalDate.of(2027, 1, 15), "05"));
        // 7006: 社保加入 on 1 February 2027
        qua.add(lost(QuaFile.insured(7006, 1, "1", "ｶ ｲﾁ", "己　一", LocalDate.of(1975, 7, 7)),
                LocalDate.of(2027, 2, 1), "02"));
        // 7007: 生保廃止 on 1 April 2026; 65 in April (前期高齢者 from April)
        qua.add(acquired(QuaFile.insured(7007, 1, "1", "ｷ ｲﾁ", "庚　一", LocalDate.of(1961, 4, 20)),
                LocalDate.of(2026, 4, 1), "04"));
        // 7008: その他 in May, 死亡 on 30 November
        qua.add(lost(acquired(QuaFile.insured(7008, 1, "1", "ｸ ｲﾁ", "辛　一", LocalDate.of(1995, 9, 9)),
                LocalDate.of(2026, 5, 1), "99"), LocalDate.of(2026, 11, 30), "03"));
        String quaName = QuaFile.name(INSURER, BASE);
        drop("qualification", quaName, qua.bytes());
        awaitArchived("qualification", quaName);
        assertThat(importResult("qualification", quaName).toString()).contains("正常");

        List<String> col = List.of(
                col(7001, 2026, 1, "20260731", 100_000, 100_000),
                col(7001, 2026, 2, "20261231", 100_000, 50_000),
                col(7001, 2026, 3, "20270228", 100_000, 0),
                col(7004, 2026, 1, "20260430", 33_333, 11_111),
                col(7002, 2025, 1, "20260131", 50_000, 20_000));   // 滞納繰越 30,000
        String colName = "COL_" + INSURER + "_20270331.csv";
        drop("collection", colName, String.join("", col).getBytes(MS932));
        awaitArchived("collection", colName);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from income_class_rejudge", Integer.class) == 2);
    }

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    private static QuaData acquired(QuaData d, LocalDate on, String reason) {
        d.setAcquiredOn(on);
        d.setAcquireReason(reason);
        return d;
    }

    private static QuaData lost(QuaData d, LocalDate on, String reason) {
        d.setLostOn(on);
        d.setLossReason(reason);
        return d;
    }

    private static String col(long household, int year, int installment, String due, long assessed, long paid) {
        return String.format("%010d,%d,%d,%s,%d,%d,%s,0\r\n", household, year, installment, due, assessed, paid,
                paid > 0 ? due : "");
    }

    @Test
    void finalAcrossTheCalendarYearRecomputedFromTheTwelveMonthlyReports() throws Exception {
        clock.setToday(LocalDate.of(2027, 4, 15));
        Map<String, Object> job = runAnnual("2026");
        assertThat(job).containsEntry("status", "SUCCEEDED");
        assertThat((String) job.get("message")).startsWith("確定 2026年4月～2027年3月（12か月）");
        assertThat((Map<String, Object>) job.get("counts")).containsEntry("months", 12);
        assertThat((List<String>) job.get("files")).containsExactly("outbox/annual-report/事業年報_2026.csv",
                "outbox/annual-report/事業年報_2026.xlsx");

        Map<String, String> annual = annualCsv("2026");
        List<Map<String, String>> months = monthlyReports(YearMonth.of(2026, 4), 12);
        assertRecomputed(annual, months);
        assertWorkbookHolds("2026", "確定", annual, months);
        // the year's story, so that the recomputation is not of zeros
        assertThat(annual).containsEntry("N01", "12")
                .containsEntry("A01", "1").containsEntry("A03", "1").containsEntry("A04", "1").containsEntry("A99", "1")
                .containsEntry("L01", "1").containsEntry("L02", "1").containsEntry("L03", "1").containsEntry("L05", "1")
                .containsEntry("H01", "4").containsEntry("P01", "7")      // 7001 ×2, 7002, 7004 ×3, 7007 on 31 March 2027
                .containsEntry("C01", "333333").containsEntry("C02", "161111").containsEntry("C03", "48.33")
                .containsEntry("C11", "30000").containsEntry("C13", "0.00");
        assertThat(months.get(0).get("H01")).isNotEqualTo(annual.get("H01"));
        assertThat(annual.get("HAV")).isNotEqualTo(annual.get("H01"));
    }

    @Test
    void yearToDateOverTheEndedMonthsByTheHubsClock() throws Exception {
        clock.setToday(LocalDate.of(2026, 11, 15));
        Map<String, Object> job = runAnnual("2026");
        assertThat(job).containsEntry("status", "SUCCEEDED");
        assertThat((String) job.get("message")).startsWith("速報 2026年4月～2026年10月（7か月）");
        assertThat((Map<String, Object>) job.get("counts")).containsEntry("months", 7)
                .containsEntry("monthsJudgedNow", 7);
        Map<String, String> annual = annualCsv("2026");
        assertThat(annual).containsEntry("N01", "7");
        List<Map<String, String>> months = monthlyReports(YearMonth.of(2026, 4), 7);
        assertRecomputed(annual, months);
        assertWorkbookHolds("2026", "速報", annual, months);
        assertThat(annual).containsEntry("L03", "0");             // the death on 30 November is not in it

        // the same year a day after its end: 確定, and the rerun replaced the file
        clock.setToday(LocalDate.of(2027, 4, 1));
        Map<String, Object> fin = runAnnual("2026");
        assertThat((String) fin.get("message")).startsWith("確定");
        // April–October were judged by the first run and are reused: only the five months since are judged
        assertThat((Map<String, Object>) fin.get("counts")).containsEntry("months", 12)
                .containsEntry("monthsJudgedNow", 5);
        assertThat(annualCsv("2026")).containsEntry("N01", "12").containsEntry("L03", "1");
        try (var files = Files.list(dirs.outbox("annual-report"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.contains("2026") || n.startsWith("."))
                    .sorted().toList()).containsExactly("事業年報_2026.csv", "事業年報_2026.xlsx");
        }
    }

    @Test
    void aprilOnly() throws Exception {
        clock.setToday(LocalDate.of(2026, 5, 1));
        Map<String, Object> job = runAnnual("2026");
        assertThat((String) job.get("message")).startsWith("速報 2026年4月～2026年4月（1か月）");
        Map<String, String> annual = annualCsv("2026");
        List<Map<String, String>> april = monthlyReports(YearMonth.of(2026, 4), 1);
        assertRecomputed(annual, april);
        assertWorkbookHolds("2026", "速報", annual, april);
        assertThat(annual).containsEntry("N01", "1").containsEntry("HAV", april.get(0).get("H01"))
                .containsEntry("PAV", april.get(0).get("P01")).containsEntry("A04", "1");
    }

    @Test
    void aYearNoneOfWhoseMonthsHasEndedIsRefused() throws Exception {
        Files.deleteIfExists(dirs.outbox("annual-report").resolve("事業年報_2026.csv"));
        Files.deleteIfExists(dirs.outbox("annual-report").resolve("事業年報_2026.xlsx"));
        clock.setToday(LocalDate.of(2026, 4, 30));   // April 2026 ends today: not yet ended
        ResponseEntity<Map> refused = api().postForEntity("/api/jobs/annual-report?fiscalYear=2026", null, Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).contains("fiscal year 2026")
                .contains("none of its months has ended on 2026-04-30");
        ResponseEntity<Map> later = api().postForEntity("/api/jobs/annual-report?fiscalYear=2027", null, Map.class);
        assertThat(later.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        for (String bad : List.of("", "26", "2026-04", "abcd")) {
            assertThat(api().postForEntity("/api/jobs/annual-report?fiscalYear=" + bad, null, Map.class)
                    .getStatusCode()).as(bad).isEqualTo(HttpStatus.BAD_REQUEST);
        }
        // a run that gets that far anyway (e.g. a schedule set for the wrong day) fails with the same reason
        JobRun run = runner.runNow(runner.definition("annual-report").orElseThrow(), "2026", "test");
        assertThat(run.status()).isEqualTo("FAILED");
        assertThat(run.error()).contains("none of its months has ended on 2026-04-30");
        assertThat(Files.exists(dirs.outbox("annual-report").resolve("事業年報_2026.csv"))).isFalse();
        assertThat(Files.exists(dirs.outbox("annual-report").resolve("事業年報_2026.xlsx"))).isFalse();
    }

    @Test
    void theMonthlyReportsRefusalsAndWarningsHoldForTheYear() {
        // a year before what the IF-QUA snapshot covers: refused as 事業月報 refuses its months
        ResponseEntity<Map> refused = api().postForEntity("/api/jobs/annual-report?fiscalYear=1999", null, Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).startsWith("fiscal year 1999: 1999-04 lies before what"
                + " the IF-QUA snapshot of " + BASE + " covers");
        // a month after the snapshot's 基準日: reported with 事業月報's warning; progress in months
        clock.setToday(LocalDate.of(2027, 5, 15));
        Map<String, Object> run = runAnnual("2027");
        assertThat((String) run.get("message")).startsWith("速報 2027年4月～2027年4月（1か月）");
        assertThat((List<String>) run.get("warnings")).containsExactly("2027-04 ends after the IF-QUA snapshot of "
                + BASE + ": changes after that day are not known to this report");
        assertThat(((Number) run.get("processed")).longValue()).isEqualTo(1);
        assertThat(((Number) run.get("total")).longValue()).isEqualTo(1);
    }

    /** every annual figure from the monthly reports: Σ (A, L), average half up (HAV, PAV), else the last month's */
    static void assertRecomputed(Map<String, String> annual, List<Map<String, String>> months) {
        int n = months.size();
        Map<String, String> last = months.get(n - 1);
        Map<String, String> expected = new LinkedHashMap<>();
        for (String code : ANNUAL_CODES) {
            switch (code) {
                case "N01" -> expected.put(code, String.valueOf(n));
                case "HAV" -> expected.put(code, average(months, "H01"));
                case "PAV" -> expected.put(code, average(months, "P01"));
                default -> {
                    if (code.startsWith("A") || code.startsWith("L")) {
                        expected.put(code, String.valueOf(months.stream().mapToLong(m -> Long.parseLong(m.get(code))).sum()));
                    } else {
                        expected.put(code, last.get(code));
                    }
                }
            }
        }
        assertThat(annual).containsExactlyEntriesOf(expected);
    }

    /** the xlsx holds the CSV's figures (sheet 1) and each month's report beside the annual value (月別推移) */
    void assertWorkbookHolds(String fy, String status, Map<String, String> annual, List<Map<String, String>> months)
            throws Exception {
        try (InputStream in = Files.newInputStream(dirs.outbox("annual-report").resolve("事業年報_" + fy + ".xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet report = wb.getSheetAt(0);
            assertThat(report.getSheetName()).isEqualTo("事業年報");
            assertThat(report.getRow(0).getCell(0).getStringCellValue()).contains("事業年報").contains(status);
            Map<String, String> fromSheet = new LinkedHashMap<>();
            for (Row r : report) {
                if (r.getRowNum() >= 7 && r.getCell(1) != null && r.getCell(3) != null) {
                    fromSheet.put(r.getCell(1).getStringCellValue(), text(r.getCell(1).getStringCellValue(),
                            r.getCell(3).getNumericCellValue()));
                }
            }
            assertThat(fromSheet).containsExactlyEntriesOf(annual);
            Sheet trend = wb.getSheet("月別推移");
            Row header = trend.getRow(0);
            assertThat(header.getLastCellNum()).isEqualTo((short) (2 + months.size() + 1));
            assertThat(header.getCell(2 + months.size()).getStringCellValue()).contains(status);
            for (int i = 1; i <= MonthlyReportIT.REPORT_CODES.size(); i++) {
                Row r = trend.getRow(i);
                String code = r.getCell(0).getStringCellValue();
                assertThat(code).isEqualTo(MonthlyReportIT.REPORT_CODES.get(i - 1));
                for (int m = 0; m < months.size(); m++) {
                    assertThat(text(code, r.getCell(2 + m).getNumericCellValue())).as(code + " M" + (m + 1))
                            .isEqualTo(months.get(m).get(code));
                }
                assertThat(text(code, r.getCell(2 + months.size()).getNumericCellValue())).as(code)
                        .isEqualTo(annual.get(code));
            }
        }
    }

    private static String text(String code, double v) {
        return code.startsWith("C") && code.endsWith("3") ? String.format(Locale.ROOT, "%.2f", v)
                : String.valueOf((long) v);
    }

    private static String average(List<Map<String, String>> months, String code) {
        long sum = months.stream().mapToLong(m -> Long.parseLong(m.get(code))).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(months.size()), 0, RoundingMode.HALF_UP).toPlainString();
    }

    /** the 事業月報 CSV of each month, written by the monthly-report job */
    private List<Map<String, String>> monthlyReports(YearMonth first, int n) throws Exception {
        List<Map<String, String>> months = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            YearMonth m = first.plusMonths(i);
            Map<String, Object> run = run("/api/jobs/monthly-report?month=" + m);
            assertThat(run).containsEntry("status", "SUCCEEDED");
            String ym = m.toString().replace("-", "");
            months.add(csv(dirs.outbox("monthly-report").resolve("事業月報_" + ym + ".csv")));
        }
        return months;
    }

    private Map<String, String> annualCsv(String fy) throws Exception {
        Map<String, String> values = csv(dirs.outbox("annual-report").resolve("事業年報_" + fy + ".csv"));
        assertThat(values.keySet()).containsExactlyElementsOf(ANNUAL_CODES);
        return values;
    }

    private static Map<String, String> csv(Path file) throws Exception {
        String text = new String(Files.readAllBytes(file), MS932);
        assertThat(text).endsWith("\r\n");
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("項目コード,項目,値");
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            assertThat(f).hasSize(3);
            values.put(f[0], f[2]);
        }
        return values;
    }

    private Map<String, Object> runAnnual(String fiscalYear) {
        return run("/api/jobs/annual-report?fiscalYear=" + fiscalYear);
    }

    private Map<String, Object> run(String path) {
        ResponseEntity<Map> started = api().postForEntity(path, null, Map.class);
        assertThat(started.getStatusCode()).as(path + " " + started.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        Number id = (Number) started.getBody().get("id");
        await().atMost(Duration.ofSeconds(60)).until(() ->
                !"RUNNING".equals(api().getForObject("/api/jobs/" + id, Map.class).get("status")));
        Map<String, Object> done = api().getForObject("/api/jobs/" + id, Map.class);
        assertThat(done.get("error")).as("job error").isNull();
        return done;
    }
}
