package jp.kokuho.hub.intake;

import java.sql.SQLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gate between a feed's staged rows and their registration, at the end of every import: the whole-file checks
 * first, then the registration, only when the file has no error at all; one log line with the time of each phase.
 */
final class RegistrationGate {

    private static final Logger log = LoggerFactory.getLogger(RegistrationGate.class);

    private RegistrationGate() {
    }

    /** @param readStarted {@link System#nanoTime()} when reading began, for the phase timings in the log */
    static void checkThenRegister(RecordSink<?> sink, ImportContext ctx, String interfaceId, long records, long readStarted)
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
