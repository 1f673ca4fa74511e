package jp.kokuho.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Health that tells the truth quickly, caused for real: the hub runs as its own process against a PostgreSQL and an
 * Artemis broker that this test starts and stops. The hub waits at start for a database that is not there yet;
 * {@code /actuator/health} answers within 2 s whatever is away; readiness goes DOWN within 5 s of the database or the
 * broker going away and UP when it is back; liveness stays UP (a restart would not bring the database back).
 */
@OwnHubProcess
class HealthIT {

    static final Duration ANSWER = Duration.ofSeconds(2);
    static final Duration NOTICED = Duration.ofSeconds(5);

    @TempDir
    Path work;
    HubProcess hub;
    EmbeddedPostgres pg;
    EmbeddedActiveMQ broker;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void stopAll() throws Exception {
        if (hub != null) {
            hub.terminate(Duration.ofSeconds(90));
        }
        if (broker != null) {
            broker.stop();
        }
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void readinessFollowsTheDatabaseAndTheBrokerWithinSecondsAndHealthAnswersAtOnce() throws Exception {
        int pgPort = HubProcess.freePort();
        int brokerPort = HubProcess.freePort();
        startBroker(brokerPort);

        // the database is not there yet when the hub starts: it waits, then starts once the database answers
        hub = HubProcess.start(HubProcess.Work.SMALL_FILES, work.resolve("data"), HubProcess.freePort(), List.of(
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres",
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--spring.artemis.mode=native", "--spring.artemis.broker-url=tcp://127.0.0.1:" + brokerPort,
                "--spring.artemis.embedded.enabled=false"));
        await().atMost(Duration.ofSeconds(240)).until(() -> hub.logged("does not answer yet"));
        startDatabase(pgPort);
        hub.awaitHealthy();
        await().atMost(Duration.ofSeconds(60)).until(() -> status("/actuator/health/readiness") == 200);

        // the database goes away, and comes back
        pg.close();
        pg = null;
        assertNoticedQuickly();
        startDatabase(pgPort);
        await().atMost(Duration.ofSeconds(30)).until(() -> status("/actuator/health/readiness") == 200);
        await().atMost(Duration.ofSeconds(30)).until(() -> status("/actuator/health") == 200);

        // the broker goes away, and comes back
        broker.stop();
        broker = null;
        assertNoticedQuickly();
        startBroker(brokerPort);
        await().atMost(Duration.ofSeconds(30)).until(() -> status("/actuator/health/readiness") == 200);
        await().atMost(Duration.ofSeconds(30)).until(() -> status("/actuator/health") == 200);
        assertThat(hub.count("does not answer (")).as("one line per change of state").isEqualTo(2);
    }

    /** readiness DOWN within 5 s, every answer of the health endpoint within 2 s, liveness UP meanwhile */
    private void assertNoticedQuickly() throws Exception {
        long away = System.nanoTime();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                status("/actuator/health/readiness") == 503);
        Duration noticed = Duration.ofNanos(System.nanoTime() - away);
        assertThat(noticed).as("readiness DOWN after %s", noticed).isLessThanOrEqualTo(NOTICED);
        assertThat(status("/actuator/health")).isEqualTo(503);
        assertThat(status("/actuator/health/liveness")).isEqualTo(200);
    }

    /** the HTTP status; fails if the answer took longer than 2 s */
    private int status(String path) throws Exception {
        long asked = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hub.httpPort + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        Duration took = Duration.ofNanos(System.nanoTime() - asked);
        assertThat(took).as("%s answered after %s", path, took).isLessThanOrEqualTo(ANSWER);
        return r.statusCode();
    }

    private void startDatabase(int port) throws Exception {
        pg = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg")).setCleanDataDirectory(false)
                .setPort(port).start();
    }

    private void startBroker(int port) throws Exception {
        broker = new EmbeddedActiveMQ().setConfiguration(new ConfigurationImpl()
                .setPersistenceEnabled(false).setSecurityEnabled(false)
                .addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + port));
        broker.start();
    }
}
