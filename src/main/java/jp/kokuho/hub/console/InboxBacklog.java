package jp.kokuho.hub.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import jp.kokuho.hub.intake.IntakeBacklog;

/**
 * Files not yet taken in, per feed, for ホーム: how many (in the inbox, or taken and still being processed or waiting
 * on a fault) and the age of the oldest. The counting is the intake's own ({@link IntakeBacklog}, the one definition
 * of the backlog that the health indicator and the metrics read too).
 */
@Component
public class InboxBacklog {

    /** @param retrying files waiting on an infrastructure fault (database, broker, folder): retried by the hub */
    public record Waiting(String feed, String feedLabel, int files, int retrying, String oldestAge) {
    }

    private final IntakeBacklog backlog;
    private final Clock clock;

    public InboxBacklog(IntakeBacklog backlog, Clock clock) {
        this.backlog = backlog;
        this.clock = clock;
    }

    public List<Waiting> waiting() {
        Map<String, IntakeBacklog.FeedBacklog> feeds = new HashMap<>();
        for (IntakeBacklog.FeedBacklog f : backlog.current().feeds()) {
            feeds.put(f.feed(), f);
        }
        List<Waiting> out = new ArrayList<>();
        Instant now = clock.instant();
        for (String feed : ConsoleLabels.FEEDS.keySet()) {
            IntakeBacklog.FeedBacklog f = feeds.get(feed);
            int count = f == null ? 0 : f.queued() + f.inProgress();
            Instant oldest = f == null ? null : f.oldestSince();
            out.add(new Waiting(feed, ConsoleLabels.feed(feed), count, f == null ? 0 : f.waiting(),
                    oldest == null ? "" : age(Duration.between(oldest, now))));
        }
        return out;
    }

    /** 3 分, 2 時間 5 分, 1 日 4 時間 */
    static String age(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 1) {
            return Math.max(0, d.toSeconds()) + " 秒";
        }
        if (minutes < 60) {
            return minutes + " 分";
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return hours + " 時間 " + (minutes % 60) + " 分";
        }
        return hours / 24 + " 日 " + hours % 24 + " 時間";
    }
}
