package jp.kokuho.hub.sftp;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.spi.RouteIdAware;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jp.kokuho.hub.metrics.SftpMetrics;

/**
 * One clear log line when an SFTP poll or delivery fails (server down, host key changed, login refused); the file
 * stays where it was and is tried again at the next poll. ホスト鍵の不一致は ERROR で明示する。
 */
@Component("sftpPollStrategy")
public class SftpPollStrategy implements PollingConsumerPollStrategy {

    private static final Logger log = LoggerFactory.getLogger(SftpPollStrategy.class);

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        return true;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception e) {
        SftpMetrics.failed(consumer instanceof RouteIdAware r ? r.getRouteId() : null);
        report("fetch from " + server(endpoint), e);
        return false; // the next scheduled poll tries again
    }

    /** onException of the outbound routes: the file stays in the outbox. */
    public void deliveryFailed(Exchange exchange) {
        Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String file = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        SftpMetrics.failed(exchange.getFromRouteId());
        report("delivery of " + file + " by route " + exchange.getFromRouteId() + " (kept in the outbox)", e);
    }

    static void report(String what, Throwable e) {
        String cause = rootMessage(e);
        if (cause.contains("HostKey has been changed") || cause.contains("reject HostKey")
                || cause.contains("UnknownHostKey")) {
            log.error("SFTP {} refused: the server's host key does not match known_hosts ({}); not connecting until "
                    + "known-hosts-file is corrected", what, cause);
        } else {
            log.warn("SFTP {} failed, retried at the next poll: {}", what, cause);
        }
    }

    private static String server(Endpoint endpoint) {
        String uri = endpoint.getEndpointBaseUri();
        return uri == null ? endpoint.toString() : uri;
    }

    private static String rootMessage(Throwable e) {
        if (e == null) {
            return "unknown error";
        }
        StringBuilder sb = new StringBuilder();
        Throwable t = e;
        while (t != null) {
            if (sb.length() > 0) {
                sb.append(" <- ");
            }
            sb.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
            t = t.getCause() == t ? null : t.getCause();
        }
        return sb.toString();
    }
}
