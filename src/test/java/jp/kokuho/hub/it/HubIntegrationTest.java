package jp.kokuho.hub.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.kokuho.hub.config.DataDirectories;

/**
 * Base of the integration tests: the real hub (embedded PostgreSQL — or the server named by
 * {@code spring.datasource.url} — embedded Artemis, the YAML routes) in one Spring context that every test class
 * shares. Tests drop files into the inbox exactly as an operator would and look at error/, archive/, the outbox
 * and the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// metrics exported as in production (/actuator/prometheus): Spring Boot's tests switch exporters off otherwise
@AutoConfigureObservability(tracing = false)
@TestPropertySource(locations = "classpath:hub-test.properties")
@Import(HubIntegrationTest.CleanDatabase.class)
public abstract class HubIntegrationTest {

    protected static final Charset MS932 = Charset.forName("windows-31j");
    protected static final String INSURER = "139998";
    private static final Path DATA_DIR = createDataDir();
    /** the test users of hub-test.properties */
    protected static final String OPERATOR_USER = "test-operator";
    protected static final String OPERATOR_PASSWORD = "test-operator-pw";
    protected static final String ADMIN_USER = "test-admin";
    protected static final String ADMIN_PASSWORD = "test-admin-pw";

    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected DataDirectories dirs;
    @Autowired
    private TestRestTemplate rest;

    /** HTTP as an operator (read, start jobs). Use this, not a TestRestTemplate of your own: login comes with it. */
    protected TestRestTemplate api() {
        return rest.withBasicAuth(OPERATOR_USER, OPERATOR_PASSWORD);
    }

    /** HTTP without login (only /actuator/health answers). */
    protected TestRestTemplate anonymous() {
        return rest;
    }

    /** HTTP as an admin (overrides, route control). */
    protected TestRestTemplate admin() {
        return rest.withBasicAuth(ADMIN_USER, ADMIN_PASSWORD);
    }

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("hub.data-dir", DATA_DIR::toString);
    }

    private static Path createDataDir() {
        try {
            Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(Path.of("target").toAbsolutePath(), "it-data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every run starts from an empty schema, also against a long-lived PostgreSQL server. */
    @TestConfiguration
    static class CleanDatabase {
        /** a job for the tests of the job framework (JobsIT) */
        @Bean
        ProbeJob probeJob() {
            return new ProbeJob();
        }

        /** the hub's clock: today unless a test moves it (TestClock.setToday) */
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }

        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return (Flyway flyway) -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }

    /** Writes the file beside the inbox and moves it in, as a complete file. */
    protected Path drop(String feed, String name, byte[] content) {
        try {
            Path tmp = dirs.root().resolve("tmp-" + name);
            Files.write(tmp, content);
            return Files.move(tmp, dirs.inbox(feed).resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until the file dropped last under this name has been rejected and filed in error/, and returns its reason
     * file. error/ never overwrites: a name rejected before (by this or an earlier test) is kept, and the new one gets
     * {@code <name>_<受付番号>}; the receipt names which.
     */
    protected Path awaitError(String feed, String name) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> !Files.exists(dirs.inbox(feed).resolve(name)) && !inProgress(feed, name)
                        && jdbc.queryForObject("select count(*) from (select filed_at, location from file_receipt where"
                        + " feed = ? and file_name = ? order by id desc limit 1) r where r.filed_at is not null"
                        + " and r.location like 'error/%'", Integer.class, feed, name) == 1);
        return dirs.root().resolve(jdbc.queryForObject("select reason_file from file_receipt where feed = ? and file_name = ?"
                + " order by id desc limit 1", String.class, feed, name));
    }

    /** whether a file of this name is in one of the feed's in-progress folders (taken, not yet filed) */
    protected boolean inProgress(String feed, String name) {
        Path folders = dirs.inbox(feed).resolve(".inprogress");
        if (!Files.isDirectory(folders)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(folders)) {
            return files.anyMatch(p -> p.getFileName().toString().equals(name));
        } catch (IOException | UncheckedIOException e) {
            return true; // changing under us: look again
        }
    }

    /**
     * Waits until the file dropped last under this name has been imported and moved to archive/, and returns where it
     * is (its receipt names it: a name archived before the same day gets {@code <name>_<受付番号>}).
     */
    protected Path awaitArchived(String feed, String name) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> !Files.exists(dirs.inbox(feed).resolve(name)) && !inProgress(feed, name)
                        && jdbc.queryForObject("select count(*) from (select filed_at, location from file_receipt where"
                        + " feed = ? and file_name = ? order by id desc limit 1) r where r.filed_at is not null"
                        + " and r.location like 'archive/%'", Integer.class, feed, name) == 1);
        return dirs.root().resolve(jdbc.queryForObject("select location from file_receipt where feed = ? and file_name = ?"
                + " order by id desc limit 1", String.class, feed, name));
    }

    protected static Path findUnder(Path dir, String name) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** The 取込結果リスト of a file (the newest), decoded from MS932, one string per line. */
    protected List<String> importResult(String feed, String name) {
        Path box = dirs.outbox("import-results");
        await().atMost(Duration.ofSeconds(30)).until(() -> newestResult(box, feed, name) != null);
        try {
            return List.of(new String(Files.readAllBytes(newestResult(box, feed, name)), MS932).split("\r\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path newestResult(Path box, String feed, String name) throws IOException {
        try (Stream<Path> files = Files.list(box)) {
            return files.filter(p -> p.getFileName().toString().startsWith("取込結果_" + feed + "_")
                            && p.getFileName().toString().endsWith("_" + name + ".csv"))
                    .max((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).orElse(null);
        }
    }

    protected String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a test class from an empty hub: no history, no registered data. A file of the test before may still be
     * on its way (its lists written, the test's assertions done, its receipt not yet filed): emptying the history
     * under it would pull its receipt away mid-step, so this waits until every receipt is filed or waiting first.
     */
    protected void resetHub() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.queryForObject(
                "select count(*) from file_receipt where filed_at is null and waiting_since is null"
                + " and status <> 'INTERRUPTED'", Integer.class) == 0);
        // The re-judgement that follows the last import may still be reading these tables: PostgreSQL then breaks
        // the deadlock by aborting one side. When that is the truncate, it is simply tried again once the hub's
        // transaction has gone through.
        for (int attempt = 1; ; attempt++) {
            try {
                jdbc.execute("truncate file_error, feed_snapshot, qualification, tax_income, collection,"
                        + " registration_outcome, aggregation_move, aggregation_75, arrears_run, arrears_result,"
                        + " income_class_result, income_class_month, income_class_audit, income_class_override,"
                        + " income_class_change, income_class_rejudge, income_class_household_digest,"
                        + " income_class_household_digest_change, disease_subject,"
                        + " file_receipt cascade");
                return;
            } catch (PessimisticLockingFailureException e) {
                if (attempt == 5) {
                    throw e;
                }
                sleepQuietly(Duration.ofMillis(200L * attempt));
            }
        }
    }

    private static void sleepQuietly(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A digest of everything registered: equal before and after a rejected file means nothing was stored. */
    protected String registeredState() {
        return jdbc.queryForObject("select md5(coalesce((select string_agg(q::text, '|' order by person_no) from qualification q), '')"
                + " || coalesce((select string_agg(t::text, '|' order by person_no, tax_year, source) from tax_income t), '')"
                + " || coalesce((select string_agg(c::text, '|' order by household_no, fiscal_year, installment) from collection c), '')"
                + " || coalesce((select string_agg(s::text, '|' order by feed) from feed_snapshot s), '')"
                + " || coalesce((select string_agg(m::text, '|' order by link_no) from aggregation_move m), '')"
                + " || coalesce((select string_agg(a::text, '|' order by link_no) from aggregation_75 a), '')"
                + " || coalesce((select string_agg(o::text, '|' order by receipt_id, record_no) from registration_outcome o), '')"
                + " || coalesce((select string_agg(d::text, '|' order by contact_no) from disease_subject d), ''))",
                String.class);
    }
}
