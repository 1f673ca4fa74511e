package jp.kokuho.hub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;

import jp.kokuho.hub.security.LoginLockout;

/**
 * Lockout (hub.security.lockout: 10 failures within 5 minutes → 15 minutes refused, the defaults): over HTTP Basic
 * and through the login page in a browser; the other user is not affected; one WARN line; audited.
 */
@ExtendWith(OutputCaptureExtension.class)
class LoginLockoutIT extends BrowserIntegrationTest {

    @Autowired
    LoginLockout lockout;

    @AfterEach
    void unlock() {
        lockout.unlock(ADMIN_USER);
        lockout.unlock(OPERATOR_USER);
    }

    @Test
    void tenWrongPasswordsOverHttpBasicLockTheUserOutOthersAreNotAffected(CapturedOutput output) {
        jdbc.update("delete from audit_log");
        for (int i = 0; i < 9; i++) {
            assertThat(anonymous().withBasicAuth(ADMIN_USER, "wrong-" + i).getForEntity("/api/files", String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        // nine failures: still let in
        assertThat(admin().getForEntity("/api/audit", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        lockout.unlock(ADMIN_USER);
        for (int i = 0; i < 10; i++) {
            anonymous().withBasicAuth(ADMIN_USER, "wrong-" + i).getForEntity("/api/files", String.class);
        }
        // the right password is refused now; the other user is not
        assertThat(admin().getForEntity("/api/files", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(admin().getForEntity("/api/files", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api().getForEntity("/api/files", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        List<String> warnings = output.getOut().lines().filter(l -> l.contains("login locked")).toList();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).contains("WARN", "user '" + ADMIN_USER + "'", "127.0.0.1", "after 10 failed logins")
                .doesNotContain("wrong-");
        assertThat(output.getOut()).doesNotContain("wrong-9").doesNotContain(ADMIN_PASSWORD);

        List<Map<String, Object>> audit = jdbc.queryForList("select username, action, target from audit_log order by id");
        assertThat(audit).extracting(r -> r.get("username") + " " + r.get("action") + " " + r.get("target"))
                .containsExactly(ADMIN_USER + " LOGIN_LOCKED user " + ADMIN_USER,
                        ADMIN_USER + " LOGIN_REFUSED_LOCKED user " + ADMIN_USER);

        lockout.unlock(ADMIN_USER);
        assertThat(admin().getForEntity("/api/files", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theLoginPageSaysWhenAUserIsLockedOut() {
        browser.open("/login");
        for (int i = 0; i < 10; i++) {
            browser.submitLogin(OPERATOR_USER, "wrong-" + i);
            browser.waitFor(By.id("login-error"));
        }
        browser.submitLogin(OPERATOR_USER, OPERATOR_PASSWORD);
        assertThat(browser.waitFor(By.id("login-locked")).getText()).contains("一時的にログインできません");
        assertThat(browser.currentPath()).isEqualTo("/login?locked");
        browser.screenshot("login-locked");
        // the admin logs in as usual meanwhile
        browser.submitLogin(ADMIN_USER, ADMIN_PASSWORD);
        browser.waitUntil(d -> !browser.currentPath().startsWith("/login"));
    }
}
