package jp.kokuho.hub.intake;

import java.sql.SQLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The end of every feed's import: the whole-file checks, then — only without any error — the registration. */
final class SinkFinish {

    private static final Logger log = LoggerFactory.getLogger(SinkFinish.class);

    private SinkFinish() {
    }

    /** @param readStarted {@link System#nanoTime()} when reading began, for the phase timings in the log */
    static void finish(RecordSink<?> sink, ImportContext ctx, String interfaceId, long records, long readStarted)
            throws SQLException {
        long read = System.nanoTime();
        sink.checkFile();
        long checked = System.nanoTime();
        if (ctx.errors().isEmpty()) {
            sink.register();
        }
        long registered = System.nanoTime();
        log.info("{}: {}: {} records read and staged in {} ms, file checks {} ms, registration {} ms", interfaceId,
                ctx.fileName(), records, (read - readStarted) / 1_000_000, (checked - read) / 1_000_000,
                (registered - checked) / 1_000_000);
    }
}
