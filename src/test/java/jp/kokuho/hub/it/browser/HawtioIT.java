package jp.kokuho.hub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hawtio in headless Chromium with the hub's one login: the login page, then Camel → routes with the intake routes
 * and their exchange counts; an operator's stop is refused, an admin stops and starts a route from the page (and the
 * audit trail says so). Screenshots: target/screenshots/hawtio-*.png.
 */
class HawtioIT extends BrowserIntegrationTest {

    private static final String ROUTE = "intake-disease";

    @Autowired
    CamelContext camel;

    @AfterEach
    void routeStarted() throws Exception {
        if (camel.getRouteController().getRouteStatus(ROUTE) != ServiceStatus.Started) {
            camel.getRouteController().startRoute(ROUTE);
        }
    }

    /** Logs in as Hawtio asks for it (one login: the hub's page), opens Camel → routes and waits for the table. */
    private void openCamelRoutes(String user, String password) {
        browser.open("/actuator/hawtio/");
        browser.waitFor(By.id("login-form"));
        browser.login(user, password);
        assertThat(browser.currentPath()).startsWith("/actuator/hawtio/");
        browser.waitForText(user); // Hawtio's header names the logged-in user
        browser.open("/actuator/hawtio/camel/routes");
        WebElement routes = browser.waitUntil(d -> d.findElements(By.xpath(
                "//*[contains(@class,'tree-view__node-text') and normalize-space()='routes']")).stream().findFirst()
                .orElse(null));
        routes.click();
        browser.waitFor(By.id("camel-routes-table"));
        browser.waitUntil(d -> row(ROUTE).isPresent());
    }

    /** The cells of a route's row in the routes table: name, state, uptime, completed, failed, handled, total, ... */
    private Optional<List<String>> row(String route) {
        try {
            return browser.driver().findElements(By.cssSelector("#camel-routes-table tbody tr")).stream()
                    .map(tr -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText).map(String::trim).toList())
                    .filter(cells -> cells.size() > 7 && cells.get(1).equals(route))
                    .map(cells -> cells.subList(1, cells.size()))
                    .findFirst();
        } catch (StaleElementReferenceException e) {
            return Optional.empty(); // Hawtio redrew the table meanwhile: the wait asks again
        }
    }

    /** Ticks the route's box in the routes table (once the table stands still). */
    private void select(String route) {
        browser.waitUntil(d -> {
            try {
                WebElement box = d.findElements(By.cssSelector("#camel-routes-table tbody tr")).stream()
                        .filter(r -> r.findElements(By.tagName("td")).size() > 2
                                && r.findElements(By.tagName("td")).get(1).getText().trim().equals(route))
                        .findFirst().orElseThrow().findElement(By.cssSelector("input[type=checkbox]"));
                if (!box.isSelected()) {
                    box.click();
                }
                return box.isSelected();
            } catch (StaleElementReferenceException | java.util.NoSuchElementException e) {
                return false;
            }
        });
    }

    private WebElement toolbarButtonWhatever(String label) {
        return browser.waitFor(By.xpath("//*[@id='camel-routes-toolbar']//button[normalize-space()='" + label + "']"));
    }

    private WebElement toolbarButton(String label) {
        return browser.waitUntil(d -> d.findElements(By.xpath("//*[@id='camel-routes-toolbar']//button[normalize-space()='"
                + label + "']")).stream().filter(WebElement::isEnabled).findFirst().orElse(null));
    }

    @Test
    void anOperatorSeesTheRoutesWithTheirExchangeCountsAndCannotStopOne() {
        resetHub();
        // one exchange on the route: a file that is rejected
        String name = "DISIN_" + INSURER + "_20261031.dat";
        drop("disease", name, "no,good\r\n".getBytes(StandardCharsets.US_ASCII));
        awaitError("disease", name);
        // and one run of a job (jobs are routes: job-<name>)
        Number run = (Number) api().postForObject("/api/jobs/probe?month=2026-08", null, Map.class).get("id");
        await().atMost(Duration.ofSeconds(60)).until(() -> "SUCCEEDED".equals(
                api().getForObject("/api/jobs/" + run, Map.class).get("status")));

        openCamelRoutes(OPERATOR_USER, OPERATOR_PASSWORD);
        for (String route : List.of("intake-qualification", "intake-tax", "intake-collection", "intake-aggregation",
                "intake-disease", "job-arrears", "job-income-class", "job-monthly-report", "job-disease-answer",
                "job-probe")) {
            List<String> cells = browser.waitUntil(d -> row(route).orElse(null));
            assertThat(cells.get(1)).as(route).isEqualTo("Started");
            assertThat(cells.get(6)).as(route + " total").matches("\\d+");
        }
        browser.waitUntil(d -> row(ROUTE).map(c -> Integer.parseInt(c.get(6)) >= 1).orElse(false));
        browser.waitUntil(d -> row("job-probe").map(c -> Integer.parseInt(c.get(6)) >= 1).orElse(false));
        browser.screenshot("hawtio-routes-operator");

        // the page offers the operator no stop and no start (HubJmxSecurity answers Hawtio's canInvoke); the
        // hub refuses them anyway whatever is sent (JolokiaAccessIT)
        select(ROUTE);
        assertThat(toolbarButtonWhatever("Stop").isEnabled()).isFalse();
        assertThat(toolbarButtonWhatever("Start").isEnabled()).isFalse();
        browser.screenshot("hawtio-no-stop-for-operator");
        assertThat(camel.getRouteController().getRouteStatus(ROUTE)).isEqualTo(ServiceStatus.Started);
        assertThat(row(ROUTE).orElseThrow().get(1)).isEqualTo("Started");
    }

    @Test
    void anAdminStopsAndStartsARouteFromThePage() {
        jdbc.update("delete from audit_log");
        openCamelRoutes(ADMIN_USER, ADMIN_PASSWORD);
        select(ROUTE);
        toolbarButton("Stop").click();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> camel.getRouteController().getRouteStatus(ROUTE) == ServiceStatus.Stopped);
        browser.waitUntil(d -> row(ROUTE).map(c -> c.get(1).equals("Stopped")).orElse(false));
        browser.screenshot("hawtio-route-stopped-admin");

        select(ROUTE);
        toolbarButton("Start").click();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> camel.getRouteController().getRouteStatus(ROUTE) == ServiceStatus.Started);
        browser.waitUntil(d -> row(ROUTE).map(c -> c.get(1).equals("Started")).orElse(false));
        browser.screenshot("hawtio-route-started-admin");

        List<Map<String, Object>> audit = jdbc.queryForList("select username, action, target from audit_log order by id");
        assertThat(audit).extracting(r -> r.get("username") + " " + r.get("action") + " " + r.get("target"))
                .containsExactly(ADMIN_USER + " ROUTE_STOPPED route " + ROUTE, ADMIN_USER + " ROUTE_STARTED route " + ROUTE);
    }
}
