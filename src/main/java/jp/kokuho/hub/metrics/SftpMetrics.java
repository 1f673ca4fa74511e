package jp.kokuho.hub.metrics;

import io.micrometer.core.instrument.Metrics;

/**
 * {@code hub_sftp_failures_total{binding, direction}}: failed SFTP polls (inbound) and deliveries (outbound) per
 * binding route ({@code sftp-inbound-<feed>}, {@code sftp-outbound-<box>}). Counted in Micrometer's global
 * registry, to which Spring Boot adds its own (the poll strategy is also used on Camel contexts without Spring).
 */
public final class SftpMetrics {

    private SftpMetrics() {
    }

    public static void failed(String binding) {
        String b = binding == null ? "unknown" : binding;
        Metrics.counter("hub.sftp.failures", "binding", b, "direction",
                b.startsWith("sftp-outbound") ? "outbound" : "inbound").increment();
    }
}
