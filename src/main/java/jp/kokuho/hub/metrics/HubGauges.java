package jp.kokuho.hub.metrics;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Figures read when Prometheus scrapes: {@code hub_claim_checks_pending} (imported files whose claim check has not
 * reached the broker yet: the predicate of the partial index {@code file_receipt_claim_check}, which the
 * claim-check route's query also uses). NaN when the database does not answer.
 */
@Component
public class HubGauges implements MeterBinder {

    private final JdbcTemplate jdbc;

    public HubGauges(JdbcTemplate jdbc) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setQueryTimeout(2);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("hub.claim_checks.pending", this::pendingClaimChecks)
                .description("imported files whose claim check has not been sent to the broker yet")
                .register(registry);
    }

    private double pendingClaimChecks() {
        try {
            Long n = jdbc.queryForObject("select count(*) from file_receipt where status = 'IMPORTED'"
                    + " and claim_check_sent = false", Long.class);
            return n == null ? 0 : n;
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
