package jp.kokuho.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The staff console's pages on the real hub (server-rendered HTML read with jsoup): ホーム, 取込履歴 and a file's
 * errors and downloads, 確認済, 出力ファイル with "Excel で開く", a job started from its form (Japanese validation,
 * who started it, outputs linked), 所得区分照会 (12 months in words, 職権修正 by an admin only) and 特例・特定疾患.
 */
class ConsolePagesIT extends HubIntegrationTest {

    static final Path SAMPLES = Path.of("samples");
    static final String QUA = "QUA_139998_20261031.dat";
    static final String TAX = "TAX_139998_20261101.csv";
    static final String BAD = "TAX_139998_20261102.csv";

    @BeforeEach
    void samplesAndARejectedFile() throws Exception {
        resetHub();
        jdbc.update("delete from job_run");
        drop("qualification", QUA, Files.readAllBytes(SAMPLES.resolve("qualification").resolve(QUA)));
        awaitArchived("qualification", QUA);
        drop("tax", TAX, Files.readAllBytes(SAMPLES.resolve("tax").resolve(TAX)));
        awaitArchived("tax", TAX);
        // a 住民税 file with a bad 課税年度 and a date that does not exist: rejected with two errors
        String bad = "000000000000001,2026,1,1,100,100,0,0,0,0,0,20261301\r\n"
                + "000000000000002,20X6,1,1,100,100,0,0,0,0,0,20261101\r\n";
        drop("tax", BAD, bad.getBytes(MS932));
        awaitError("tax", BAD);
    }

    @Test
    void homeShowsTodayAndTheRejectedFileUntilItIsMarkedReviewed() {
        Document home = page(api(), "/");
        assertThat(home.select("header nav a").eachText())
                .containsExactly("ホーム", "取込履歴", "出力ファイル", "ジョブ", "所得区分照会", "特例・特定疾患");
        Element taxRow = home.select("table.grid tr:has(td:contains(住民税・所得情報))").first();
        assertThat(taxRow.select("td").eachText()).containsExactly("住民税・所得情報 (IF-TAX)", "1", "1", "0", "0");
        assertThat(home.select("#rejected").text()).contains(BAD).contains("エラー");
        assertThat(home.text()).contains("取込を待っているファイル").contains("ジョブの最新の実行")
                .contains("まだ実行されていません").contains("取込結果_tax_");

        long id = jdbc.queryForObject("select id from file_receipt where file_name = ?", Long.class, BAD);
        ResponseEntity<String> posted = post(api(), "/", "/files/" + id + "/review", form("note", "送付元に再送を依頼", "back", "home"));
        // redirected back to ホーム, which says so
        assertThat(Jsoup.parse(posted.getBody()).select(".flash.ok").text()).isEqualTo(BAD + " を確認済にしました。");
        assertThat(page(api(), "/").select("#rejected")).isEmpty();
        assertThat(page(api(), "/files/" + id).text()).contains("確認済 (" + OPERATOR_USER).contains("送付元に再送を依頼");
    }

    @Test
    void historyFiltersAndAFileShowsEveryErrorWithItsDownloads() throws Exception {
        Document rejected = page(api(), "/files?feed=tax&status=REJECTED");
        assertThat(rejected.select("#files tbody tr")).hasSize(1);
        assertThat(rejected.select("#files").text()).contains(BAD).doesNotContain(TAX + " ");
        assertThat(page(api(), "/files?feed=qualification").select("#files tbody tr").text()).contains(QUA);
        assertThat(page(api(), "/files?from=2026-13-01").text()).contains("開始日は YYYY-MM-DD の形式で入力してください");

        long id = jdbc.queryForObject("select id from file_receipt where file_name = ?", Long.class, BAD);
        Document detail = page(api(), "/files/" + id);
        assertThat(detail.select("#status").text()).isEqualTo("エラー");
        List<String> rows = detail.select("#errors tbody tr").eachText();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).startsWith("1 更新年月日").contains("20261301");
        assertThat(rows.get(1)).startsWith("2 課税年度").contains("20X6");

