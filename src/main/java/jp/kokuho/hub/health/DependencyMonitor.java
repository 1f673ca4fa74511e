package jp.kokuho.hub.health;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.SmartLifecycle;

/**
 * A part the hub depends on (the database, the broker), checked in the background every
 * {@code hub.health.interval} on a thread of its own. {@link #health()} answers at once from the last check, so
 * {@code /actuator/health} never waits for a part that does not answer (Spring Boot's own indicators ask the
 * connection pool, which waits up to its 30 s timeout). A check still running after {@code hub.health.timeout}
 * counts as DOWN. The log says each change of state once (WARN when the part goes away, INFO when it is back).
 */
abstract class DependencyMonitor implements HealthIndicator, SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DependencyMonitor.class);

    private final String part;
    protected final HealthProperties settings;
    private ScheduledExecutorService checker;
    private volatile Health last = Health.unknown().withDetail("check", "not yet").build();
    private volatile Instant checkStarted;
    private volatile Instant downSince;
    private volatile boolean running;

    DependencyMonitor(String part, HealthProperties settings) {
        this.part = part;
        this.settings = settings;
    }

    /** One check: returns normally when the part answered, throws when it did not. Runs on the checker thread. */
    protected abstract void check() throws Exception;

    /** Drops whatever the checks keep open (after a failure, and at the end). */
    protected abstract void reset();

    @Override
    public Health health() {
        Instant started = checkStarted;
        if (started != null && Duration.between(started, Instant.now()).compareTo(settings.timeout()) > 0) {
            return Health.down().withDetail("error", "no answer within " + settings.timeout().toMillis() + " ms")
                    .withDetail("since", started.toString()).build();
        }
        return last;
    }

    private void checkOnce() {
        checkStarted = Instant.now();
        try {
            check();
            if (downSince != null) {
                log.info("{} answers again (away since {})", part, downSince);
                downSince = null;
            }
            last = Health.up().build();
        } catch (Exception e) {
            reset();
            String error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()));
            if (downSince == null) {
                downSince = Instant.now();
                log.warn("{} does not answer ({}); readiness is DOWN until it does", part, error);
            }
            last = Health.down().withDetail("error", error).withDetail("since", downSince.toString()).build();
        } finally {
            checkStarted = null;
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @Override
    public void start() {
        checker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "health-" + part);
            t.setDaemon(true);
            return t;
        });
        checker.scheduleWithFixedDelay(this::checkOnce, 0, settings.interval().toMillis(), TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (checker != null) {
            checker.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void destroy() {
        stop();
        reset();
    }
}
