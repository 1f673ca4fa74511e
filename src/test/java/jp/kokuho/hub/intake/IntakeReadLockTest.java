package jp.kokuho.hub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.apache.camel.Exchange;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kokuho.hub.config.HubProperties;

/**
 * The inboxes' read lock, with Camel's own "changed" strategy behind it: a file just written waits until it is
 * stable-ms old; a file whose sender marked it complete ({@code <name>.done}, a feed that uses markers) is taken at once.
 */
class IntakeReadLockTest {

    private static final long STABLE_MS = 1500;

    @TempDir
    Path root;

    private final DefaultCamelContext camel = new DefaultCamelContext();

    private IntakeReadLock readLock(Set<String> markerFeeds) {
        HubProperties hub = new HubProperties("139998", root,
                new HubProperties.Intake(1000, 1000, STABLE_MS, markerFeeds, 2000, 300000, 3));
        return new IntakeReadLock(hub, new DoneMarkers(hub));
    }

    /** how long the read lock took to say the just-written file is complete */
    private Duration acquire(IntakeReadLock lock, Path file) throws Exception {
        GenericFile<File> generic = new GenericFile<>();
        generic.setFile(file.toFile());
        generic.setAbsoluteFilePath(file.toAbsolutePath().toString());
        generic.setFileName(file.getFileName().toString());
        generic.setFileNameOnly(file.getFileName().toString());
        Exchange exchange = new DefaultExchange(camel);
        long t0 = System.nanoTime();
        assertThat(lock.acquireExclusiveReadLock(null, generic, exchange)).isTrue();
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    private Path written(String feed, String name) throws Exception {
        Path file = Files.createDirectories(root.resolve("inbox").resolve(feed)).resolve(name);
        Files.writeString(file, "1,2,3\r\n");
        return file;
    }

    @Test
    void aFileJustWrittenIsTakenOnceItIsStableMsOld() throws Exception {
        Path tax = written("tax", "TAX_139998_20261101.csv");
        assertThat(acquire(readLock(Set.of()), tax)).isGreaterThanOrEqualTo(Duration.ofMillis(STABLE_MS - 100));
    }

    @Test
    void aFileWithItsDoneMarkerIsTakenAtOnce() throws Exception {
        Path tax = written("tax", "TAX_139998_20261101.csv");
        Files.writeString(tax.resolveSibling(tax.getFileName() + ".done"), "");
        assertThat(acquire(readLock(Set.of("tax")), tax)).isLessThan(Duration.ofMillis(STABLE_MS / 3));
    }

    @Test
    void aMarkerCountsOnlyForAFeedThatUsesMarkers() throws Exception {
        Path col = written("collection", "COL_139998_20261031.csv");
        Files.writeString(col.resolveSibling(col.getFileName() + ".done"), "");
        assertThat(acquire(readLock(Set.of("tax")), col)).isGreaterThanOrEqualTo(Duration.ofMillis(STABLE_MS - 100));
    }

    @Test
    void aMarkedFeedsFileWithoutItsMarkerWaitsAsAnyOther() throws Exception {
        // e.g. a file taken again from its in-progress folder after a stop: no marker beside it there
        Path tax = Files.createDirectories(root.resolve("inbox/tax/.inprogress/1")).resolve("TAX_139998_20261101.csv");
        Files.writeString(tax, "1,2,3\r\n");
        assertThat(acquire(readLock(Set.of("tax")), tax)).isGreaterThanOrEqualTo(Duration.ofMillis(STABLE_MS - 100));
    }
}
