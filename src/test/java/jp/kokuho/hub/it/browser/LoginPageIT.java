package jp.kokuho.hub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The form login page in a real browser: a page asks for login, a wrong password is refused, login and logout work. */
class LoginPageIT extends BrowserIntegrationTest {

    @Test
    void aPageWithoutLoginShowsTheJapaneseLoginPage() {
        browser.open("/api/jobs");
        browser.waitFor(By.id("login-form"));
        assertThat(browser.currentPath()).isEqualTo("/login");
        assertThat(browser.pageText()).contains("ログイン", "ユーザー名", "パスワード");
        browser.screenshot("login-page");
    }

    @Test
    void aWrongPasswordIsRefusedWithAReason() {
        browser.open("/login");
        browser.submitLogin(OPERATOR_USER, "not-the-password");
        assertThat(browser.waitFor(By.id("login-error")).getText()).contains("ユーザー名またはパスワードが正しくありません");
        assertThat(browser.currentPath()).isEqualTo("/login?error");
        browser.screenshot("login-refused");
    }

    @Test
    void loginLandsOnTheConsoleAndTheSessionOpensTheApiThenLogoutEndsIt() {
        browser.open("/login");
        browser.login(OPERATOR_USER, OPERATOR_PASSWORD);
        assertThat(browser.currentPath()).isEqualTo("/");
        // the same session reaches the pages and the API (no second login)
        browser.open("/api/jobs");
        browser.waitUntil(d -> browser.pageText().startsWith("["));
        browser.open("/login");
        assertThat(browser.waitFor(By.id("current-user")).getText()).isEqualTo(OPERATOR_USER);
        browser.screenshot("logged-in");
        browser.logout();
        browser.open("/api/jobs");
        browser.waitFor(By.id("login-form"));
        assertThat(browser.currentPath()).isEqualTo("/login");
    }

    @Test
    void afterLoginTheBrowserReturnsToThePageThatAskedForIt() {
        browser.open("/api/files");
        browser.waitFor(By.id("login-form"));
        browser.login(ADMIN_USER, ADMIN_PASSWORD);
        assertThat(browser.currentPath()).startsWith("/api/files");
        browser.waitUntil(d -> browser.pageText().startsWith("["));
    }

    @Test
    void hawtiosOwnUserAndLogoutAddressesFollowTheHubsLogin() {
        browser.open("/login");
        browser.login(OPERATOR_USER, OPERATOR_PASSWORD);
        browser.open("/actuator/hawtio/user");
        browser.waitUntil(d -> browser.pageText().equals("\"" + OPERATOR_USER + "\""));
        // Hawtio's logout menu ends the hub's session and shows the hub's login page
        browser.open("/actuator/hawtio/auth/logout");
        browser.waitFor(By.id("logged-out"));
        assertThat(browser.currentPath()).isEqualTo("/login?logout");
        browser.open("/actuator/hawtio/");
        browser.waitFor(By.id("login-form"));
        assertThat(browser.currentPath()).isEqualTo("/login");
    }
}
