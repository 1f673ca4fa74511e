package jp.kokuho.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** What an operator sees: the OpenAPI description of the API, route statistics through Jolokia (Hawtio's source). */
class OperationsHttpIT extends HubIntegrationTest {

    @Test
    void openApiDescribesFilesAndJobs() {
        ResponseEntity<Map> docs = api().getForEntity("/v3/api-docs", Map.class);
        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> paths = (Map<String, Object>) docs.getBody().get("paths");
        assertThat(paths).containsKeys("/api/files", "/api/files/{id}", "/api/jobs", "/api/jobs/{id}", "/api/jobs/{job}");
    }

    @Test
    void routeStatisticsThroughJolokia() {
        resetHub();
        LocalDate base = LocalDate.of(2031, 3, 31);
        String name = QuaFile.name(INSURER, base);
        long before = exchangesCompleted();
        drop("qualification", name, QuaFile.of(INSURER, base).standardPopulation(7_100_000).bytes());
        awaitArchived("qualification", name);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> exchangesCompleted() > before);
    }

    private long exchangesCompleted() {
        ResponseEntity<Map> read = api().getForEntity("/actuator/jolokia/read/org.apache.camel:context=*,type=routes,"
                + "name=\"intake-qualification\"/ExchangesCompleted", Map.class);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getBody()).as("%s", read.getBody()).containsEntry("status", 200);
        // a pattern read answers {mbean name: {attribute: value}}
        Map<String, Map<String, Number>> value = (Map<String, Map<String, Number>>) read.getBody().get("value");
        return value.values().iterator().next().get("ExchangesCompleted").longValue();
    }
}
