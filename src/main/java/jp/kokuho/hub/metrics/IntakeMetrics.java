package jp.kokuho.hub.metrics;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The intake's figures, taken when an intake route ({@code intake-<feed>}) finishes a file, from the receipt's row
 * (so the outcome is the one the history shows):
 * <ul>
 *   <li>{@code hub_files_total{feed, outcome}}: files by their final outcome (imported, rejected, duplicate,
 *       failed); an attempt that leaves the file waiting for the infrastructure is not an outcome;</li>
 *   <li>{@code hub_import_duration_seconds{feed}}: pick-up to archive of an imported file;</li>
 *   <li>{@code hub_import_records{feed}}: records per imported file.</li>
 * </ul>
 * An event notifier, not steps in the pipeline: the intake's code stays free of metrics.
 */
@Component
public class IntakeMetrics extends EventNotifierSupport {

    static final Set<String> OUTCOMES = Set.of("IMPORTED", "REJECTED", "DUPLICATE", "FAILED");

    private final MeterRegistry registry;
    private final JdbcTemplate jdbc;

    public IntakeMetrics(MeterRegistry registry, JdbcTemplate jdbc) {
        this.registry = registry;
        this.jdbc = jdbc;
        setIgnoreCamelContextEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreExchangeCreatedEvent(true);
        setIgnoreExchangeSendingEvents(true);
        setIgnoreExchangeSentEvents(true);
        setIgnoreExchangeRedeliveryEvents(true);
        setIgnoreStepEvents(true);
        setIgnoreExchangeAsyncProcessingStartedEvents(true);
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelEvent.ExchangeCompletedEvent || event instanceof CamelEvent.ExchangeFailedEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        Exchange exchange = ((CamelEvent.ExchangeEvent) event).getExchange();
        String route = exchange.getFromRouteId();
        if (route == null || !route.startsWith("intake-")) {
            return;
        }
        Long receiptId = receiptId(exchange);
        if (receiptId == null) {
            return;
        }
        Map<String, Object> row = jdbc.queryForList("select feed, status, record_count from file_receipt where id = ?",
                receiptId).stream().findFirst().orElse(null);
        if (row == null || !OUTCOMES.contains(String.valueOf(row.get("status")))) {
            return;
        }
        String feed = (String) row.get("feed");
        String outcome = ((String) row.get("status")).toLowerCase();
        Counter.builder("hub.files").description("files taken in, by feed and final outcome")
                .tag("feed", feed).tag("outcome", outcome).register(registry).increment();
        if (outcome.equals("imported")) {
            Timer.builder("hub.import.duration").description("pick-up to archive of an imported file")
                    .tag("feed", feed).register(registry)
                    .record(exchange.getClock().elapsed(), TimeUnit.MILLISECONDS);
            if (row.get("record_count") instanceof Number records) {
                DistributionSummary.builder("hub.import.records").description("records per imported file")
                        .baseUnit("records").tag("feed", feed).register(registry).record(records.doubleValue());
            }
        }
    }

    /** the receipt's id as the pipeline keeps it (IntakeSteps: the exchange variable hubReceiptId) */
    private static Long receiptId(Exchange exchange) {
        return exchange.getVariable("hubReceiptId", Long.class);
    }
}
