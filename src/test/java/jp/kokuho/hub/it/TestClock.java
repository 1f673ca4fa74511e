package jp.kokuho.hub.it;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The hub's {@code Clock} in the integration tests: Japan time, ticking, normally today; {@link #setToday} moves it
 * by whole days (a test of what the hub does on another day, e.g. 事業年報 確定 or 速報), {@link #reset} moves it back.
 */
public final class TestClock extends Clock {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private final Clock system = Clock.system(JAPAN);
    private volatile Clock current = system;

    /** from now on the hub's today is {@code day} (the time of day keeps running) */
    public void setToday(LocalDate day) {
        current = Clock.offset(system, Duration.ofDays(day.toEpochDay() - LocalDate.now(system).toEpochDay()));
    }

    public void reset() {
        current = system;
    }

    @Override
    public ZoneId getZone() {
        return JAPAN;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return current.withZone(zone);
    }

    @Override
    public Instant instant() {
        return current.instant();
    }
}
