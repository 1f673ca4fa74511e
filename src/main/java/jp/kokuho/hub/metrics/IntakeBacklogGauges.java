package jp.kokuho.hub.metrics;

import java.util.function.ToDoubleFunction;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import jp.kokuho.hub.config.DataDirectories;
import jp.kokuho.hub.intake.IntakeBacklog;

/**
 * The intake backlog as Prometheus reads it, from {@link IntakeBacklog} (the one definition the health indicator
 * and the console also read): {@code hub_intake_files{feed, state}} (queued in the inbox, in_progress, waiting on an
 * infrastructure fault) and {@code hub_intake_oldest_age_seconds}. One reading serves a whole scrape (kept 2 s).
 */
@Component
public class IntakeBacklogGauges implements MeterBinder {

    private static final long KEEP_NANOS = 2_000_000_000L;

    private final IntakeBacklog backlog;
    private volatile IntakeBacklog.Backlog last;
    private volatile long lastAt;

    public IntakeBacklogGauges(IntakeBacklog backlog) {
        this.backlog = backlog;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String feed : DataDirectories.FEEDS) {
            gauge(registry, feed, "queued", f -> f.queued());
            gauge(registry, feed, "in_progress", f -> f.inProgress());
            gauge(registry, feed, "waiting", f -> f.waiting());
        }
        Gauge.builder("hub.intake.oldest.age", this, g -> g.current().oldestAge().toMillis() / 1000.0)
                .description("age of the oldest file not yet taken in, or of the oldest wait").baseUnit("seconds")
                .register(registry);
    }

    private void gauge(MeterRegistry registry, String feed, String state, ToDoubleFunction<IntakeBacklog.FeedBacklog> value) {
        Gauge.builder("hub.intake.files", this, g -> g.current().feeds().stream().filter(f -> f.feed().equals(feed))
                        .mapToDouble(value).sum())
                .description("files of the intake by feed and state: queued, in_progress, waiting")
                .tag("feed", feed).tag("state", state).register(registry);
    }

    private IntakeBacklog.Backlog current() {
        long now = System.nanoTime();
        IntakeBacklog.Backlog b = last;
        if (b == null || now - lastAt > KEEP_NANOS) {
            b = backlog.current();
            last = b;
            lastAt = now;
        }
        return b;
    }
}
