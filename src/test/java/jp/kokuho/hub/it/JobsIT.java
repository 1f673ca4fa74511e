package jp.kokuho.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.apache.camel.api.management.ManagedCamelContext;
import org.apache.camel.api.management.mbean.ManagedRouteMBean;
import org.apache.camel.spring.pollingconsumer.SpringScheduledPollConsumerScheduler;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The job framework over HTTP: 202 + id, GET status with progress and warnings, 400, 404, 409, FAILED with its
 * reason; each job a Camel route (exchanges counted, a stopped route refuses runs), schedules from hub.jobs.*.cron.
 */
class JobsIT extends HubIntegrationTest {

    @Autowired
    ProbeJob probe;
    @Autowired
    CamelContext camel;

    @Test
    void oneRunAtATimeWithStatusCountsAndErrors() throws Exception {
        ResponseEntity<Map> invalid = api().postForEntity("/api/jobs/probe?month=2026-13", null, Map.class);
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invalid.getBody()).containsEntry("status", 400).containsEntry("error", "Bad Request");
        ResponseEntity<Map> bad = api().postForEntity("/api/jobs/probe?month=2026-1", null, Map.class);
        assertThat(bad.getBody()).containsEntry("message", "month must be YYYY-MM, found 2026-1");
        ResponseEntity<Map> unknown = api().postForEntity("/api/jobs/no-such-job", null, Map.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat((String) unknown.getBody().get("message")).startsWith("unknown job no-such-job; jobs: ");

        ManagedRouteMBean route = managed("job-probe");
        long exchangesBefore = route.getExchangesTotal();
        probe.release = new CountDownLatch(1);
        ResponseEntity<Map> started = api().postForEntity("/api/jobs/probe?month=2026-10", null, Map.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        Number id = (Number) started.getBody().get("id");
        assertThat(started.getHeaders().getLocation()).hasToString("/api/jobs/" + id);
        assertThat(started.getBody()).containsEntry("status", "RUNNING").containsEntry("job", "probe");
        assertThat((String) started.getBody().get("startedAt")).endsWith("+09:00");
        ResponseEntity<Map> second = api().postForEntity("/api/jobs/probe?month=2026-11", null, Map.class);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) second.getBody().get("message")).isEqualTo("job probe is already running (id " + id + ")");

        // while it runs: the progress and the warning the job reported
        await().atMost(Duration.ofSeconds(10)).until(() ->
                Integer.valueOf(1).equals(api().getForObject("/api/jobs/" + id, Map.class).get("processed")));
        Map<String, Object> running = api().getForObject("/api/jobs/" + id, Map.class);
        assertThat(running).containsEntry("status", "RUNNING").containsEntry("total", 3)
                .containsEntry("warnings", List.of("probe warning for 2026-10"));
        probe.release.countDown();

        await().atMost(Duration.ofSeconds(10)).until(() ->
                "SUCCEEDED".equals(api().getForObject("/api/jobs/" + id, Map.class).get("status")));
        Map<String, Object> done = api().getForObject("/api/jobs/" + id, Map.class);
        assertThat(done).containsEntry("counts", Map.of("records", 3)).containsEntry("error", null)
                .containsEntry("message", "probe 2026-10").containsEntry("processed", 1).containsEntry("total", 3)
                .containsEntry("warnings", List.of("probe warning for 2026-10"));
        assertThat((String) done.get("endedAt")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?\\+09:00");
        await().atMost(Duration.ofSeconds(10)).until(() -> route.getExchangesCompleted() > 0
                && route.getExchangesTotal() == exchangesBefore + 1);

        ResponseEntity<Map> failing = api().postForEntity("/api/jobs/probe?month=2000-01", null, Map.class);
        Number failingId = (Number) failing.getBody().get("id");
        await().atMost(Duration.ofSeconds(10)).until(() ->
                "FAILED".equals(api().getForObject("/api/jobs/" + failingId, Map.class).get("status")));
        assertThat((String) api().getForObject("/api/jobs/" + failingId, Map.class).get("error"))
                .contains("probe failure for 2000-01");
        await().atMost(Duration.ofSeconds(10)).until(() -> route.getFailuresHandled() == 1);

        ResponseEntity<Map> missing = api().getForEntity("/api/jobs/99999999", Map.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody()).containsEntry("status", 404).containsEntry("message", "no job run 99999999");
        ResponseEntity<Map> negative = api().getForEntity("/api/jobs?limit=-1", Map.class);
        assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) negative.getBody().get("message")).contains("limit");
    }

    @Test
    void aStoppedJobRouteRefusesRunsUntilStartedAgain() throws Exception {
        camel.getRouteController().stopRoute("job-probe");
        try {
            ResponseEntity<Map> refused = api().postForEntity("/api/jobs/probe?month=2026-09", null, Map.class);
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat((String) refused.getBody().get("message")).contains("job-probe", "stopped");
        } finally {
            camel.getRouteController().startRoute("job-probe");
        }
        probe.release = new CountDownLatch(0);
        ResponseEntity<Map> started = api().postForEntity("/api/jobs/probe?month=2026-09", null, Map.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        Number id = (Number) started.getBody().get("id");
        await().atMost(Duration.ofSeconds(10)).until(() ->
                "SUCCEEDED".equals(api().getForObject("/api/jobs/" + id, Map.class).get("status")));
    }

    @Test
    void everyJobIsARouteAndCronSettingsScheduleThem() {
        for (String job : List.of("arrears", "income-class", "household-income-file", "disease-answer",
                "monthly-report", "probe")) {
            assertThat(camel.getRouteController().getRouteStatus("job-" + job)).as(job).isEqualTo(ServiceStatus.Started);
        }
        // application.yaml: arrears "0 0 3 5 * *", household-income-file "-" (no schedule)
        Route schedule = camel.getRoute("job-arrears-schedule");
        assertThat(schedule).isNotNull();
        SpringScheduledPollConsumerScheduler scheduler = (SpringScheduledPollConsumerScheduler)
                ((ScheduledPollConsumer) schedule.getConsumer()).getScheduler();
        assertThat(scheduler.getCron()).isEqualTo("0 0 3 5 * *");
        assertThat(scheduler.getTimeZone().getID()).isEqualTo("Asia/Tokyo");
        assertThat(camel.getRoute("job-household-income-file-schedule")).isNull();
        assertThat(camel.getRoute("job-probe-schedule")).isNull();
    }

    private ManagedRouteMBean managed(String routeId) {
        return camel.getCamelContextExtension().getContextPlugin(ManagedCamelContext.class)
                .getManagedRoute(routeId, ManagedRouteMBean.class);
    }
}
