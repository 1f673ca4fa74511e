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

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import jp.kokuho.hub.sftp.SftpBindings;
import jp.kokuho.hub.sftp.SftpProperties;

/**
 * {@code /actuator/prometheus} (operator login) shows the hub's figures: files by feed and outcome, import duration
 * and records per file, job duration and outcome, claim checks pending, SFTP failures, and Camel's route metrics.
 * Docker's daemon is not available where the tests run, so the compose profile {@code monitoring} (Prometheus +
 * Grafana) is never started here; instead every metric the provisioned Grafana dashboard queries (the names in the
 * PromQL of docker/grafana/dashboards/kokuho-hub.json) must appear in a real scrape of the hub after the samples.
 */
class MetricsIT extends HubIntegrationTest {

    @Autowired
    ProbeJob probe;
    @Autowired
    CamelContext camel;

    static final String[][] SAMPLES = {{"qualification", "QUA_139998_20261031.dat"},
            {"tax", "TAX_139998_20261101.csv"}, {"collection", "COL_139998_20261031.csv"},
            {"aggregation", "AGG75_139998_20261101.dat"}, {"aggregation", "AGGMOV_139998_20261101.dat"},
            {"disease", "DISIN_139998_20261101.dat"}};

    @Test
    void prometheusShowsTheHubsFigures() throws Exception {
        assertThat(anonymous().getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        resetHub();
        // the shipped samples, and a rejected file
        for (String[] sample : SAMPLES) {
            drop(sample[0], sample[1], Files.readAllBytes(Path.of("samples", sample[0], sample[1])));
            awaitArchived(sample[0], sample[1]);
        }
        // the API's times are Japan time with their offset, like the lists
        Map<?, ?> file = (Map<?, ?>) api().getForObject("/api/files?feed=qualification&limit=1", java.util.List.class)
                .get(0);
        assertThat((String) file.get("receivedAt")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?\\+09:00");
        assertThat((String) file.get("finishedAt")).endsWith("+09:00");
        String bad = "QUA_" + INSURER + "_20260230.dat";
        drop("qualification", bad, "not a qualification file\r\n".getBytes(MS932));
        awaitError("qualification", bad);
        // an SFTP binding whose server does not answer: its polls fail (routes added as SftpBindings adds them at
        // start, removed again at the end)
        Path key = Files.createTempFile(dirs.root(), "metrics-key", "");
        Path knownHosts = Files.createTempFile(dirs.root(), "metrics-known-hosts", "");
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        SftpProperties.Binding unreachable = new SftpProperties.Binding("127.0.0.1", closedPort, "hub",
                key.toString(), knownHosts.toString(), ".", 200, 200, null);
        SftpBindings.addRoutes(camel, new SftpProperties(Map.of("collection", unreachable), Map.of()));
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
                    .containsPattern("hub_sftp_failures_total\\{[^}]*binding=\"sftp-inbound-collection\"")
                    .containsPattern("camel_exchanges_total\\{[^}]*routeId=\"intake-qualification\"");
        });
        camel.getRouteController().stopRoute("sftp-inbound-collection");
        camel.removeRoute("sftp-inbound-collection");

        // every metric the Grafana dashboard queries is one this scrape holds
        String metrics = api().getForObject("/actuator/prometheus", String.class);
        Set<String> exported = new HashSet<>();
        Matcher name = Pattern.compile("(?m)^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]").matcher(metrics);
        while (name.find()) {
            exported.add(name.group(1));
        }
        Set<String> queried = DashboardQueries.metricNames(Path.of("docker/grafana/dashboards/kokuho-hub.json"));
        assertThat(queried).as("metrics the dashboard queries").contains("hub_files_total", "hub_intake_files",
                "hub_import_duration_seconds_sum", "hub_job_duration_seconds_count", "hub_sftp_failures_total",
                "camel_exchanges_total").hasSizeGreaterThan(10);
        Set<String> missing = new TreeSet<>(queried);
        missing.removeAll(exported);
        missing.remove("up"); // Prometheus's own series of each scrape target, not one the hub serves
        assertThat(missing).as("dashboard series not exported").isEmpty();
    }
}
