package jp.kokuho.hub.intake;

import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Before the routes start: receipts a stop left unfinished are brought in line with where their files are
 * ({@link ReceiptService#recover()}). Files still in an in-progress folder are then taken again by the inbox
 * route, first, and continue from their receipt's state: an uncommitted import runs again, a committed one is only
 * finished (result list, archive/), never registered twice.
 */
@Component
public class ReceiptRecovery implements CamelContextConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReceiptRecovery.class);

    private final ReceiptService receipts;

    public ReceiptRecovery(ReceiptService receipts) {
        this.receipts = receipts;
    }

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
        ReceiptService.Recovery recovery = receipts.recover();
        if (recovery.filed() > 0) {
            log.info("{} file(s) had reached archive/ or error/ when the hub stopped; recorded as filed", recovery.filed());
        }
        if (recovery.lost() > 0) {
            log.warn("{} file(s) being processed when the hub stopped are no longer in their in-progress folder;"
                    + " their receipts are marked INTERRUPTED", recovery.lost());
        }
    }

    @Override
    public void afterApplicationStart(CamelContext camelContext) {
    }
}
