package jp.kokuho.hub.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kokuho.hub.config.HubProperties;

/**
 * The read lock of the inbox route, in a real Camel file consumer: a done-marker feed's file is taken as soon as its
 * marker is there, another feed's only once it has been unchanged for stable-ms.
 */
class IntakeReadLockTest {

    static final long STABLE_MS = 3000;

    @TempDir
    Path root;

    @Test
    void aMarkedFileIsTakenAtOnceAndAnUnmarkedOneOnlyWhenStable() throws Exception {
        HubProperties hub = new HubProperties("139998", root, new HubProperties.Intake(1000, 50, STABLE_MS, Set.of("tax")));
        Map<String, Long> takenAt = new ConcurrentHashMap<>();
        Path tax = Files.createDirectories(root.resolve("inbox/tax"));
        Path collection = Files.createDirectories(root.resolve("inbox/collection"));
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            camel.getRegistry().bind("intakeReadLock", new IntakeReadLock(hub));
            camel.getRegistry().bind("doneMarkers", new DoneMarkers(hub));
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    for (Path inbox : new Path[] {tax, collection}) {
                        from("file:" + inbox + "?delay=50&exclusiveReadLockStrategy=#intakeReadLock&filter=#doneMarkers"
                                + "&exclude=.*\\.done$&delete=true")
                                .process(e -> takenAt.put(e.getIn().getHeader("CamelFileName", String.class),
                                        System.nanoTime()));
                    }
                }
            });
            camel.start();

            long written = System.nanoTime();
            Files.writeString(tax.resolve("TAX_139998_20261101.csv"), "x");
            Files.writeString(collection.resolve("COL_139998_20261031.csv"), "x");
            Thread.sleep(300);
            assertThat(takenAt).as("no marker yet: the tax file waits").isEmpty();
            Files.writeString(tax.resolve("TAX_139998_20261101.csv.done"), "");

            await().atMost(Duration.ofSeconds(STABLE_MS / 1000 + 10)).until(() -> takenAt.size() == 2);
            long markedMs = (takenAt.get("TAX_139998_20261101.csv") - written) / 1_000_000;
            long stableMs = (takenAt.get("COL_139998_20261031.csv") - written) / 1_000_000;
            assertThat(markedMs).as("taken once its marker came, without waiting stable-ms").isLessThan(STABLE_MS - 500);
            assertThat(stableMs).as("taken only once unchanged for stable-ms").isGreaterThanOrEqualTo(STABLE_MS - 100);
        }
    }
}
