package jp.kokuho.hub.sftp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jp.kokuho.hub.config.DataDirectories;

/**
 * Creates one route per configured SFTP binding from the templates of routes/sftp.yaml, once Camel has started
 * (the templates are loaded by then). 設定にないフィード・送信箱にはルートを作らない。
 */
@Component
public class SftpBindings implements CamelContextConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SftpBindings.class);

    private final SftpProperties properties;

    public SftpBindings(SftpProperties properties) {
        this.properties = properties;
    }

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
    }

    @Override
    public void afterApplicationStart(CamelContext camelContext) {
        addRoutes(camelContext, properties);
    }

    /** Adds the routes of every binding (also used by SftpRoutesTest on a plain CamelContext). */
    public static void addRoutes(CamelContext context, SftpProperties properties) {
        for (Map.Entry<String, SftpProperties.Binding> e : properties.inbound().entrySet()) {
            String feed = e.getKey();
            if (!DataDirectories.FEEDS.contains(feed)) {
                throw new IllegalStateException("hub.sftp.inbound." + feed + ": no such feed; feeds: " + DataDirectories.FEEDS);
            }
            SftpProperties.Binding b = check("hub.sftp.inbound." + feed, e.getValue());
            boolean move = b.remoteDoneDir() != null && !b.remoteDoneDir().isBlank();
            TemplatedRouteBuilder route = TemplatedRouteBuilder.builder(context, move ? "sftp-inbound-move" : "sftp-inbound")
                    .routeId("sftp-inbound-" + feed)
                    .parameter("feed", feed)
                    .parameter("stableMs", String.valueOf(b.stableMs()));
            common(route, b);
            if (move) {
                route.parameter("remoteDoneDir", b.remoteDoneDir());
            }
            route.add();
            log.info("SFTP inbound {}: {}@{}:{}/{} -> inbox/{} (every {} ms, remote file {} after it is stored)", feed,
                    b.user(), b.host(), b.port(), b.remoteDir(), feed, b.pollMs(),
                    move ? "moved to " + b.remoteDoneDir() : "deleted");
        }
        for (Map.Entry<String, SftpProperties.Binding> e : properties.outbound().entrySet()) {
            String box = e.getKey();
            if (!DataDirectories.OUTBOXES.contains(box)) {
                throw new IllegalStateException("hub.sftp.outbound." + box + ": no such outbox; outboxes: " + DataDirectories.OUTBOXES);
            }
            SftpProperties.Binding b = check("hub.sftp.outbound." + box, e.getValue());
            TemplatedRouteBuilder route = TemplatedRouteBuilder.builder(context, "sftp-outbound")
                    .routeId("sftp-outbound-" + box)
                    .parameter("box", box);
            common(route, b);
            route.add();
            log.info("SFTP outbound {}: outbox/{} -> {}@{}:{}/{} (every {} ms; sent files kept in outbox/{}/.sent)", box,
                    box, b.user(), b.host(), b.port(), b.remoteDir(), b.pollMs(), box);
        }
    }

    private static void common(TemplatedRouteBuilder route, SftpProperties.Binding b) {
        route.parameter("host", b.host())
                .parameter("port", String.valueOf(b.port()))
                .parameter("user", b.user())
                .parameter("privateKeyFile", b.privateKeyFile())
                .parameter("knownHostsFile", b.knownHostsFile())
                .parameter("remoteDir", b.remoteDir())
                .parameter("pollMs", String.valueOf(b.pollMs()));
    }

    private static SftpProperties.Binding check(String key, SftpProperties.Binding b) {
        require(key + ".host", b.host());
        require(key + ".user", b.user());
        require(key + ".private-key-file", b.privateKeyFile());
        require(key + ".known-hosts-file", b.knownHostsFile());
        if (!Files.isReadable(Path.of(b.privateKeyFile()))) {
            throw new IllegalStateException(key + ".private-key-file: cannot read " + b.privateKeyFile());
        }
        if (!Files.isReadable(Path.of(b.knownHostsFile()))) {
            throw new IllegalStateException(key + ".known-hosts-file: cannot read " + b.knownHostsFile());
        }
        return b;
    }

    private static void require(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(key + " must be set");
        }
    }
}
