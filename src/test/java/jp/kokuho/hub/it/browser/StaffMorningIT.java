package jp.kokuho.hub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A 国保課 staff member's morning in a real browser (headless Debian Chromium) on the real hub: log in, see
 * yesterday's rejected file on ホーム, open its errors, download its 取込結果リスト, start the 事業月報 job and watch
 * it finish, open its xlsx, look up a 被保険者's 所得区分 and read the rule that decided it. The window is 1280 px
 * wide; every page is saved as a full-page screenshot under target/screenshots/console-*.png.
 */
class StaffMorningIT extends BrowserIntegrationTest {

    static final Path SAMPLES = Path.of("samples");
    static final String QUA = "QUA_139998_20261031.dat";
    static final String TAX = "TAX_139998_20261101.csv";
    static final String COL = "COL_139998_20261031.csv";
    static final String DIS = "DISIN_139998_20261101.dat";
    static final String BAD = "TAX_139998_20261102.csv";

    @BeforeEach
    void aHubWithTheSamplesAndARejectedFileOfYesterday() throws Exception {
        resetHub();
        jdbc.update("delete from job_run");
        jdbc.update("delete from console_visit");
        for (String[] f : List.of(new String[] {"qualification", QUA}, new String[] {"tax", TAX},
                new String[] {"collection", COL}, new String[] {"disease", DIS})) {
            drop(f[0], f[1], Files.readAllBytes(SAMPLES.resolve(f[0]).resolve(f[1])));
            awaitArchived(f[0], f[1]);
        }
        String bad = "000000000000001,2026,1,1,100,100,0,0,0,0,0,20261301\r\n"
                + "000000000000002,20X6,1,1,100,100,0,0,0,0,0,20261101\r\n";
        drop("tax", BAD, bad.getBytes(MS932));
        awaitError("tax", BAD);
        // it came in yesterday evening
        jdbc.update("update file_receipt set received_at = received_at - interval '1 day',"
                + " finished_at = finished_at - interval '1 day' where file_name = ?", BAD);
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void aStaffMembersMorning() throws Exception {
        // 1. log in
        browser.open("/");
        browser.waitFor(By.id("login-form"));
        browser.login(OPERATOR_USER, OPERATOR_PASSWORD);
        assertThat(browser.currentPath()).matches("/(\\?continue)?");

        // 2. yesterday's rejected file on ホーム
        WebElement rejected = browser.waitFor(By.id("rejected"));
        assertThat(rejected.getText()).contains(BAD, "エラー");
        assertThat(browser.pageText()).contains("本日の状況", "本日受け付けたファイル", "取込を待っているファイル",
                "ジョブの最新の実行", "以降の新しい出力ファイル");
        fits("home");
        shot("console-home");
        printsCleanly("console-home");

        // 3. its errors
        rejected.findElement(By.linkText(BAD)).click();
        WebElement errors = browser.waitFor(By.id("errors"));
        assertThat(errors.findElements(By.cssSelector("tbody tr"))).hasSize(2);
        assertThat(errors.getText()).contains("更新年月日", "20261301", "課税年度", "20X6");
        fits("file");
        shot("console-file-errors");

        // 4. its 取込結果リスト, downloaded with the browser's session: the bytes of the outbox file
        String href = browser.driver().findElement(By.id("result-list")).getAttribute("href");
        Path list = dirs.root().resolve(jdbc.queryForObject("select result_list from file_receipt where file_name = ?",
                String.class, BAD));
        Map<String, Object> download = fetch(href);
        assertThat(download.get("status")).isEqualTo(200L);
        assertThat(Base64.getDecoder().decode((String) download.get("body"))).isEqualTo(Files.readAllBytes(list));
        assertThat((String) download.get("disposition")).contains("attachment");

        browser.open("/files");
        browser.waitFor(By.id("files"));
        fits("files");
        shot("console-files");

        // 5. the 事業月報 job, started from its form, watched until it ends
        browser.open("/jobs");
        WebElement form = browser.waitFor(By.id("job-monthly-report"));
        WebElement month = form.findElement(By.name("month"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2026-10'", month);
        fits("jobs");
        shot("console-jobs");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitUntil(d -> browser.currentPath().startsWith("/jobs/runs/"));
        shot("console-job-run");
        browser.waitUntil(d -> browser.driver().findElement(By.id("job-status")).getText().equals("正常終了"));
        WebElement outputs = browser.waitFor(By.id("outputs"));
        assertThat(outputs.getText()).contains("事業月報_202610.csv", "事業月報集計根拠データ_202610.csv", "事業月報_202610.xlsx");
        assertThat(browser.pageText()).contains("開始した人 " + OPERATOR_USER);
        fits("job-run");
        shot("console-job-done");

        // 6. its xlsx
        WebElement xlsxRow = outputs.findElement(By.xpath(".//tr[td[contains(., '事業月報_202610.xlsx')]]"));
        Map<String, Object> xlsx = fetch(xlsxRow.findElement(By.linkText("ダウンロード")).getAttribute("href"));
        assertThat(xlsx.get("status")).isEqualTo(200L);
        assertThat((String) xlsx.get("type")).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(Base64.getDecoder().decode((String) xlsx.get("body"))).startsWith('P', 'K');
        WebElement basisRow = outputs.findElement(By.xpath(".//tr[td[contains(., '事業月報集計根拠データ_202610.csv')]]"));
        Map<String, Object> excel = fetch(basisRow.findElement(By.linkText("Excel で開く")).getAttribute("href"));
        assertThat(excel.get("status")).isEqualTo(200L);
        assertThat((String) excel.get("disposition")).contains(".xlsx");

        browser.open("/outbox");
        browser.waitForText("出力ファイル");
        fits("outbox");
        shot("console-outbox");

        // 7. a 被保険者's 所得区分 and the rule that decided it
        String[] p = jdbc.queryForObject("select insured_no || ',' || branch_no from qualification"
                + " where member_type = 1 and lost_on is null order by insured_no, branch_no limit 1", String.class).split(",");
        browser.open("/income-class");
        WebElement inquiry = browser.waitFor(By.id("by-insured"));
        inquiry.findElement(By.name("insuredNo")).sendKeys(p[0]);
        inquiry.findElement(By.name("branchNo")).sendKeys(p[1]);
        inquiry.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement months = browser.waitFor(By.id("months"));
        List<WebElement> rows = months.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(12);
        String thisMonth = rows.get(11).getText();
        assertThat(thisMonth).containsPattern("[AB][1-6] ").containsPattern("(70歳未満|70〜74歳) 規則\\d");
        assertThat(browser.pageText()).contains("旧ただし書所得の合計");
        fits("income-class");
        shot("console-income-class");

        browser.open("/special-cases");
        browser.waitFor(By.id("disease"));
        fits("special-cases");
        shot("console-special-cases");
    }

    /** GET of a link with the browser's own session (as a click on a download does), body as base64 */
    @SuppressWarnings("unchecked")
    private Map<String, Object> fetch(String url) {
        return (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
                  const bytes = new Uint8Array(await r.arrayBuffer());
                  let s = '';
                  for (let i = 0; i < bytes.length; i++) { s += String.fromCharCode(bytes[i]); }
                  done({status: r.status, type: r.headers.get('content-type') || '',
                        disposition: r.headers.get('content-disposition') || '', body: btoa(s)});
                }).catch(e => done({status: -1, error: String(e)}));""", url);
    }

    /** as printed: navigation and forms are left out, the tables stay; the PDF Chromium prints is kept beside the PNGs */
    private void printsCleanly(String name) throws Exception {
        org.openqa.selenium.chrome.ChromeDriver chrome = (org.openqa.selenium.chrome.ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(chrome.findElement(By.cssSelector("header.top nav")).isDisplayed()).isFalse();
            assertThat(chrome.findElement(By.cssSelector("#rejected form")).isDisplayed()).isFalse();
            assertThat(chrome.findElement(By.id("rejected")).isDisplayed()).isTrue();
            shot(name + "-print");
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        org.openqa.selenium.Pdf pdf = chrome.print(new org.openqa.selenium.print.PrintOptions());
        byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
        assertThat(new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        Files.write(BrowserSession.SCREENSHOTS.resolve(name + ".pdf"), bytes);
    }

    /** nothing is cut off at 1280 px: the page does not scroll sideways */
    private void fits(String page) {
        Object overflow = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).longValue()).as(page + " scrolls sideways at 1280 px").isLessThanOrEqualTo(0);
    }

    /** a screenshot of the whole page (the window made as tall as the page), then back to 1280 x 900 */
    private void shot(String name) {
        Number height = (Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        browser.driver().manage().window().setSize(new Dimension(1280, Math.min(6000, Math.max(900, height.intValue() + 140))));
        browser.screenshot(name);
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }
}
