package jp.kokuho.hub.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.apache.camel.CamelContext;
import org.apache.camel.cluster.CamelClusterEventListener;
import org.apache.camel.cluster.CamelClusterMember;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.cluster.CamelClusterView;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which node leads, as this node sees it: for {@code /actuator/health} (component {@code cluster}), the console's
 * ホーム and one log line per change. Listens to the cluster view the leader-only routes share.
 * <p>
 * The file cluster service knows only whether this node holds the lock; so that the follower can name the leader,
 * the leader writes its node id beside the lock ({@code <lock-dir>/kokuho-hub.leader}, replaced atomically) when it
 * takes the lead. Kubernetes names the leader itself (the Lease's holder).
 */
public class ClusterLeadership implements CamelClusterEventListener.Leadership, CamelContextConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClusterLeadership.class);
    static final List<String> WHAT_RUNS_ON_THE_LEADER =
            List.of("inbox pollers", "SFTP bindings", "claim-check publisher", "job schedules");

    private final CamelClusterService service;
    private final String nodeId;
    private final Path leaderFile;
    private final Clock clock;
    private volatile CamelClusterView view;
    private volatile Boolean leading;
    private volatile OffsetDateTime since;

    /** @param lockDir the file cluster service's folder, null for another service */
    public ClusterLeadership(CamelClusterService service, String nodeId, Path lockDir, Clock clock) {
        this.service = service;
        this.nodeId = nodeId;
        this.leaderFile = lockDir == null ? null : lockDir.resolve(ClusterProperties.NAMESPACE + ".leader");
        this.clock = clock;
    }

    @Override
    public void beforeApplicationStart(CamelContext camel) {
        try {
            view = service.getView(ClusterProperties.NAMESPACE);
            view.addEventListener(this);
        } catch (Exception e) {
            throw new IllegalStateException("cluster view " + ClusterProperties.NAMESPACE + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void afterApplicationStart(CamelContext camel) {
        if (leading == null || !leading) {
            log.info("cluster: node {} started; it follows until it holds the leader's lock (leader now: {})", nodeId,
                    leaderNode().orElse("none"));
        }
    }

    @Override
    public void leadershipChanged(CamelClusterView changed, CamelClusterMember leader) {
        boolean now = changed.getLocalMember().isLeader();
        Boolean before = leading;
        if (before != null && before == now) {
            return;
        }
        leading = now;
        since = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        if (now) {
            writeLeaderFile();
            log.info("cluster: node {} leads; the {} run here", nodeId, String.join(", ", WHAT_RUNS_ON_THE_LEADER));
        } else if (before != null) {
            log.info("cluster: node {} no longer leads; its {} are stopped", nodeId,
                    String.join(", ", WHAT_RUNS_ON_THE_LEADER));
        }
    }

    public String nodeId() {
        return nodeId;
    }

    public boolean leader() {
        CamelClusterView v = view;
        return v != null && v.getLocalMember().isLeader();
    }

    /** since when this node leads or follows (null before the first decision) */
    public OffsetDateTime since() {
        return since;
    }

    /** the node that leads: this one, the one the cluster service names, or the one the lock folder names */
    public Optional<String> leaderNode() {
        if (leader()) {
            return Optional.of(nodeId);
        }
        CamelClusterView v = view;
        Optional<String> named = v == null ? Optional.empty()
                : v.getLeader().filter(m -> !m.isLocal()).map(CamelClusterMember::getId);
        if (named.isPresent() || leaderFile == null) {
            return named;
        }
        try {
            List<String> lines = Files.readAllLines(leaderFile, StandardCharsets.UTF_8);
            return lines.isEmpty() || lines.get(0).isBlank() ? Optional.empty() : Optional.of(lines.get(0).trim());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void writeLeaderFile() {
        if (leaderFile == null) {
            return;
        }
        try {
            Path tmp = leaderFile.resolveSibling("." + leaderFile.getFileName() + "." + nodeId + ".tmp");
            Files.writeString(tmp, nodeId + "\n" + OffsetDateTime.now(clock.withZone(ZoneId.of("Asia/Tokyo")))
                    .truncatedTo(ChronoUnit.SECONDS) + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, leaderFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // the lead is the lock's, not this file's: the follower's page only misses the leader's name
            log.warn("cluster: could not write {} ({}); the other node cannot name the leader", leaderFile, e.toString());
        }
    }
}
