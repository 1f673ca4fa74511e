package jp.kokuho.hub.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import jp.kokuho.hub.config.DataDirectories;

/**
 * Files waiting in the inboxes (not yet taken in): per feed, how many and the age of the oldest. A name the
 * intake never takes ({@code .part}, {@code .tmp}, {@code .done}, dot-files) is not counted.
 */
@Component
public class InboxBacklog {

    public record Waiting(String feed, String feedLabel, int files, String oldestAge) {
    }

    private final DataDirectories dirs;
    private final Clock clock;

    public InboxBacklog(DataDirectories dirs, Clock clock) {
        this.dirs = dirs;
        this.clock = clock;
    }

    public List<Waiting> waiting() {
        List<Waiting> out = new ArrayList<>();
        Instant now = clock.instant();
        for (String feed : ConsoleLabels.FEEDS.keySet()) {
            int count = 0;
            Instant oldest = null;
            try (Stream<Path> files = Files.list(dirs.inbox(feed))) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    String n = p.getFileName().toString();
                    if (n.startsWith(".") || n.endsWith(".part") || n.endsWith(".tmp") || n.endsWith(".done")
                            || !Files.isRegularFile(p)) {
                        continue;
                    }
                    count++;
                    Instant t = Files.getLastModifiedTime(p).toInstant();
                    oldest = oldest == null || t.isBefore(oldest) ? t : oldest;
                }
            } catch (IOException e) {
                // a missing or unreadable inbox shows as empty; the intake's own health says why
            }
            out.add(new Waiting(feed, ConsoleLabels.feed(feed), count, oldest == null ? "" : age(Duration.between(oldest, now))));
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
