package jp.kokuho.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import jp.kokuho.hub.it.browser.BrowserIntegrationTest;

/**
 * The live progress of a job in the browser: the run's page shows processed / total while the job runs (the probe
 * job reports 1 of 3 and waits to be released), then reloads by itself with the outcome and the warnings.
 */
class ConsoleJobProgressIT extends BrowserIntegrationTest {

    @Autowired
    private ProbeJob probe;

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
}
