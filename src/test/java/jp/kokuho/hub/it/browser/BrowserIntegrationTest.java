package jp.kokuho.hub.it.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.web.server.LocalServerPort;

import jp.kokuho.hub.it.HubIntegrationTest;

/**
 * Base of the browser tests: the real hub (the shared integration-test context) and a fresh headless Chromium per
 * test ({@link #browser}), closed after the test with a last screenshot {@code <Class>-<test>-end.png} under
 * target/screenshots/. Log in with {@code browser.login(OPERATOR_USER, OPERATOR_PASSWORD)}.
 */
public abstract class BrowserIntegrationTest extends HubIntegrationTest {

    @LocalServerPort
    protected int port;
    protected BrowserSession browser;

    @BeforeEach
    void startBrowser() {
        browser = BrowserSession.start("http://localhost:" + port);
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        if (browser == null) {
            return;
        }
        try {
            browser.screenshot(getClass().getSimpleName() + "-" + test.getTestMethod().map(m -> m.getName()).orElse("test")
                    + "-end");
        } finally {
            browser.close();
        }
    }
}