        // the 取込結果リスト downloads byte for byte; the reason is the file's reason.txt
        String href = detail.select("#result-list").attr("href");
        ResponseEntity<byte[]> list = get(api(), href);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        Path onDisk = dirs.root().resolve(jdbc.queryForObject("select result_list from file_receipt where id = ?", String.class, id));
        assertThat(list.getBody()).isEqualTo(Files.readAllBytes(onDisk));
        assertThat(list.getHeaders().getContentDisposition().getFilename()).isEqualTo(onDisk.getFileName().toString());
        String reason = api().getForObject("/files/" + id + "/reason", String.class);
        assertThat(reason).isEqualTo(Files.readString(dirs.error("tax").resolve(BAD + ".reason.txt")));
        // the operator puts it back in its inbox: taken in again as a new receipt (rejected again: nothing was fixed)
        assertThat(detail.select("#retry-form")).hasSize(1);
        ResponseEntity<String> retried = post(api(), "/files/" + id, "/files/" + id + "/retry", form());
        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK); // back on the file's page
        assertThat(jdbc.queryForObject("select retried_by from file_receipt where id = ?", String.class, id)).isEqualTo(OPERATOR_USER);
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "select count(*) from file_receipt where file_name = ? and status = 'REJECTED'", Integer.class, BAD) == 2);
        Document after = page(api(), "/files/" + id);
        assertThat(after.select("#retry-form")).isEmpty();
        assertThat(after.text()).contains("再取込済: " + OPERATOR_USER);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'FILE_RETRIED' and username = ?",
                Integer.class, OPERATOR_USER)).isEqualTo(1);
        // outside the outbox nothing is served
        assertThat(api().getForEntity("/outbox/file?box=import-results&name=../../error/tax/" + BAD, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api().getForEntity("/outbox/file?box=nope&name=x.csv", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aJobFromItsFormWithJapaneseValidationThenItsOutputsOpenInExcel() throws Exception {
        Document jobs = page(api(), "/jobs");
        assertThat(jobs.select(".job-form h2").eachText()).contains("所得区分判定", "事業月報・集計根拠データ",
                "滞納区分データ作成 (IF-SOGO-ARR・滞納区分一覧)", "事業年報");
        assertThat(jobs.select("#job-annual-report input[name=fiscalYear]").attr("type")).isEqualTo("number");
        Element month = jobs.select("#job-income-class input[name=month]").first();
        assertThat(month.attr("type")).isEqualTo("month");
        assertThat(month.attr("value")).matches("\\d{4}-\\d{2}");
        assertThat(jobs.select("#job-arrears input[name=date]").attr("type")).isEqualTo("date");

        ResponseEntity<String> bad = post(api(), "/jobs", "/jobs/income-class", form("month", "2026-13"));
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(Jsoup.parse(bad.getBody()).select("#job-income-class .problems").text())
                .isEqualTo("対象年月は YYYY-MM の形式の正しい年月で入力してください (例: 2026-10、入力: 2026-13)。");
        ResponseEntity<String> empty = post(api(), "/jobs", "/jobs/income-class", form("month", ""));
        assertThat(Jsoup.parse(empty.getBody()).select("#job-income-class .problems").text()).isEqualTo("対象年月を入力してください。");

        // the month before judged first: the first month ever judged lists no change (docs/income-class.md)
        runJob("income-class", "month=2026-09");
        ResponseEntity<String> started = post(api(), "/jobs", "/jobs/income-class", form("month", "2026-10"));
        // redirected to the run's page
        long runId = jdbc.queryForObject("select max(id) from job_run where job = 'income-class'", Long.class);
        assertThat(Jsoup.parse(started.getBody()).select("h1").text()).startsWith("所得区分判定");
        String runPath = "/jobs/runs/" + runId;
        await().atMost(Duration.ofSeconds(60)).until(() -> !page(api(), runPath).select("#job-status").text().equals("実行中"));
        Document run = page(api(), runPath);
        assertThat(run.select("#job-status").text()).isEqualTo("正常終了");
        assertThat(run.text()).contains("開始した人 " + OPERATOR_USER);
        assertThat(page(api(), "/jobs").select("#runs tbody tr").first().text()).contains("所得区分判定", "2026-10", "正常終了", OPERATOR_USER);
        assertThat(jdbc.queryForObject("select username || ' ' || target from audit_log where action = 'JOB_STARTED'"
                + " order by id desc limit 1", String.class)).isEqualTo(OPERATOR_USER + " income-class 2026-10");

        Element excel = run.select("#outputs a:contains(Excel で開く)").first();
        ResponseEntity<byte[]> xlsx = get(api(), excel.attr("href"));
        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).startsWith("所得区分変更一覧_").endsWith(".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            Row header = sheet.getRow(0);
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("枝番");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(2).getStringCellValue()).hasSize(2).startsWith("0");
            assertThat(first.getCell(0).getStringCellValue()).hasSize(10);
            assertThat(first.getCell(4).getStringCellValue()).isIn("1 70歳未満", "2 70歳以上75歳未満");
            assertThat(DateUtil.isCellDateFormatted(first.getCell(5))).isTrue();
            assertThat(first.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.of(2026, 10, 1));
            assertThat(first.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("yyyy\"年\"mm\"月\"");
            assertThat(first.getCell(7).getStringCellValue()).matches("[AB][1-6] .+");
            boolean spelledOut = false;
            for (Row r : sheet) {
                spelledOut |= r.getRowNum() > 0 && r.getCell(9).getStringCellValue().contains("旧ただし書所得の合計");
            }
            assertThat(spelledOut).isTrue();
            assertThat(wb.getSheet("説明")).isNotNull();
        }
        // the CSV itself keeps the spec's format
        Element csv = run.select("#outputs a:contains(ダウンロード)").first();
        String text = new String(get(api(), csv.attr("href")).getBody(), MS932);
        assertThat(text).startsWith("世帯番号,被保険者番号,枝番,氏名カナ,年齢区分,対象年月,変更前所得区分,変更後所得区分,変更事由,判定根拠\r\n");
    }

    @Test
    void incomeClassInquiryInWordsAndOverridesOnlyByAdmin() {
        String[] p = jdbc.queryForObject("select insured_no || ',' || branch_no || ',' || household_no from qualification"
                + " where member_type = 1 and lost_on is null order by insured_no, branch_no limit 1", String.class).split(",");
        Document inquiry = page(api(), "/income-class?insuredNo=" + p[0] + "&branchNo=" + p[1]);
        assertThat(inquiry.select("#person").text()).contains(p[0] + "-" + p[1]).contains("氏名");
        List<String> months = inquiry.select("#months tbody tr").eachText();
        assertThat(months).hasSize(12);
        String last = months.get(11);
        assertThat(last).containsPattern("[AB][1-6] ").containsPattern("(70歳未満|70〜74歳) 規則");
        assertThat(inquiry.text()).doesNotContain("S=").contains("旧ただし書所得の合計");
        String myNumber = jdbc.queryForObject("select my_number from qualification where insured_no = ? and branch_no = ?",
                String.class, p[0], p[1]);
        assertThat(inquiry.html()).doesNotContain(myNumber);
        // operators read; the override form is the admin's
        assertThat(inquiry.select("#override-form")).isEmpty();
        assertThat(post(api(), "/income-class?householdNo=" + p[2], "/income-class/overrides",
                form("householdNo", p[2], "fromMonth", "2026-10", "toMonth", "2026-11", "incomeClass", "A1", "reason", "x"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        Document byHousehold = page(admin(), "/income-class?householdNo=" + p[2]);
        assertThat(byHousehold.select("#members tbody tr").text()).contains(p[0] + "-" + p[1]);
        assertThat(byHousehold.select("#override-form")).hasSize(1);
        ResponseEntity<String> noReason = post(admin(), "/income-class?householdNo=" + p[2], "/income-class/overrides",
                form("householdNo", p[2], "fromMonth", "2026-10", "toMonth", "2026-09", "incomeClass", "A1", "reason", ""));
        assertThat(Jsoup.parse(noReason.getBody()).select("#overrides .problems li").eachText())
                .containsExactly("終了年月が開始年月より前です。", "理由を入力してください。");
        assertThat(jdbc.queryForObject("select count(*) from income_class_override", Integer.class)).isZero();

        String age = jdbc.queryForObject("select case when birth_date > date '1956-10-01' then 'A1' else 'B1' end"
                + " from qualification where insured_no = ? and branch_no = ?", String.class, p[0], p[1]);
        post(admin(), "/income-class?householdNo=" + p[2], "/income-class/overrides",
                form("householdNo", p[2], "fromMonth", "2026-01", "toMonth", "2026-12", "incomeClass", age,
                        "reason", "課税更正の反映待ち"));
        Long overrideId = jdbc.queryForObject("select id from income_class_override", Long.class);
        Document overridden = page(admin(), "/income-class?insuredNo=" + p[0] + "&branchNo=" + p[1]);
        assertThat(overridden.select("#months tbody tr").last().text()).contains(age + " ").contains("職権修正 " + overrideId)
                .contains("課税更正の反映待ち");
        assertThat(jdbc.queryForObject("select actor from income_class_audit where override_id = ?", String.class, overrideId))
                .isEqualTo(ADMIN_USER);
        post(admin(), "/income-class?householdNo=" + p[2], "/income-class/overrides/" + overrideId + "/withdraw",
                form("householdNo", p[2], "reason", "更正済"));
        assertThat(jdbc.queryForObject("select withdrawn_by from income_class_override where id = ?", String.class, overrideId))
                .isEqualTo(ADMIN_USER);
        assertThat(jdbc.queryForList("select action from audit_log where username = ? and target like ? order by id",
                String.class, ADMIN_USER, "職権修正 " + overrideId + " %")).containsExactly("OVERRIDE_ADDED", "OVERRIDE_REMOVED");
    }

    @Test
    void specialCasesAndOutboxPagesAnswer() {
        Document special = page(api(), "/special-cases?insuredNo=12345678&branchNo=01&month=2026-10");
        assertThat(special.select("#cases").text()).contains("12345678-01").contains("特例なし");
        assertThat(page(api(), "/special-cases?insuredNo=1&branchNo=01&month=2026-10").text())
                .contains("被保険者番号 8 桁の数字ではありません");
        Document outbox = page(api(), "/outbox");
        assertThat(outbox.select("h2").eachText()).contains("取込・登録の結果リスト", "職員向け一覧", "報告", "送信ファイル (他システムへ)");
        assertThat(outbox.select("a:contains(Excel で開く)")).isNotEmpty();
        // anonymous: nothing of the console
        assertThat(anonymous().getForEntity("/files", String.class).getStatusCode().is2xxSuccessful()).isFalse();
    }

    /**
     * every staff CSV list of the outbox (every kind but the outbound interface files, 事業年報 included) has its
     * "Excel で開く" on the 出力ファイル page, and the xlsx behind it keeps the leading zeros, gives the codes'
     * meanings and real dates
     */
    @Test
    void everyStaffListOpensInExcelWithItsZerosAndLabels() throws Exception {
        for (String[] f : List.of(new String[] {"collection", "COL_139998_20261031.csv"},
                new String[] {"aggregation", "AGGMOV_139998_20261101.dat"},
                new String[] {"aggregation", "AGG75_139998_20261101.dat"},
                new String[] {"disease", "DISIN_139998_20261101.dat"})) {
            drop(f[0], f[1], Files.readAllBytes(SAMPLES.resolve(f[0]).resolve(f[1])));
            awaitArchived(f[0], f[1]);
        }
        runJob("income-class", "month=2026-09"); // so that 2026-10 has a month to compare with: a 変更一覧
        runJob("income-class", "month=2026-10");
        runJob("arrears", "date=2026-10-31");
        runJob("disease-answer", "date=2026-11-30");
        runJob("monthly-report", "month=2026-10");
        runJob("annual-report", "fiscalYear=2026");
        List<String> codeColumns = List.of("滞納区分", "前回滞納区分", "資格確認結果", "所得区分", "変更前所得区分",
                "変更後所得区分", "疾病区分", "取得事由", "喪失事由", "年齢区分");
        List<String> dateColumns = List.of("生年月日", "最古未納納期限", "有効期間開始年月日", "有効期間終了年月日", "回答年月日");
        java.util.Set<String> lists = new java.util.TreeSet<>();
        int zeros = 0;
        int labels = 0;
        java.util.Set<String> boxes = new java.util.TreeSet<>();
        for (org.jsoup.nodes.Element file : page(api(), "/outbox").select("tr:has(td.filename)")) {
            String name = file.select("td.filename span").first().text();
            if (!name.endsWith(".csv")) {
                continue;
            }
            Element excel = file.select("a:contains(Excel で開く)").first();
            assertThat(excel).as("Excel で開く of " + name).isNotNull();
            String href = excel.attr("href");
            var query = org.springframework.web.util.UriComponentsBuilder.fromUriString(href).build(true)
                    .getQueryParams();
            String box = java.net.URLDecoder.decode(query.getFirst("box"), java.nio.charset.StandardCharsets.UTF_8);
            boxes.add(box);
            Path csv = dirs.outbox(box).resolve(name);
            List<String> lines = List.of(new String(Files.readAllBytes(csv), MS932).split("\r\n"));
            ResponseEntity<byte[]> xlsx = get(api(), href);
            assertThat(xlsx.getStatusCode()).as(href).isEqualTo(HttpStatus.OK);
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
                Sheet sheet = wb.getSheetAt(0);
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                List<String> header = List.of(lines.get(0).split(",", -1));
                assertThat(sheet.getLastRowNum()).as(csv.toString()).isEqualTo(lines.size() - 1);
                for (int r = 1; r < lines.size(); r++) {
                    List<String> values = splitCsv(lines.get(r));
                    Row row = sheet.getRow(r);
                    for (int c = 0; c < values.size(); c++) {
                        String v = values.get(c);
                        String where = csv.getFileName() + " row " + r + " " + header.get(c);
                        if (v.matches("0\\d+")) {
                            assertThat(row.getCell(c).getCellType()).as(where).isEqualTo(CellType.STRING);
                            assertThat(row.getCell(c).getStringCellValue()).as(where).startsWith(v);
                            zeros++;
                        }
                        if (codeColumns.contains(header.get(c)) && !v.isBlank()) {
                            assertThat(row.getCell(c).getStringCellValue()).as(where).matches("\\S+ \\S.*");
                            labels++;
                        }
                        if (dateColumns.contains(header.get(c)) && !v.isBlank()) {
                            assertThat(DateUtil.isCellDateFormatted(row.getCell(c))).as(where).isTrue();
                        }
                    }
                }
                lists.add(header.get(0) + "/" + box);
                if (box.equals("annual-report")) {
                    annualReport(sheet, lines);
                }
            }
        }
        assertThat(boxes).as("every kind of staff CSV list").containsExactlyInAnyOrderElementsOf(
                jp.kokuho.hub.console.OutboxCatalog.BOXES.stream()
                        .filter(b -> b.kind() != jp.kokuho.hub.console.OutboxCatalog.Kind.OUTBOUND)
                        .map(jp.kokuho.hub.console.OutboxCatalog.Box::name).toList());
        assertThat(lists).hasSizeGreaterThanOrEqualTo(9);
        assertThat(zeros).isGreaterThan(100);
        assertThat(labels).isGreaterThan(100);
    }

    /**
     * 事業年報 in Excel: 項目コード stays text exactly as in the CSV (N01, A01, …), 項目 the CSV's label, 値 a number
     * (counts #,##0; the 率 rows with their two decimals, trailing zeros shown). The list has no date column: the
     * period is in the file name and in the report's own xlsx.
     */
    private static void annualReport(Sheet sheet, List<String> lines) {
        assertThat(lines.get(0)).isEqualTo("項目コード,項目,値");
        int rates = 0;
        for (int r = 1; r < lines.size(); r++) {
            List<String> v = splitCsv(lines.get(r));
            Row row = sheet.getRow(r);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(v.get(0));
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(v.get(1));
            assertThat(row.getCell(2).getCellType()).as(v.get(0)).isEqualTo(CellType.NUMERIC);
            assertThat(new java.math.BigDecimal(v.get(2))).as(v.get(0))
                    .isEqualByComparingTo(java.math.BigDecimal.valueOf(row.getCell(2).getNumericCellValue()));
            String format = row.getCell(2).getCellStyle().getDataFormatString();
            if (v.get(2).contains(".")) {
                assertThat(format).as(v.get(0)).isEqualTo("#,##0.00");
                assertThat(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(row.getCell(2)))
                        .isEqualTo(String.format("%,.2f", new java.math.BigDecimal(v.get(2))));
                rates++;
            } else {
                assertThat(format).as(v.get(0)).isEqualTo("#,##0");
            }
        }
        assertThat(lines.stream().map(l -> l.split(",")[0])).contains("N01", "H01", "HAV", "P01", "C03");
        assertThat(rates).as("率 rows").isPositive();
    }

    private static List<String> splitCsv(String line) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (q && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                f.append('"');
                i++;
            } else if (ch == '"') {
                q = !q;
            } else if (ch == ',' && !q) {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(ch);
            }
        }
        out.add(f.toString());
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void runJob(String job, String parameter) {
        ResponseEntity<java.util.Map> started = api().postForEntity("/api/jobs/" + job + "?" + parameter, null, java.util.Map.class);
        assertThat(started.getStatusCode()).as(job).isEqualTo(HttpStatus.ACCEPTED);
        Number id = (Number) started.getBody().get("id");
        await().atMost(Duration.ofSeconds(90)).until(() ->
                !"RUNNING".equals(api().getForObject("/api/jobs/" + id, java.util.Map.class).get("status")));
        assertThat(api().getForObject("/api/jobs/" + id, java.util.Map.class).get("error")).as(job).isNull();
    }

    /** a link as the page gives it (already encoded) */
    private static ResponseEntity<byte[]> get(TestRestTemplate client, String href) {
        return client.getForEntity(java.net.URI.create(client.getRootUri() + href), byte[].class);
    }

    private static Document page(TestRestTemplate client, String path) {
        ResponseEntity<String> r = client.getForEntity(path, String.class);
        assertThat(r.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return Jsoup.parse(r.getBody());
    }

    /** posts a console form as a browser does: the CSRF token of the page the form is on, with its cookie */
    private static ResponseEntity<String> post(TestRestTemplate client, String pagePath, String action,
                                               MultiValueMap<String, String> form) {
        ResponseEntity<String> page = client.getForEntity(pagePath, String.class);
        String cookies = String.join("; ", page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .map(c -> c.split(";", 2)[0]).toList());
        String token = Jsoup.parse(page.getBody()).select("input[name=_csrf]").attr("value");
        assertThat(token).as("CSRF token on " + pagePath).isNotBlank();
        form.add("_csrf", token);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, cookies);
        headers.setAcceptCharset(List.of(StandardCharsets.UTF_8));
        return client.exchange(action, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    private static MultiValueMap<String, String> form(String... keyAndValue) {
        MultiValueMap<String, String> m = new LinkedMultiValueMap<>();
        for (int i = 0; i < keyAndValue.length; i += 2) {
            m.add(keyAndValue[i], keyAndValue[i + 1]);
        }
        return m;
    }
}
