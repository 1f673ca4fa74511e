package jp.kokuho.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import jp.kokuho.hub.it.browser.BrowserIntegrationTest;

/**
 * The live progress of a job in the browser: the run's page shows processed / total while the job runs (the probe
 * job reports 1 of 3 and waits to be released; the real 事業月報 on the samples, held by a lock after its last basis
 * row), then reloads by itself with the outcome, the warnings and the outputs.
 */
class ConsoleJobProgressIT extends BrowserIntegrationTest {

    @Autowired
    private ProbeJob probe;
    @Autowired
    private DataSource dataSource;

    @AfterEach
    void release() {
        probe.release.countDown();
    }

    @Test
    void theRunsPageShowsItsProgressAndReloadsWhenItEnds() {
        jdbc.update("delete from job_run");
        probe.release = new CountDownLatch(1);
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.open("/jobs");
        browser.login(OPERATOR_USER, OPERATOR_PASSWORD);
        browser.open("/jobs");
        WebElement form = browser.waitFor(By.id("job-probe"));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitUntil(d -> browser.currentPath().startsWith("/jobs/runs/"));
        assertThat(browser.driver().findElement(By.id("job-status")).getText()).isEqualTo("実行中");
        browser.waitUntil(d -> browser.driver().findElement(By.id("job-progress-text")).getText().equals("1 / 3 件 (33%)"));
        WebElement bar = browser.driver().findElement(By.id("job-progress"));
        assertThat(bar.getAttribute("max")).isEqualTo("3");
        assertThat(bar.getAttribute("value")).isEqualTo("1");
        browser.screenshot("console-job-progress");

        probe.release.countDown();
        browser.waitUntil(d -> browser.driver().findElement(By.id("job-status")).getText().equals("正常終了"));
        assertThat(browser.driver().findElements(By.id("job-progress"))).isEmpty();
        assertThat(browser.waitFor(By.id("warnings")).getText()).contains("probe warning for");
        assertThat(browser.pageText()).contains("開始した人 " + OPERATOR_USER, "レコード 3");
    }

    /**
     * The 事業月報 on the shipped IF-QUA sample: a lock on the IF-COL table, taken by the test before the start, holds
     * the run after its last basis row (its C items read that table last), so the page shows the bar of a real run:
     * every 被保険者 of the basis done out of the total counted up front. Released, the run ends and the page shows it.
     */
    @Test
    void theBarOfARealJobCountsItsPersons() throws Exception {
        resetHub();
        jdbc.update("delete from job_run");
        String qua = "QUA_139998_20261031.dat";
        drop("qualification", qua, Files.readAllBytes(Path.of("samples", "qualification", qua)));
        awaitArchived("qualification", qua);
        long basis = jdbc.queryForObject("select count(*) from qualification where member_type = 1"
                + " and acquired_on is not null and (acquired_on <= date '2026-10-31' and (lost_on is null"
                + " or lost_on > date '2026-10-31') or acquired_on between date '2026-10-01' and date '2026-10-31'"
                + " or lost_on between date '2026-10-01' and date '2026-10-31')", Long.class);
        assertThat(basis).isPositive();

        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.open("/jobs");
        browser.login(OPERATOR_USER, OPERATOR_PASSWORD);
        browser.open("/jobs");
        try (Connection hold = dataSource.getConnection()) {
            hold.setAutoCommit(false);
            try (Statement st = hold.createStatement()) {
                st.execute("lock table collection in access exclusive mode");
            }
            WebElement form = browser.waitFor(By.id("job-monthly-report"));
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2026-10'",
                    form.findElement(By.name("month")));
            form.findElement(By.cssSelector("button[type=submit]")).click();
            browser.waitUntil(d -> browser.currentPath().startsWith("/jobs/runs/"));
            String expected = String.format("%,d / %,d 人 (100%%)", basis, basis);
            browser.waitUntil(d -> browser.driver().findElement(By.id("job-progress-text")).getText().equals(expected));
            WebElement bar = browser.driver().findElement(By.id("job-progress"));
            assertThat(bar.getAttribute("max")).isEqualTo(Long.toString(basis));
            assertThat(bar.getAttribute("value")).isEqualTo(Long.toString(basis));
            assertThat(browser.driver().findElement(By.id("job-status")).getText()).isEqualTo("実行中");
            browser.screenshot("console-job-progress-monthly-report");
            hold.rollback();
        }
        browser.waitUntil(d -> browser.driver().findElement(By.id("job-status")).getText().equals("正常終了"));
        assertThat(browser.driver().findElements(By.id("job-progress"))).isEmpty();
        assertThat(browser.waitFor(By.id("outputs")).getText()).contains("事業月報_202610.xlsx");
    }
}
