package jp.kokuho.hub.lifecycle;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.ShutdownStrategy;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The order of a stop (SIGTERM, Ctrl-C): Spring stops lifecycle beans by phase, highest first, and destroys beans
 * (the connection pool, the broker, the embedded PostgreSQL) only after all of them stopped.
 * <ol>
 * <li>this bean (phase {@link Integer#MAX_VALUE}, before Camel's context): says what happens and starts the import
 * timeout's clock;</li>
 * <li>Camel's context (its shutdown strategy): consumers first, so no file is taken any more, then it waits for the
 * exchanges in flight;</li>
 * <li>an import still running when {@code hub.stop.import-timeout} has passed is cancelled
 * ({@link CancellableImports}): its statement fails, its transaction rolls back and the intake's error policy leaves
 * the file for the next start (a stopping hub is an infrastructure fault, never a rejection);</li>
 * <li>then the broker and the database stop. Camel's shutdown timeout is {@link StopProperties#bound()}: it forces
 * the routes down only if the rollback itself did not end in time.</li>
 * </ol>
 * Camel's shutdown strategy has no hook to act on an exchange at its timeout (it only stops waiting), hence the
 * watcher thread here.
 */
@Component
public class GracefulStop implements SmartLifecycle, CamelContextConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);

    private final CancellableImports imports;
    private final StopProperties settings;
    private volatile boolean running;

    public GracefulStop(CancellableImports imports, StopProperties settings) {
        this.imports = imports;
        this.settings = settings;
    }

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
        ShutdownStrategy strategy = camelContext.getShutdownStrategy();
        strategy.setTimeUnit(TimeUnit.MILLISECONDS);
        strategy.setTimeout(settings.bound().toMillis());
        strategy.setShutdownNowOnTimeout(true);
    }

    @Override
    public void afterApplicationStart(CamelContext camelContext) {
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        long deadline = System.nanoTime() + settings.importTimeout().toNanos();
        if (imports.isEmpty()) {
            log.info("stopping: no file is taken any more; no import under way");
        } else {
            log.info("stopping: no file is taken any more; the import under way ({}) may finish within {} s, else"
                    + " it is cancelled and rolls back", String.join(", ", imports.names()), seconds(settings.importTimeout()));
        }
        Thread watcher = new Thread(() -> watch(deadline), "hub-stop-import-timeout");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** At the import timeout: cancel what still runs, again every 500 ms until it has ended (a cancel request that
     * arrived between two statements has nothing to cancel) or the stop's bound has passed. */
    private void watch(long deadline) {
        try {
            while (System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(Math.min(200, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            }
            long end = deadline + settings.rollbackAllowance().toNanos();
            boolean said = false;
            while (!imports.isEmpty() && System.nanoTime() < end) {
                List<String> cancelled = imports.cancelAll();
                if (!said && !cancelled.isEmpty()) {
                    log.info("stopping: the import of {} did not finish within {} s; its statement is cancelled, it rolls"
                            + " back and the file is taken again at the next start", String.join(", ", cancelled),
                            seconds(settings.importTimeout()));
                    said = true;
                }
                TimeUnit.MILLISECONDS.sleep(500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long seconds(Duration d) {
        return d.toSeconds();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** before Camel's context (SpringCamelContext: Integer.MAX_VALUE - 2049): stopped first */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
