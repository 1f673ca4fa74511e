package jp.kokuho.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A sample run's log is quiet and truthful (issue 15): the hub started as a user starts it (profile {@code sample},
 * its own process and data directory) takes in the shipped samples and one file with a bad amount and a bad date,
 * then runs the 事業月報. The whole console output, JSON lines by configuration alone, then holds no WARN or ERROR
 * event besides the one rejection the hub itself reports, none of the third-party noise of before, and no personal
 * data of the samples.
 */
@OwnHubProcess
class QuietLogIT {

    private static final Charset MS932 = Charset.forName("windows-31j");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSampleRunLogsNoFalseWarningsAndNoPersonalData() throws Exception {
        Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target")).toAbsolutePath(), "quiet-log-");
        int port = HubProcess.freePort();
        // JSON lines (Spring Boot's structured logging, ECS), as a log shipper would read them
        try (HubProcess hub = HubProcess.start(HubProcess.Work.SMALL_FILES, data, port, List.of("--spring.profiles.active=sample",
                "--hub.samples.dir=" + Path.of("samples").toAbsolutePath(), "--logging.structured.format.console=ecs"));
             HealthProbes probes = new HealthProbes(port)) {
            // probed as a container platform does, from the first second on (Tomcat answers before Camel has
            // started and before the inbox pollers' first poll) and through the stop at the end
            probes.start();
            hub.awaitHealthy();
            await().atMost(Duration.ofSeconds(60)).until(() -> probes.answered("readiness", 200));
            await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(500)).until(() ->
                    archived(data, "qualification") && archived(data, "tax") && archived(data, "collection")
                            && archived(data, "aggregation") && archived(data, "disease"));

            // a file with a bad amount and a bad date: rejected, reported once by the hub
            List<String> lines = Files.readAllLines(Path.of("samples/tax/TAX_139998_20261101.csv"), MS932);
            String bad = String.join("\r\n", List.of(lines.get(0).replace(",1842200,", ",18A2200,"),
                    lines.get(1).replace(",20260826", ",20260231"))) + "\r\n";
            Path tmp = data.resolve("TAX_139998_20261102.csv.tmp");
            Files.write(tmp, bad.getBytes(MS932));
            Files.move(tmp, data.resolve("inbox/tax/TAX_139998_20261102.csv"));
            await().atMost(Duration.ofSeconds(60)).until(() -> hub.logged("TAX_139998_20261102.csv rejected"));

            HttpClient http = HttpClient.newHttpClient();
            String login = "Basic " + Base64.getEncoder().encodeToString("op:op-pw".getBytes());
            HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/jobs/monthly-report?month=2026-10")).header("Authorization", login)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(started.body());
            assertThat(id.find()).isTrue();
            await().atMost(Duration.ofSeconds(120)).until(() -> hub.logged("job monthly-report (2026-10) id "
                    + id.group(1) + " succeeded"));

            hub.terminate(Duration.ofSeconds(90));
            assertThat(probes.answered("readiness", 503)).as("readiness probed while not ready").isTrue();
            assertThat(probes.answered("liveness", 200) && probes.answered("", 200)).as("live and healthy probed").isTrue();
            // at least three rounds of the three probes (a count that does not depend on how fast the hub starts:
            // a start with the class-data archive of HubStartArchive takes half as long)
            assertThat(probes.count()).as("probes sent").isGreaterThanOrEqualTo(9);

            List<String> output = List.copyOf(hub.output);
            List<JsonNode> events = new ArrayList<>();
            for (String line : output) {
                if (line.startsWith("{")) {
                    events.add(JSON.readTree(line));
                } else {
                    // the banner and the JVM's own notices come before logging starts
                    assertThat(line).as("a line that is not JSON").doesNotContain("WARN", "ERROR");
                }
            }
            assertThat(events).as("JSON log events").hasSizeGreaterThan(20);
            List<JsonNode> warnings = events.stream().filter(e -> Set.of("WARN", "ERROR").contains(level(e))).toList();
            assertThat(warnings).as("WARN/ERROR events").hasSize(1);
            assertThat(logger(warnings.get(0))).endsWith("IntakeSteps");
            assertThat(warnings.get(0).path("message").asText()).contains("TAX_139998_20261102.csv rejected");
            assertThat(events).as("embedded PostgreSQL's own output").noneMatch(e -> logger(e).startsWith("io.zonky"));
            assertThat(output).as("third-party noise").noneMatch(l -> l.contains("Rollback file strategy")
                    || l.contains("No EntityManagerFactory")
                    || l.contains("duplicate key") || l.contains("commons-logging")
                    || l.contains("a key that must be unique was found twice")
                    || l.contains("Consumer has not yet polled") || l.contains("is shutting down. Status")
                    || l.contains("Probe in group"));
            assertThat(output).as("one line per file: received").filteredOn(l -> l.contains("QUA_139998_20261031.dat"))
                    .isNotEmpty();

            Set<String> personal = new LinkedHashSet<>();
            byte[] qua = Files.readAllBytes(Path.of("samples/qualification/QUA_139998_20261031.dat"));
            PersonalDataLogIT.decodeData(qua).forEach(d -> PersonalDataLogIT.addPersonal(personal, d));
            assertThat(personal).hasSizeGreaterThan(20);
            String all = String.join("\n", output);
            for (String value : personal) {
                assertThat(all).as("log must not contain personal data (value withheld)").doesNotContain(value);
            }
        }
    }

    /**
     * Liveness, readiness and the health details (as the operator) asked every 100 ms on a thread of its own until
     * closed; remembers which status codes each answered.
     */
    static final class HealthProbes implements AutoCloseable {
        private final int port;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        private final Set<String> answers = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private final java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
        private volatile boolean running = true;
        private Thread thread;

        HealthProbes(int port) {
            this.port = port;
        }

        void start() {
            String login = "Basic " + Base64.getEncoder().encodeToString("op:op-pw".getBytes());
            thread = new Thread(() -> {
                while (running) {
                    for (String probe : List.of("liveness", "readiness", "")) {
                        try {
                            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                            + "/actuator/health" + (probe.isEmpty() ? "" : "/" + probe)))
                                    .header("Authorization", login).timeout(Duration.ofSeconds(5)).build(),
                                    HttpResponse.BodyHandlers.discarding());
                            answers.add(probe + " " + r.statusCode());
                            sent.incrementAndGet();
                        } catch (Exception e) {
                            // not listening yet, or stopped: ask again
                        }
                    }
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "health-probes");
            thread.setDaemon(true);
            thread.start();
        }

        boolean answered(String probe, int status) {
            return answers.contains(probe + " " + status);
        }

        int count() {
            return sent.get();
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join(10_000);
        }
    }

    /** ECS: {"log": {"level": …}} (nested) or {"log.level": …} (flat), whichever Spring Boot writes */
    private static String level(JsonNode event) {
        return event.has("log.level") ? event.get("log.level").asText() : event.at("/log/level").asText();
    }

    private static String logger(JsonNode event) {
        return event.has("log.logger") ? event.get("log.logger").asText() : event.at("/log/logger").asText();
    }

    private static boolean archived(Path data, String feed) throws Exception {
        Path inbox = data.resolve("inbox").resolve(feed);
        Path archive = data.resolve("archive").resolve(feed);
        if (!Files.isDirectory(archive)) {
            return false;
        }
        try (Stream<Path> waiting = Files.list(inbox); Stream<Path> done = Files.walk(archive)) {
            return waiting.noneMatch(Files::isRegularFile) && done.anyMatch(Files::isRegularFile);
        }
    }
}
