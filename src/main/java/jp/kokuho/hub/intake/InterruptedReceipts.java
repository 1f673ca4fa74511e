package jp.kokuho.hub.intake;

import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kokuho.hub.history.FileReceiptRepository;

/**
 * Before the routes start: files that were being processed when the hub stopped are marked INTERRUPTED in the
 * history. Their import rolled back with the process; the files are still in the inbox and are taken in again.
 */
@Component
public class InterruptedReceipts implements CamelContextConfiguration {

    private static final Logger log = LoggerFactory.getLogger(InterruptedReceipts.class);

    private final FileReceiptRepository receipts;
    private final TransactionTemplate transaction;

    public InterruptedReceipts(FileReceiptRepository receipts, TransactionTemplate transaction) {
        this.receipts = receipts;
        this.transaction = transaction;
    }

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
        Integer count = transaction.execute(status -> receipts.markInterrupted());
        if (count != null && count > 0) {
            log.warn("{} file(s) were being processed when the hub stopped; they are taken in again", count);
        }
    }

    @Override
    public void afterApplicationStart(CamelContext camelContext) {
    }
}
