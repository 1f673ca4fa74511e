package jp.kokuho.hub.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Named boundaries between the intake's state transitions. For the fault-injection tests only: with
 * {@code hub.test.halt-at=<step>} (or {@code <step>:<file name>}, for that file only) the process halts there at
 * once, as {@code kill -9} would (no shutdown hooks, nothing flushed). Unset (always, in operation) it does nothing.
 */
@Component
public class IntakeCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(IntakeCheckpoints.class);

    /** after preMove, before the receipt: the file is in its in-progress folder without one */
    public static final String PICKED_UP = "picked-up";
    /** the receipt is RECEIVED, the import has not begun */
    public static final String RECEIVED = "received";
    /** the import committed (IMPORTED), nothing written yet */
    public static final String IMPORTED = "imported";
    /** the file was rejected (REJECTED/DUPLICATE/FAILED recorded), nothing written yet */
    public static final String REJECTED = "rejected";
    /** the result list (and registration list) written and recorded */
    public static final String LISTED = "listed";
    /** the destination recorded, the file not moved yet */
    public static final String DESTINED = "destined";
    /** the file moved to archive/ or error/, not yet recorded as filed */
    public static final String MOVED = "moved";

    private final String haltAt;

    public IntakeCheckpoints(@Value("${hub.test.halt-at:}") String haltAt) {
        this.haltAt = haltAt;
    }

    public void reached(String step, String fileName) {
        if (!haltAt.isEmpty() && (haltAt.equals(step) || haltAt.equals(step + ":" + fileName))) {
            log.warn("hub.test.halt-at={}: halting the process here ({})", haltAt, fileName);
            Runtime.getRuntime().halt(137);
        }
    }
}
