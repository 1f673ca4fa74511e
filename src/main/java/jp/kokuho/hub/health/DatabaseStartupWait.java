package jp.kokuho.hub.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * A hub started while its (external) PostgreSQL is not there yet — both started by the same boot, the server
 * restarting — waits for it instead of failing at its first query (Flyway's migration): the connection pool is
 * handed on only once the database answers. The log says so once; after {@code hub.health.startup-wait} (5 min) the
 * start fails with the reason. The embedded PostgreSQL is started before its pool and needs no wait.
 */
@Component
public class DatabaseStartupWait implements BeanPostProcessor, EnvironmentAware {

    private static final Logger log = LoggerFactory.getLogger(DatabaseStartupWait.class);

    private HealthProperties settings;

    @Override
    public void setEnvironment(Environment environment) {
        // bound here, not injected: a BeanPostProcessor is created before configuration properties beans
        settings = Binder.get(environment).bind("hub.health", HealthProperties.class)
                .orElseGet(() -> new HealthProperties(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofMinutes(5)));
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
            awaitDatabase(pool);
        }
        return bean;
    }

    private void awaitDatabase(HikariDataSource pool) {
        long deadline = System.nanoTime() + settings.startupWait().toNanos();
        boolean said = false;
        while (true) {
            try (Connection c = DatabaseMonitor.open(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword(),
                    settings.timeout())) {
                if (said) {
                    log.info("the database answers; the hub starts");
                }
                return;
            } catch (SQLException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the database " + withoutSecrets(pool.getJdbcUrl())
                            + " did not answer within " + settings.startupWait().toSeconds() + " s (hub.health.startup-wait): "
                            + e.getMessage(), e);
                }
                if (!said) {
                    log.warn("the database {} does not answer yet ({}); the hub waits for it (at most {} s)",
                            withoutSecrets(pool.getJdbcUrl()), e.getMessage(), settings.startupWait().toSeconds());
                    said = true;
                }
            }
            try {
                Thread.sleep(Math.max(500, settings.interval().toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the database", e);
            }
        }
    }

    /** the URL without its parameters (a password may be among them) */
    private static String withoutSecrets(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }
}
