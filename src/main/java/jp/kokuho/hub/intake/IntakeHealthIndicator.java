package jp.kokuho.hub.intake;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code intake}: files queued in the inboxes, being processed, waiting on an
 * infrastructure fault, and the age of the oldest ({@link IntakeBacklog}). A backlog is information, not a fault of
 * the hub: the status stays UP (the database and broker have indicators of their own).
 */
@Component("intakeHealthIndicator")
public class IntakeHealthIndicator implements HealthIndicator {

    private final IntakeBacklog backlog;

    public IntakeHealthIndicator(IntakeBacklog backlog) {
        this.backlog = backlog;
    }

    @Override
    public Health health() {
        IntakeBacklog.Backlog b = backlog.current();
        Health.Builder health = Health.up()
                .withDetail("queued", b.queued())
                .withDetail("inProgress", b.inProgress())
                .withDetail("waiting", b.waiting())
                .withDetail("oldestAgeSeconds", b.oldestAge().toSeconds());
        if (b.oldestWaitCause() != null) {
            health.withDetail("waitCause", b.oldestWaitCause());
        }
        if (!b.databaseAnswered()) {
            health.withDetail("waitingUnknown", "the database did not answer");
        }
        Map<String, Object> feeds = new LinkedHashMap<>();
        for (IntakeBacklog.FeedBacklog f : b.feeds()) {
            if (f.queued() + f.inProgress() + f.waiting() > 0) {
                feeds.put(f.feed(), Map.of("queued", f.queued(), "inProgress", f.inProgress(), "waiting", f.waiting()));
            }
        }
        return health.withDetail("feeds", feeds).build();
    }
}
