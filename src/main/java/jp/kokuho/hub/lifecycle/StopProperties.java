package jp.kokuho.hub.lifecycle;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the hub stops ({@code hub.stop.*}; docs/reliability.md "Stopping and health").
 *
 * @param importTimeout how long an import under way may still run once the hub is asked to stop (SIGTERM,
 *                      Ctrl-C); after it, its running statement is cancelled and the import rolls back (the file is
 *                      taken again at the next start)
 * @param rollbackAllowance what the stop may take beyond {@code importTimeout}: the cancelled import rolling back,
 *                      then the broker and the database stopping. Camel's own shutdown timeout is the sum of both
 */
@ConfigurationProperties(prefix = "hub.stop")
public record StopProperties(@DefaultValue("20s") Duration importTimeout,
                             @DefaultValue("10s") Duration rollbackAllowance) {

    /** the longest a stop with an import under way takes */
    public Duration bound() {
        return importTimeout.plus(rollbackAllowance);
    }
}
