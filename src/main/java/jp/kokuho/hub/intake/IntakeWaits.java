package jp.kokuho.hub.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import jp.kokuho.hub.config.HubProperties;

/**
 * Files that wait on an infrastructure fault, by feed and name, in this process: the cause (to log a wait once per
 * change, not per attempt), since when, and when the next attempt is due. Camel's redelivery retries a waiting file
 * within its exchange; when that exchange ends anyway (the hub stops, or Camel refuses redelivery on a route an
 * operator suspended and resumed), the file stays in its in-progress folder and {@link IntakeFilter} takes it again
 * only once this backoff is due — so the backoff and the one log line hold in both cases.
 */
@Component
public class IntakeWaits {

    /** @param changed the cause differs from the one before (or there was none): worth one log line */
    public record Wait(String cause, Instant since, int attempts, Instant nextAttempt, boolean changed) {
    }

    private final Map<String, Wait> waits = new ConcurrentHashMap<>();
    private final HubProperties hub;
    private final Clock clock;

    public IntakeWaits(HubProperties hub, Clock clock) {
        this.hub = hub;
        this.clock = clock;
    }

    /** An attempt of the file failed on this cause. */
    public Wait fault(String feed, String name, String cause) {
        Instant now = clock.instant();
        return waits.compute(feed + "/" + name, (k, before) -> {
            int attempts = before == null ? 1 : before.attempts() + 1;
            long delay = hub.intake().retryDelayMs() << Math.min(20, attempts - 1);
            Instant next = now.plusMillis(Math.min(hub.intake().retryMaxDelayMs(), Math.max(0, delay)));
            return new Wait(cause, before == null ? now : before.since(), attempts, next,
                    before == null || !before.cause().equals(cause));
        });
    }

    /** The file went through (or was rejected): its wait ends; the wait it had, if any. */
    public Wait ended(String feed, String name) {
        return waits.remove(feed + "/" + name);
    }

    /** whether the file may be tried now (it does not wait, or its next attempt is due) */
    public boolean due(String feed, String name) {
        Wait w = waits.get(feed + "/" + name);
        return w == null || !clock.instant().isBefore(w.nextAttempt());
    }

    /** how long the file has waited */
    public static long seconds(Wait w, Clock clock) {
        return Duration.between(w.since(), clock.instant()).toSeconds();
    }
}
