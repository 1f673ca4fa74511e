package jp.kokuho.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import jp.kokuho.hub.mapping.layout.QuaData;

/**
 * 事業月報 end to end: an IF-QUA snapshot with the age, school-year and 取得/喪失 boundaries, an IF-COL snapshot
 * with the 調定/収納 edges, an override that makes two 高齢受給者 現役並み. Every P, A, L, K (and H) figure of the
 * report is recounted from the basis CSV alone; the xlsx is read back and holds the same figures.
 */
class MonthlyReportIT extends HubIntegrationTest {

    static final LocalDate BASE = LocalDate.of(2026, 10, 31);
    static final List<String> REPORT_CODES = List.of("H01", "P01", "P02", "P03", "P04", "P05", "A01", "A02", "A03",
            "A04", "A99", "L01", "L02", "L03", "L04", "L05", "L99", "C01", "C02", "C03", "C11", "C12", "C13",
            "KA1", "KA2", "KA3", "KA4", "KA5", "KB1", "KB2", "KB3", "KB4", "KB5", "KB6");

    @BeforeEach
    void registerData() {
        resetHub();
        QuaFile qua = QuaFile.of(INSURER, BASE);
        // 5001: 65 reached on E (born on the 1st) and one day short of it
        qua.add(QuaFile.insured(5001, 1, "1", "ｱ ｲﾁ", "甲　一", LocalDate.of(1961, 11, 1)));
        qua.add(QuaFile.insured(5001, 2, "0", "ｱ ﾆ", "甲　二", LocalDate.of(1961, 11, 2)));
        // 5002: 6th birthday on 1 April (school from April 2026) and on 2 April (still 未就学児); a birth in M
        qua.add(QuaFile.insured(5002, 1, "1", "ｲ ｲﾁ", "乙　一", LocalDate.of(1980, 6, 15)));
        qua.add(QuaFile.insured(5002, 2, "0", "ｲ ﾆ", "乙　二", LocalDate.of(2020, 4, 1)));
        qua.add(QuaFile.insured(5002, 3, "0", "ｲ ｻﾝ", "乙　三", LocalDate.of(2020, 4, 2)));
        qua.add(QuaFile.insured(5002, 4, "0", "ｲ ﾖﾝ", "乙　四", LocalDate.of(2026, 10, 5)));
        // 5003: 70 in October (not yet 高齢受給者), 70 born on the 1st (高齢受給者 from October), 71
        qua.add(QuaFile.insured(5003, 1, "1", "ｳ ｲﾁ", "丙　一", LocalDate.of(1956, 10, 15)));
        qua.add(QuaFile.insured(5003, 2, "0", "ｳ ﾆ", "丙　二", LocalDate.of(1956, 10, 1)));
        qua.add(QuaFile.insured(5003, 3, "0", "ｳ ｻﾝ", "丙　三", LocalDate.of(1955, 3, 3)));
        // 5004: 転入 in October
        QuaData moved = QuaFile.insured(5004, 1, "1", "ｴ ｲﾁ", "丁　一", LocalDate.of(1990, 1, 1));
        moved.setAcquiredOn(LocalDate.of(2026, 10, 10));
        moved.setAcquireReason("01");
        qua.add(moved);
        // 5005: 転出 in October (the only member: the household is not counted)
        qua.add(lost(QuaFile.insured(5005, 1, "1", "ｵ ｲﾁ", "戊　一", LocalDate.of(1985, 5, 5)),
                LocalDate.of(2026, 10, 20), "01"));
        // 5006: 後期高齢者医療 on the 75th birthday in October; the spouse stays (73)
        qua.add(lost(QuaFile.insured(5006, 1, "1", "ｶ ｲﾁ", "己　一", LocalDate.of(1951, 10, 20)),
                LocalDate.of(2026, 10, 20), "05"));
        qua.add(QuaFile.insured(5006, 2, "0", "ｶ ﾆ", "己　二", LocalDate.of(1953, 1, 1)));
        // 5007: 社保加入 on 1 October: insured on 30 September, lost in October
        qua.add(lost(QuaFile.insured(5007, 1, "1", "ｷ ｲﾁ", "庚　一", LocalDate.of(1970, 1, 1)),
                LocalDate.of(2026, 10, 1), "02"));
        // 5008: 擬制世帯主 and a member who came from 生保廃止 in September
        QuaData head = QuaFile.insured(5008, 1, "1", "ｸ ｲﾁ", "辛　一", LocalDate.of(1960, 1, 1));
        head.setMemberType("2");
        head.setInsuredNo(null);
        head.setBranchNo(null);
        head.setAcquiredOn(null);
        head.setAcquireReason(null);
        qua.add(head);
        QuaData member = QuaFile.insured(5008, 2, "0", "ｸ ﾆ", "辛　二", LocalDate.of(2000, 1, 1));
        member.setAcquiredOn(LocalDate.of(2026, 9, 15));
        member.setAcquireReason("04");
        qua.add(member);
        String quaName = QuaFile.name(INSURER, BASE);
        drop("qualification", quaName, qua.bytes());
        awaitArchived("qualification", quaName);
        assertThat(importResult("qualification", quaName).toString()).contains("正常");

        List<String> col = List.of(
                col(5001, 2026, 1, "20260731", 100_000, 82_290),
                col(5001, 2026, 2, "20261031", 100_000, 0),        // 納期限 = E: counted in October
                col(5001, 2026, 3, "20261130", 100_000, 100_000),  // after E: not in October
                col(5002, 2025, 1, "20260131", 50_000, 20_000),    // 滞納繰越 30,000
                col(5002, 2025, 2, "20260228", 50_000, 50_000),    // paid: not 滞納繰越
                col(5002, 2024, 1, "20250131", 40_000, 0));        // 滞納繰越 40,000
        String colName = "COL_" + INSURER + "_20261101.csv";
        drop("collection", colName, String.join("", col).getBytes(MS932));
        awaitArchived("collection", colName);
        assertThat(jdbc.queryForObject("select count(*) from collection", Integer.class)).isEqualTo(col.size());
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from income_class_rejudge", Integer.class) == 2);
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
    void octoberReportRecountedFromTheBasisAndReadBackFromTheWorkbook() throws Exception {
        assertThat(api().postForEntity("/api/jobs/monthly-report?month=2026-13", null, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        // 職権修正: the 70–74 members of 5003 are 現役並みⅡ in October
        ResponseEntity<Map> created = admin().postForEntity("/api/income-class/overrides", Map.of(
                "householdNo", "0000005003", "fromMonth", "2026-10", "toMonth", "2026-10", "incomeClass", "B2",
                "reason", "更正申告の確認"), Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        Map<String, Object> job = runJob("2026-10");
        assertThat(job).containsEntry("status", "SUCCEEDED");
        assertThat((List<String>) job.get("files")).containsExactly(
                "outbox/monthly-report/事業月報_202610.csv", "outbox/monthly-report/事業月報集計根拠データ_202610.csv",
                "outbox/monthly-report/事業月報_202610.xlsx");

        Map<String, String> report = report("202610");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("H01", "6");
        expected.put("P01", "12");
        expected.put("P02", "2");   // 2020-04-02 and the October baby; not 2020-04-01
        expected.put("P03", "5");   // 1961-11-01 (65 on E), 1956-10-15, 1956-10-01, 1955-03-03, 1953-01-01
        expected.put("P04", "3");   // 1956-10-01 (born on the 1st), 1955-03-03, 1953-01-01; not 1956-10-15
        expected.put("P05", "2");   // the override
        expected.put("A01", "1");
        expected.put("A02", "0");
        expected.put("A03", "1");
        expected.put("A04", "0");
        expected.put("A99", "0");
        expected.put("L01", "1");
        expected.put("L02", "1");   // lost on 1 October
        expected.put("L03", "0");
        expected.put("L04", "0");
        expected.put("L05", "1");
        expected.put("L99", "0");
        expected.put("C01", "200000");
        expected.put("C02", "82290");
        expected.put("C03", "41.15"); // 41.145 exactly: half up (a double would give 41.14)
        expected.put("C11", "70000");
        expected.put("C12", "0");
        expected.put("C13", "0.00");
        expected.put("KA1", "9");     // no IF-TAX: every under-70 household is 未申告 → ア
        expected.put("KA2", "0");
        expected.put("KA3", "0");
        expected.put("KA4", "0");
        expected.put("KA5", "0");
        expected.put("KB1", "0");
        expected.put("KB2", "2");
        expected.put("KB3", "0");
        expected.put("KB4", "1");
        expected.put("KB5", "0");
        expected.put("KB6", "0");
        assertThat(report).containsExactlyEntriesOf(expected);

        List<List<String>> basis = basis("202610");
        assertThat(basis).hasSize(15); // 12 insured on E + 3 lost in October
        assertRecountedFromBasis(report, basis);
        assertWorkbookHolds("202610", report, basis);

        // a rerun replaces the three files, nothing else appears
        runJob("2026-10");
        try (Stream<Path> files = Files.list(dirs.outbox("monthly-report"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.contains("202610") || n.startsWith("."))
                    .sorted().toList()).containsExactly(
                    "事業月報_202610.csv", "事業月報_202610.xlsx", "事業月報集計根拠データ_202610.csv");
        }
        assertThat(report("202610")).isEqualTo(report);
    }

    @Test
    void aMonthBeforeTheSnapshotIsRefused() {
        ResponseEntity<Map> refused = api().postForEntity("/api/jobs/monthly-report?month=1999-01", null, Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).startsWith("1999-01 lies before what the IF-QUA snapshot of "
                + BASE + " covers (its earliest 資格取得 is ");
    }

    @Test
    void septemberAndTheFiscalYearEdges() throws Exception {
        runJob("2026-09");
        Map<String, String> sep = report("202609");
        assertThat(sep).containsEntry("P01", "13").containsEntry("A04", "1").containsEntry("P04", "3")
                .containsEntry("P03", "5").containsEntry("P02", "1").containsEntry("L02", "0")
                .containsEntry("C01", "100000").containsEntry("C02", "82290").containsEntry("C03", "82.29");
        List<List<String>> basis = basis("202609");
        assertRecountedFromBasis(sep, basis);
        assertWorkbookHolds("202609", sep, basis);

        // March: still 年度 2026, every installment due by 31 March; after the snapshot's 基準日: a warning
        Map<String, Object> march = runJob("2027-03");
        assertThat((List<String>) march.get("warnings")).containsExactly("2027-03 ends after the IF-QUA snapshot of "
                + BASE + ": changes after that day are not known to this report");
        assertThat(((Number) march.get("processed")).longValue()).isEqualTo(basis("202703").size());
        assertThat(report("202703")).containsEntry("C01", "300000").containsEntry("C02", "182290")
                .containsEntry("C03", "60.76").containsEntry("C11", "70000").containsEntry("C13", "0.00");
        // April: 年度 2027, nothing current; 年度 2026's unpaid rest is now 滞納繰越
        runJob("2027-04");
        Map<String, String> april = report("202704");
        assertThat(april).containsEntry("C01", "0").containsEntry("C02", "0").containsEntry("C03", "0.00")
                .containsEntry("C11", String.valueOf(17_710 + 100_000 + 30_000 + 40_000));
        assertRecountedFromBasis(april, basis("202704"));
    }

    /** every P, A, L, K (and H) figure is a count of rows of the basis file */
    static void assertRecountedFromBasis(Map<String, String> report, List<List<String>> basis) {
        Map<String, Long> counted = new LinkedHashMap<>();
        for (String code : REPORT_CODES) {
            if (!code.startsWith("C")) {
                counted.put(code, 0L);
            }
        }
        Set<String> households = new HashSet<>();
        for (List<String> r : basis) {
            // 0 世帯番号 … 5 月末資格有無 6 未就学児 7 前期高齢者 8 高齢受給者 9 現役並み 10 取得 11 取得事由 12 喪失 13 喪失事由 14 所得区分
            if (r.get(5).equals("1")) {
                households.add(r.get(0));
                counted.merge("P01", 1L, Long::sum);
                if (!r.get(14).isEmpty()) {
                    counted.merge("K" + r.get(14), 1L, Long::sum);
                }
            }
            String[] flags = {"P02", "P03", "P04", "P05"};
            for (int i = 0; i < flags.length; i++) {
                if (r.get(6 + i).equals("1")) {
                    counted.merge(flags[i], 1L, Long::sum);
                }
            }
            if (r.get(10).equals("1")) {
                counted.merge(r.get(11).matches("0[1-4]") ? "A" + r.get(11) : "A99", 1L, Long::sum);
            }
            if (r.get(12).equals("1")) {
                counted.merge(r.get(13).matches("0[1-5]") ? "L" + r.get(13) : "L99", 1L, Long::sum);
            }
        }
        counted.put("H01", (long) households.size());
        for (Map.Entry<String, Long> e : counted.entrySet()) {
            assertThat(report.get(e.getKey())).as(e.getKey()).isEqualTo(String.valueOf(e.getValue()));
        }
    }

    void assertWorkbookHolds(String ym, Map<String, String> report, List<List<String>> basis) throws Exception {
        DataFormatter fmt = new DataFormatter();
        try (InputStream in = Files.newInputStream(dirs.outbox("monthly-report").resolve("事業月報_" + ym + ".xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("事業月報");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("事業月報");
            Map<String, String> fromSheet = new LinkedHashMap<>();
            for (Row r : sheet) {
                if (r.getRowNum() >= 5 && r.getCell(1) != null && r.getCell(3) != null) {
                    double v = r.getCell(3).getNumericCellValue();
                    String code = r.getCell(1).getStringCellValue();
                    fromSheet.put(code, code.endsWith("3") && code.startsWith("C")
                            ? String.format(java.util.Locale.ROOT, "%.2f", v) : String.valueOf((long) v));
                }
            }
            assertThat(fromSheet).containsExactlyEntriesOf(report);
            assertThat(sheet.getColumnWidth(2)).isGreaterThan(30 * 256);
            Sheet b = wb.getSheet("集計根拠データ");
            assertThat(b.getLastRowNum()).isEqualTo(basis.size());
            for (int i = 0; i < basis.size(); i++) {
                Row r = b.getRow(i + 1);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 15; c++) {
                    cells.add(r.getCell(c) == null ? "" : fmt.formatCellValue(r.getCell(c)));
                }
                assertThat(cells).as("basis row " + (i + 1)).isEqualTo(basis.get(i));
            }
        }
    }

    private Map<String, String> report(String ym) throws Exception {
        List<String> lines = lines(dirs.outbox("monthly-report").resolve("事業月報_" + ym + ".csv"));
        assertThat(lines.get(0)).isEqualTo("項目コード,項目,値");
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            assertThat(f).hasSize(3);
            values.put(f[0], f[2]);
        }
        assertThat(values.keySet()).containsExactlyElementsOf(REPORT_CODES);
        return values;
    }

    private List<List<String>> basis(String ym) throws Exception {
        List<String> lines = lines(dirs.outbox("monthly-report").resolve("事業月報集計根拠データ_" + ym + ".csv"));
        assertThat(lines.get(0)).isEqualTo("世帯番号,被保険者番号,枝番,生年月日,年齢(月末),月末資格有無,未就学児,前期高齢者,"
                + "高齢受給者,現役並み,取得(当月),取得事由,喪失(当月),喪失事由,所得区分");
        return lines.subList(1, lines.size()).stream().map(l -> List.of(l.split(",", -1))).collect(Collectors.toList());
    }

    private static List<String> lines(Path file) throws Exception {
        String text = new String(Files.readAllBytes(file), MS932);
        assertThat(text).endsWith("\r\n");
        return List.of(text.split("\r\n"));
    }

    private Map<String, Object> runJob(String month) {
        ResponseEntity<Map> started = api().postForEntity("/api/jobs/monthly-report?month=" + month, null, Map.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        Number id = (Number) started.getBody().get("id");
        await().atMost(Duration.ofSeconds(60)).until(() ->
                !"RUNNING".equals(api().getForObject("/api/jobs/" + id, Map.class).get("status")));
        Map<String, Object> done = api().getForObject("/api/jobs/" + id, Map.class);
        assertThat(done.get("error")).as("job error").isNull();
        return done;
    }
}
