package jp.kokuho.hub.console;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpSession;

/**
 * A staff member's last visit, for "new in the outbox since your last visit": read once per login session (so the
 * list stays the same while they work), and the new visit recorded at the same moment.
 */
@Component
public class ConsoleVisits {

    private static final String SESSION_KEY = ConsoleVisits.class.getName() + ".previous";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ConsoleVisits(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** the visit before this session's (the start of today for a first visit) */
    public Instant previous(String user, HttpSession session) {
        Instant known = session == null ? null : (Instant) session.getAttribute(SESSION_KEY);
        if (known != null) {
            return known;
        }
        Instant previous = jdbc.query("select visited_at from console_visit where username = ?",
                rs -> rs.next() ? rs.getTimestamp(1).toInstant() : null, user);
        if (previous == null) {
            previous = java.time.LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
        }
        jdbc.update("insert into console_visit (username, visited_at) values (?, ?) on conflict (username)"
                + " do update set visited_at = excluded.visited_at", user, Timestamp.from(clock.instant()));
        if (session != null) {
            session.setAttribute(SESSION_KEY, previous);
        }
        return previous;
    }
}
