package jp.kokuho.hub.security;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import jp.kokuho.hub.audit.AuditAction;
import jp.kokuho.hub.audit.AuditLog;

/**
 * Lockout after repeated failed logins ({@code hub.security.lockout.*}): {@code maxFailures} failures of one user
 * within {@code window} refuse that user for {@code duration}, whatever the password, on every way in (form login,
 * HTTP Basic, Hawtio: they all authenticate through Spring Security, whose events this listens to). Other users are
 * not affected. The lock is logged once at WARN (user and address, never a password) and audited, and so is the
 * first refused attempt from each address while it lasts. Only configured users are counted: names that do not
 * exist cannot fill the memory.
 */
@Component
public class LoginLockout {

    private static final Logger log = LoggerFactory.getLogger(LoginLockout.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssXXX")
            .withZone(ZoneId.of("Asia/Tokyo"));

    private final SecurityProperties.Lockout settings;
    private final AuditLog audit;
    private final Clock clock;
    private final Set<String> users = ConcurrentHashMap.newKeySet();
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Lock> locks = new ConcurrentHashMap<>();

    private record Lock(Instant until, Set<String> refusedAddresses) {
    }

    public LoginLockout(SecurityProperties properties, AuditLog audit, Clock clock) {
        this.settings = properties.lockout();
        this.audit = audit;
        this.clock = clock;
    }

    /** The users whose failures count (the configured ones). */
    void watch(Set<String> usernames) {
        users.addAll(usernames);
    }

    /** Whether the user is refused now. */
    public boolean isLocked(String username) {
        Lock lock = locks.get(username);
        if (lock == null) {
            return false;
        }
        if (clock.instant().isBefore(lock.until())) {
            return true;
        }
        locks.remove(username, lock);
        return false;
    }

    /** Lifts a lock and forgets the failures (an admin's decision; tests). */
    public void unlock(String username) {
        locks.remove(username);
        failures.remove(username);
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        if (settings.maxFailures() <= 0 || !users.contains(username)) {
            return;
        }
        Instant now = clock.instant();
        int count;
        Deque<Instant> recent = failures.computeIfAbsent(username, u -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(now);
            while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(settings.window()))) {
                recent.removeFirst();
            }
            count = recent.size();
            if (count >= settings.maxFailures()) {
                recent.clear();
            }
        }
        if (count >= settings.maxFailures()) {
            Instant until = now.plus(settings.duration());
            String address = address(event.getAuthentication());
            locks.put(username, new Lock(until, new HashSet<>()));
            log.warn("login locked: user '{}' from {} after {} failed logins within {} min; refused until {}", username,
                    address, count, settings.window().toMinutes(), TIME.format(until));
            audit.record(username, AuditAction.LOGIN_LOCKED, "user " + username,
                    count + " failed logins, last from " + address + "; until " + TIME.format(until));
        }
    }

    @EventListener
    void onLockedRefusal(AuthenticationFailureLockedEvent event) {
        String username = event.getAuthentication().getName();
        Lock lock = locks.get(username);
        String address = address(event.getAuthentication());
        boolean first;
        if (lock == null) {
            first = true;
        } else {
            synchronized (lock) {
                first = lock.refusedAddresses().add(address);
            }
        }
        log.debug("login refused (locked): user '{}' from {}", username, address);
        if (first) {
            audit.record(username, AuditAction.LOGIN_REFUSED_LOCKED, "user " + username, "from " + address);
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        failures.remove(event.getAuthentication().getName());
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "-";
    }
}
