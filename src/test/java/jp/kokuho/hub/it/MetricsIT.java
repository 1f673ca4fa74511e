package jp.kokuho.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * {@code /actuator/prometheus} (operator login) shows the hub's figures: files by feed and outcome, import duration
 * and records per file, job duration and outcome, claim checks pending, and Camel's route metrics.
 */
class MetricsIT extends HubIntegrationTest {

    @Autowired
    ProbeJob probe;

    @Test
    void prometheusShowsTheHubsFigures() throws Exception {
        assertThat(anonymous().getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        resetHub();
        // an imported file and a rejected one
        LocalDate held = LocalDate.of(2026, 10, 31);
        String good = QuaFile.name(INSURER, held.plusDays(1));
        drop("qualification", good, QuaFile.of(INSURER, held.plusDays(1)).standardPopulation(30).bytes());
        awaitArchived("qualification", good);
        // the API's times are Japan time with their offset, like the lists
        Map<?, ?> file = (Map<?, ?>) api().getForObject("/api/files?feed=qualification&limit=1", java.util.List.class)
                .get(0);
        assertThat((String) file.get("receivedAt")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?\\+09:00");
        assertThat((String) file.get("finishedAt")).endsWith("+09:00");
        String bad = "QUA_" + INSURER + "_20260230.dat";
        drop("qualification", bad, "not a qualification file\r\n".getBytes(MS932));
        awaitError("qualification", bad);
        // a job run
        probe.release = new CountDownLatch(0);
        ResponseEntity<Map> run = api().postForEntity("/api/jobs/probe?month=2026-07", null, Map.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> "SUCCEEDED".equals(
                api().getForObject("/api/jobs/" + run.getBody().get("id"), Map.class).get("status")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = api().getForObject("/actuator/prometheus", String.class);
            assertThat(metrics)
                    .contains("hub_files_total{application=\"kokuho-hub\",feed=\"qualification\",outcome=\"imported\"}")
                    .contains("hub_files_total{application=\"kokuho-hub\",feed=\"qualification\",outcome=\"rejected\"}")
                    .contains("hub_import_duration_seconds_count{application=\"kokuho-hub\",feed=\"qualification\"}")
                    .contains("hub_import_records_sum{application=\"kokuho-hub\",feed=\"qualification\"}")
                    .contains("hub_job_duration_seconds_count{application=\"kokuho-hub\",job=\"probe\",outcome=\"succeeded\"}")
                    .contains("hub_claim_checks_pending{application=\"kokuho-hub\"}")
                    .contains("hub_intake_files{application=\"kokuho-hub\",feed=\"qualification\",state=\"waiting\"}")
                    .contains("hub_intake_oldest_age_seconds{application=\"kokuho-hub\"}")
                    .containsPattern("camel_exchanges_total\\{[^}]*routeId=\"intake-qualification\"");
        });

        // every series the Grafana dashboard queries is one the hub exports (hub_sftp_failures_total appears with
        // the first failure: SftpRoutesTest)
        String metrics = api().getForObject("/actuator/prometheus", String.class);
        Set<String> exported = new HashSet<>();
        Matcher name = Pattern.compile("(?m)^([a-z_]+)[{ ]").matcher(metrics);
        while (name.find()) {
            exported.add(name.group(1));
        }
        Matcher queried = Pattern.compile("\\b((?:hub|camel)_[a-z_]+)").matcher(
                Files.readString(Path.of("docker/grafana/dashboards/kokuho-hub.json")));
        Set<String> missing = new TreeSet<>();
        while (queried.find()) {
            String series = queried.group(1);
            if (!exported.contains(series) && !series.equals("hub_sftp_failures_total")) {
                missing.add(series);
            }
        }
        assertThat(missing).as("dashboard series not exported").isEmpty();
    }
}
