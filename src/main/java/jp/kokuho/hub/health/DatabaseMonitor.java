package jp.kokuho.hub.health;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The database as {@code /actuator/health} shows it (component {@code db}, in the readiness group): one connection
 * of its own, outside the pool, {@code SELECT 1} each interval. Outside the pool so that a pool busy with imports
 * never makes the database look away, and a database away never makes the health endpoint wait for the pool.
 * Replaces Spring Boot's {@code db} indicator (same name).
 */
@Component("dbHealthIndicator")
public class DatabaseMonitor extends DependencyMonitor {

    private final HikariDataSource pool;
    private Connection connection;

    public DatabaseMonitor(DataSource dataSource, HealthProperties settings) throws SQLException {
        super("the database", settings);
        this.pool = dataSource.unwrap(HikariDataSource.class);
    }

    @Override
    protected void check() throws SQLException {
        if (connection == null) {
            connection = open(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword(), settings.timeout());
        }
        try (Statement st = connection.createStatement()) {
            st.setQueryTimeout((int) Math.max(1, settings.timeout().toSeconds()));
            st.execute("select 1");
        }
    }

    @Override
    protected void reset() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // it was broken already
            }
            connection = null;
        }
    }

    /** A connection of its own, every wait bounded: connecting, logging in and each read. */
    static Connection open(String url, String user, String password, java.time.Duration timeout) throws SQLException {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        String seconds = Long.toString(Math.max(1, timeout.toSeconds()));
        props.setProperty("connectTimeout", seconds);
        props.setProperty("loginTimeout", seconds);
        props.setProperty("socketTimeout", seconds);
        props.setProperty("ApplicationName", "kokuho-hub health");
        return DriverManager.getConnection(url, props);
    }
}
