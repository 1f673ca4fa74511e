package jp.kokuho.hub.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kokuho.hub.config.DataDirectories;

/**
 * The intake backlog, defined once (the health indicator, metrics and the console's ホーム read it here): per feed,
 * files in the inbox not yet taken ({@code queued}), files in an in-progress folder ({@code inProgress}), receipts
 * that wait on an infrastructure fault ({@code waiting}), and the oldest of them. The folders are read from disk
 * (true also while the database is away); the waits from {@code file_receipt} with a short query timeout. When the
 * database does not answer, {@code databaseAnswered} is false and the waits are unknown (0).
 */
@Component
public class IntakeBacklog {

    /**
     * @param oldestSince the oldest change time among the queued and in-progress files, or the oldest wait
     */
    public record FeedBacklog(String feed, int queued, int inProgress, int waiting, Instant oldestSince) {
    }

    /** @param oldestAge age of the oldest file or wait in any feed (zero when there is none) */
    public record Backlog(List<FeedBacklog> feeds, int queued, int inProgress, int waiting, Duration oldestAge,
                         Instant oldestSince, String oldestWaitCause, boolean databaseAnswered) {
    }

    private final DataDirectories dirs;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public IntakeBacklog(DataDirectories dirs, JdbcTemplate jdbc, Clock clock) {
        this.dirs = dirs;
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setQueryTimeout(2);
        this.clock = clock;
    }

    public Backlog current() {
        Map<String, Waits> waits = new LinkedHashMap<>();
        String oldestCause = null;
        boolean answered = true;
        String[] oldestCauseOf = {null};
        Instant[] oldestWait = {null};
        try {
            // one query: per feed, the receipts waiting now, since when, and the cause of the one waiting longest
            jdbc.query("select feed, count(*), min(waiting_since),"
                    + " (array_agg(wait_cause order by waiting_since))[1] from file_receipt"
                    + " where waiting_since is not null and filed_at is null group by feed", rs -> {
                Instant since = rs.getObject(3, OffsetDateTime.class).toInstant();
                waits.put(rs.getString(1), new Waits(rs.getInt(2), since));
                if (oldestWait[0] == null || since.isBefore(oldestWait[0])) {
                    oldestWait[0] = since;
                    oldestCauseOf[0] = rs.getString(4);
                }
            });
            oldestCause = oldestCauseOf[0];
        } catch (RuntimeException e) {
            answered = false;
        }
        List<FeedBacklog> feeds = new ArrayList<>();
        int queued = 0;
        int inProgress = 0;
        int waiting = 0;
        Instant oldest = null;
        for (String feed : DataDirectories.FEEDS) {
            Folder inbox = scan(dirs.inbox(feed), 1);
            Folder taken = scan(dirs.inbox(feed).resolve(IntakeFolders.IN_PROGRESS), 2);
            Waits w = waits.getOrDefault(feed, new Waits(0, null));
            Instant feedOldest = min(min(inbox.oldest, taken.oldest), w.oldest);
            feeds.add(new FeedBacklog(feed, inbox.count, taken.count, w.count, feedOldest));
            queued += inbox.count;
            inProgress += taken.count;
            waiting += w.count;
            oldest = min(oldest, feedOldest);
        }
        Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest, Instant.now(clock));
        return new Backlog(feeds, queued, inProgress, waiting, age.isNegative() ? Duration.ZERO : age, oldest,
                oldestCause, answered);
    }

    private record Waits(int count, Instant oldest) {
    }

    private record Folder(int count, Instant oldest) {
    }

    /** regular files (no links, no dot files, no markers) at exactly this depth below the folder */
    private static Folder scan(Path folder, int depth) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return new Folder(0, null);
        }
        int[] count = {0};
        Instant[] oldest = {null};
        try (Stream<Path> files = Files.find(folder, depth, (p, a) -> a.isRegularFile()
                && folder.relativize(p).getNameCount() == depth && countable(p.getFileName().toString()))) {
            files.forEach(p -> {
                count[0]++;
                try {
                    Instant modified = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                            .lastModifiedTime().toInstant();
                    oldest[0] = min(oldest[0], modified);
                } catch (IOException e) {
                    // gone meanwhile
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            // a folder that cannot be read counts as empty here; the intake's own log names the fault
        }
        return new Folder(count[0], oldest[0]);
    }

    private static boolean countable(String name) {
        return !name.startsWith(".") && !name.endsWith(".done") && !name.endsWith(".part") && !name.endsWith(".tmp")
                && !name.endsWith(".camelLock");
    }

    private static Instant min(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
