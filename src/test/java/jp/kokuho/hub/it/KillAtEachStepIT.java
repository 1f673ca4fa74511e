package jp.kokuho.hub.it;

import static jp.kokuho.hub.it.HubProcess.connect;
import static jp.kokuho.hub.it.HubProcess.count;
import static jp.kokuho.hub.it.HubProcess.freePort;
import static jp.kokuho.hub.it.HubProcess.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kokuho.hub.intake.IntakeCheckpoints;

/**
 * kill -9 at each boundary of the receipt's state machine. The hub runs as its own process; a test-only setting
 * ({@code hub.test.halt-at=<step>:<file>}) halts it at once at a named step of one file's way. The next start
 * (halting at the next step, for the next file) must finish the earlier file from its receipt's state. At the end
 * every file ended exactly once: one receipt, its rows once, one result list, the file once in archive/ or error/,
 * nothing left in an in-progress folder.
 */
@OwnHubProcess
class KillAtEachStepIT {

    /** a valid IF-TAX file is halted at each of these */
    private static final List<String> VALID_STEPS = List.of(IntakeCheckpoints.PICKED_UP, IntakeCheckpoints.RECEIVED,
            IntakeCheckpoints.IMPORTED, IntakeCheckpoints.LISTED, IntakeCheckpoints.DESTINED, IntakeCheckpoints.MOVED);
    /** an invalid IF-COL file at each of these */
    private static final List<String> REJECTED_STEPS = List.of(IntakeCheckpoints.REJECTED, IntakeCheckpoints.LISTED,
            IntakeCheckpoints.MOVED);

    @TempDir
    Path work;

    @Test
    void aKillAtAnyStepEndsInExactlyOneOutcomePerFile() throws Exception {
        Path data = work.resolve("data");
        int pgPort = freePort();
        int httpPort = freePort();
        List<String> valid = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        List<String[]> plan = new ArrayList<>();
        for (int i = 0; i < VALID_STEPS.size(); i++) {
            String name = String.format("TAX_139998_202901%02d.csv", i + 1);
            valid.add(name);
            plan.add(new String[] {"tax", name, VALID_STEPS.get(i)});
        }
        for (int i = 0; i < REJECTED_STEPS.size(); i++) {
            String name = String.format("COL_139998_202902%02d.csv", i + 1);
            rejected.add(name);
            plan.add(new String[] {"collection", name, REJECTED_STEPS.get(i)});
        }

        for (String[] step : plan) {
            String feed = step[0];
            String name = step[1];
            try (HubProcess hub = HubProcess.start(HubProcess.Work.SMALL_FILES, data, httpPort, List.of(
                    "--hub.embedded-postgres.port=" + pgPort, "--hub.test.halt-at=" + step[2] + ":" + name))) {
                hub.awaitHealthy();
                drop(data, feed, name, content(feed, plan.indexOf(step)));
                int exit = hub.awaitExit(Duration.ofSeconds(120));
                assertThat(exit).as("halted at %s of %s", step[2], name).isEqualTo(137);
                assertThat(hub.logged("halting the process here (" + name + ")")).isTrue();
            }
        }
        try (HubProcess hub = HubProcess.start(HubProcess.Work.SMALL_FILES, data, httpPort,
                List.of("--hub.embedded-postgres.port=" + pgPort))) {
            hub.awaitHealthy();
            try (Connection c = connect(pgPort)) {
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(300)).until(() ->
                        count(c, "select count(*) from file_receipt where filed_at is not null") == plan.size());
                assertThat(count(c, "select count(*) from file_receipt")).isEqualTo(plan.size());
                assertThat(strings(c, "select file_name from file_receipt where status = 'IMPORTED' order by file_name"))
                        .containsExactlyElementsOf(valid);
                assertThat(strings(c, "select file_name from file_receipt where status = 'REJECTED' order by file_name"))
                        .containsExactlyElementsOf(rejected);
                assertThat(count(c, "select count(*) from tax_income")).isEqualTo(valid.size());
                assertThat(count(c, "select count(distinct person_no) from tax_income")).isEqualTo(valid.size());
                assertThat(count(c, "select count(*) from file_error")).isEqualTo(rejected.size());
            }
            for (String name : valid) {
                assertThat(findAll(data.resolve("archive/tax"), name)).as(name).hasSize(1);
            }
            assertThat(DatabaseOutageIT.list(data.resolve("error/tax"))).isEmpty();
            List<String> errors = DatabaseOutageIT.list(data.resolve("error/collection"));
            for (String name : rejected) {
                assertThat(errors).contains(name, name + ".reason.txt");
            }
            assertThat(errors).hasSize(2 * rejected.size());
            assertThat(DatabaseOutageIT.list(data.resolve("outbox/import-results"))).hasSize(plan.size());
            try (Stream<Path> left = Files.walk(data.resolve("inbox"))) {
                assertThat(left.filter(Files::isRegularFile).toList()).as("nothing left in an inbox").isEmpty();
            }
        }
    }

    private static String content(String feed, int i) {
        return feed.equals("tax")
                ? String.format("%015d,2028,1,1,3000000,2000000,4000000,2800000,0,0,0,20290101\r\n", 700_000_000L + i)
                : String.format("%010d,2028,13,20280430,10000,0,,0\r\n", 7000 + i);
    }

    private static void drop(Path data, String feed, String name, String content) throws Exception {
        Path part = data.resolve("inbox/" + feed + "/" + name + ".part");
        Files.writeString(part, content, StandardCharsets.US_ASCII);
        Files.move(part, data.resolve("inbox/" + feed + "/" + name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<Path> findAll(Path dir, String name) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().equals(name)).toList();
        }
    }
}
