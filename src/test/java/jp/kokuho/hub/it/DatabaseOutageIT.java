package jp.kokuho.hub.it;

import static jp.kokuho.hub.it.HubProcess.connect;
import static jp.kokuho.hub.it.HubProcess.count;
import static jp.kokuho.hub.it.HubProcess.freePort;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The database goes away — before a file is picked up, and in the middle of an import — and comes back: a real
 * PostgreSQL behind a TCP relay that the test cuts, and the hub as its own process talking to it through the relay.
 * The files wait (never error/), the log says so once, and they go through by themselves when the database is back:
 * each imported exactly once.
 */
@OwnHubProcess
class DatabaseOutageIT {

    private static final int LARGE = 200_000;

    @TempDir
    Path work;

    @Test
    void filesWaitWhileTheDatabaseIsAwayAndGoThroughOnceItIsBack() throws Exception {
        Path data = work.resolve("data");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg"))
                .setCleanDataDirectory(true).start();
             TcpRelay relay = new TcpRelay(freePort(), pg.getPort());
             HubProcess hub = HubProcess.start(HubProcess.Work.LARGE_FILES, data, freePort(), List.of(
                     "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + relay.port() + "/postgres",
                     "--spring.datasource.username=postgres", "--spring.datasource.password=",
                     "--spring.datasource.hikari.connection-timeout=2000")).awaitHealthy()) {

            // 1. away before the file is picked up
            relay.down();
            String before = "TAX_139998_20290101.csv";
            drop(data, before, "000000000000501,2028,1,1,3000000,2000000,4000000,2800000,0,0,0,20290101\r\n");
            await().atMost(Duration.ofSeconds(60)).until(() -> hub.logged(before + " waits (database"));
            Thread.sleep(4_000); // several attempts meanwhile
            assertThat(inProgress(data)).containsExactly(before);
            assertThat(list(data.resolve("error/tax"))).isEmpty();
            assertThat(hub.count(before + " waits (")).as("logged once, not per attempt").isEqualTo(1);
            relay.up();
            await().atMost(Duration.ofSeconds(90)).until(() -> archived(data, before));
            await().atMost(Duration.ofSeconds(30)).until(() -> hub.logged(before + " (受付番号 1) went through after waiting"));

            // 2. cut in the middle of an import
            String during = "TAX_139998_20290102.csv";
            StringBuilder large = new StringBuilder();
            for (int i = 1; i <= LARGE; i++) {
                large.append(String.format("%015d,2028,1,1,3000000,2000000,4000000,2800000,0,0,0,20290102\r\n", 600_000_000L + i));
            }
            // the cut comes from the relay itself once 2 MB of the import's ~20 MB COPY have gone towards the
            // database: inside the import on any machine (cutting when the log said "received" raced the import's
            // commit on a loaded CI machine)
            relay.downAfterForwarding(2_000_000);
            drop(data, during, large.toString());
            await().atMost(Duration.ofSeconds(120)).until(relay::cutDone);
            assertThat(hub.logged("received " + during)).as("the cut fell inside the import").isTrue();
            assertThat(hub.logged(during + " imported")).as("cut before the commit").isFalse();
            await().atMost(Duration.ofSeconds(60)).until(() -> hub.logged(during + " (受付番号 2) waits (database"));
            Thread.sleep(3_000);
            assertThat(list(data.resolve("error/tax"))).isEmpty();
            relay.up();
            await().atMost(Duration.ofSeconds(120)).until(() -> archived(data, during));

            try (Connection c = connect(pg.getPort())) {
                await().atMost(Duration.ofSeconds(30)).until(() ->
                        count(c, "select count(*) from file_receipt where filed_at is not null") == 2);
                assertThat(count(c, "select count(*) from file_receipt")).isEqualTo(2);
                assertThat(count(c, "select count(*) from file_receipt where status = 'IMPORTED'"
                        + " and wait_cause like 'database%' and retries >= 1 and waiting_since is null")).isEqualTo(2);
                assertThat(count(c, "select count(*) from tax_income")).isEqualTo(1 + LARGE);
                assertThat(count(c, "select count(distinct person_no) from tax_income")).isEqualTo(1 + LARGE);
            }
            assertThat(list(data.resolve("error/tax"))).isEmpty();
            assertThat(list(data.resolve("outbox/import-results"))).hasSize(2);
            assertThat(inProgress(data)).isEmpty();
        }
    }

    private static void drop(Path data, String name, String content) throws Exception {
        Path part = data.resolve("inbox/tax/" + name + ".part");
        Files.writeString(part, content, StandardCharsets.US_ASCII);
        Files.move(part, data.resolve("inbox/tax/" + name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean archived(Path data, String name) throws Exception {
        try (Stream<Path> files = Files.walk(data.resolve("archive/tax"))) {
            return files.anyMatch(p -> p.getFileName().toString().equals(name));
        }
    }

    static List<String> inProgress(Path data) throws Exception {
        Path folders = data.resolve("inbox/tax/.inprogress");
        if (!Files.isDirectory(folders)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folders)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
        }
    }

    static List<String> list(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).toList();
        }
    }
}
