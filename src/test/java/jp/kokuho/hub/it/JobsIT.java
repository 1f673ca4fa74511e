package jp.kokuho.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The job framework over HTTP: 202 + id, GET status, 400, 404, 409, FAILED with its reason. */
class JobsIT extends HubIntegrationTest {

    @Autowired
    ProbeJob probe;

    @Test
    void oneRunAtATimeWithStatusCountsAndErrors() {
        assertThat(api().postForEntity("/api/jobs/probe?month=2026-13", null, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<Map> bad = api().postForEntity("/api/jobs/probe?month=2026-1", null, Map.class);
        assertThat(bad.getBody()).containsEntry("error", "month must be YYYY-MM, found 2026-1");
        assertThat(api().postForEntity("/api/jobs/no-such-job", null, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        probe.release = new CountDownLatch(1);
        ResponseEntity<Map> started = api().postForEntity("/api/jobs/probe?month=2026-10", null, Map.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        Number id = (Number) started.getBody().get("id");
        assertThat(started.getBody()).containsEntry("status", "RUNNING").containsEntry("job", "probe");
        assertThat(api().postForEntity("/api/jobs/probe?month=2026-11", null, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        probe.release.countDown();

        await().atMost(Duration.ofSeconds(10)).until(() ->
                "SUCCEEDED".equals(api().getForObject("/api/jobs/" + id, Map.class).get("status")));
        Map<String, Object> done = api().getForObject("/api/jobs/" + id, Map.class);
        assertThat(done).containsEntry("counts", Map.of("records", 3)).containsEntry("error", null)
                .containsEntry("message", "probe 2026-10");
        assertThat(done.get("endedAt")).isNotNull();

        ResponseEntity<Map> failing = api().postForEntity("/api/jobs/probe?month=2000-01", null, Map.class);
        Number failingId = (Number) failing.getBody().get("id");
        await().atMost(Duration.ofSeconds(10)).until(() ->
                "FAILED".equals(api().getForObject("/api/jobs/" + failingId, Map.class).get("status")));
        assertThat((String) api().getForObject("/api/jobs/" + failingId, Map.class).get("error"))
                .contains("probe failure for 2000-01");
    }
}
