package jp.kokuho.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import jp.kokuho.hub.audit.AuditAction;
import jp.kokuho.hub.audit.AuditLog;

/** The audit trail: rows in PostgreSQL, GET /api/audit for admins only, newest first, filtered by user and action. */
class AuditLogIT extends HubIntegrationTest {

    @Autowired
    AuditLog audit;

    @Test
    void aJobStartedOverHttpIsAuditedWithItsUser() {
        ResponseEntity<Map> started = api().postForEntity("/api/jobs/probe?month=2030-09", null, Map.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(jdbc.queryForList("select username || ' ' || action || ' ' || target from audit_log"
                + " where action = 'JOB_STARTED' and target = 'probe 2030-09'", String.class))
                .containsExactly(OPERATOR_USER + " JOB_STARTED probe 2030-09");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> !"RUNNING".equals(
                api().getForObject("/api/jobs/" + started.getBody().get("id"), Map.class).get("status")));
    }

    @Test
    void recordedActionsAreShownToAdminsOnly() {
        audit.record("someone", AuditAction.JOB_STARTED, "income-class month=2026-10", null);
        audit.record("someone", AuditAction.FILE_RETRIED, "receipt 42 QUA_139998_20261031.dat", null);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where username = 'someone'", Integer.class))
                .isEqualTo(2);

        ResponseEntity<List<Map<String, Object>>> all = admin().exchange("/api/audit?user=someone", HttpMethod.GET, null,
                new ParameterizedTypeReference<>() { });
        assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(all.getBody()).extracting(e -> e.get("action")).containsExactly("FILE_RETRIED", "JOB_STARTED");
        assertThat(all.getBody().get(1)).containsEntry("target", "income-class month=2026-10")
                .containsEntry("username", "someone");
        assertThat((String) all.getBody().get(0).get("occurredAt")).endsWith("+09:00");

        ResponseEntity<List<Map<String, Object>>> jobs = admin().exchange("/api/audit?user=someone&action=JOB_STARTED",
                HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(jobs.getBody()).hasSize(1);

        assertThat(api().getForEntity("/api/audit", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(anonymous().getForEntity("/api/audit", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
