package jp.kokuho.hub.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail: who did what to which thing, and when ({@code audit_log}). Call {@link #record} right where the
 * action happens; inside a transaction the row commits or rolls back with the action itself.
 * <p>
 * The target names the thing by its id (job name and parameter, receipt id and file name, override id, route id,
 * user name). Never pass personal data (氏名, 個人番号, addresses): the trail is read by admins and kept long.
 */
@Service
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    /** the user recorded for actions the hub takes by itself (schedules) */
    public static final String SYSTEM = "system";
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an action of the logged-in user (or {@value #SYSTEM} when nobody is logged in on this thread). */
    public void record(AuditAction action, String target) {
        record(currentUser(), action, target, null);
    }

    /** Records an action of the named user, with an optional short detail (no personal data). */
    public void record(String username, AuditAction action, String target, String detail) {
        String address = currentAddress();
        jdbc.update("insert into audit_log (occurred_at, username, action, target, detail, remote_addr)"
                        + " values (?, ?, ?, ?, ?, ?)",
                Timestamp.from(clock.instant()), cut(username, 100), action.name(), cut(target, 300), cut(detail, 500),
                cut(address, 64));
        log.debug("audit: {} {} {}", username, action, target);
    }

    /** Newest first; {@code username} and {@code action} filter when given. */
    public List<AuditEntry> recent(String username, AuditAction action, int limit) {
        StringBuilder sql = new StringBuilder("select id, occurred_at, username, action, target, detail, remote_addr"
                + " from audit_log where true");
        List<Object> args = new ArrayList<>();
        if (username != null && !username.isBlank()) {
            sql.append(" and username = ?");
            args.add(username);
        }
        if (action != null) {
            sql.append(" and action = ?");
            args.add(action.name());
        }
        sql.append(" order by id desc limit ?");
        args.add(limit);
        return jdbc.query(sql.toString(), (rs, n) -> new AuditEntry(rs.getLong("id"),
                OffsetDateTime.ofInstant(rs.getTimestamp("occurred_at").toInstant(), JAPAN), rs.getString("username"),
                rs.getString("action"), rs.getString("target"), rs.getString("detail"), rs.getString("remote_addr")),
                args.toArray());
    }

    /** The logged-in user of this thread, or {@value #SYSTEM}. */
    public static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        return auth.getName();
    }

    private static String currentAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            return servlet.getRequest().getRemoteAddr();
        }
        return null;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
