package jp.kokuho.hub.cluster;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * {@code /actuator/health} component {@code cluster} (two-node mode only): this node's id, whether it leads and
 * which node does. A follower is as healthy as the leader: the status is UP on both; the details tell them apart.
 */
public class ClusterHealthIndicator implements HealthIndicator {

    private final ClusterLeadership leadership;

    public ClusterHealthIndicator(ClusterLeadership leadership) {
        this.leadership = leadership;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up()
                .withDetail("node", leadership.nodeId())
                .withDetail("role", leadership.leader() ? "leader" : "follower")
                .withDetail("leader", leadership.leaderNode().orElse("none"));
        if (leadership.since() != null) {
            health.withDetail("since", leadership.since().toString());
        }
        return health.build();
    }
}
