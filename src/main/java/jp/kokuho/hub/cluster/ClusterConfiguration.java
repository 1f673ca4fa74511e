package jp.kokuho.hub.cluster;

import java.nio.file.Path;
import java.time.Clock;

import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.springframework.beans.factory.ObjectProvider;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Two-node mode ({@code hub.cluster.enabled=true}): the leader-only routes, the leadership status and the checks
 * that a second node cannot be started on a setup that is per node. The cluster service itself is Camel's, created
 * by its starter from the settings {@link ClusterDefaults} derives (file: a lock in the shared data folder; or
 * Kubernetes: a Lease).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "hub.cluster.enabled", havingValue = "true")
public class ClusterConfiguration {

    @Bean
    LeaderOnlyRoutes leaderOnlyRoutes(ObjectProvider<CamelClusterService> services, ClusterProperties cluster,
                                      Environment env) {
        return new LeaderOnlyRoutes(service(services, cluster, env));
    }

    @Bean
    ClusterLeadership clusterLeadership(ObjectProvider<CamelClusterService> services, ClusterProperties cluster,
                                        Environment env, Clock clock) {
        CamelClusterService service = service(services, cluster, env);
        Path lockDir = service instanceof FileLockClusterService file ? Path.of(file.getRoot()) : null;
        return new ClusterLeadership(service, env.getRequiredProperty("hub.cluster.node-id"), lockDir, clock);
    }

    /** {@code hub_cluster_leader{node}}: 1 while this node leads, 0 while it follows (docs/operations.md) */
    @Bean
    MeterBinder clusterLeaderGauge(ClusterLeadership leadership) {
        return registry -> Gauge.builder("hub.cluster.leader", leadership, l -> l.leader() ? 1 : 0)
                .description("1 while this node leads (takes the files, runs SFTP, claim checks and schedules)")
                .tag("node", leadership.nodeId())
                .register(registry);
    }

    @Bean("clusterHealthIndicator")
    ClusterHealthIndicator clusterHealthIndicator(ClusterLeadership leadership) {
        return new ClusterHealthIndicator(leadership);
    }

    /** the one cluster service its starter created (file or Kubernetes, as ClusterDefaults chose) */
    static CamelClusterService service(ObjectProvider<CamelClusterService> services, ClusterProperties cluster,
                                       Environment env) {
        checkSharedParts(env);
        return services.orderedStream().findFirst().orElseThrow(() -> new IllegalStateException(
                "hub.cluster.enabled=true with hub.cluster.service=" + cluster.service().name().toLowerCase()
                        + ": Camel's cluster service starter created no service (the build lacks"
                        + " camel-file-cluster-service-starter or camel-kubernetes-cluster-service-starter)"));
    }

    /**
     * A database and a broker of each node's own would be two systems, not two nodes: both must be servers
     * that both nodes reach.
     */
    static void checkSharedParts(Environment env) {
        if (env.getProperty("spring.datasource.url", "").isBlank()) {
            throw new IllegalStateException("hub.cluster.enabled=true needs one PostgreSQL server for both nodes:"
                    + " set spring.datasource.url (the embedded PostgreSQL is per node)");
        }
        if (env.getProperty("spring.artemis.embedded.enabled", Boolean.class, true)
                || !"native".equalsIgnoreCase(env.getProperty("spring.artemis.mode", ""))
                || env.getProperty("spring.artemis.broker-url", "").isBlank()) {
            throw new IllegalStateException("hub.cluster.enabled=true needs one Artemis broker for both nodes:"
                    + " set spring.artemis.mode=native, spring.artemis.broker-url (e.g. tcp://artemis:61616) and"
                    + " spring.artemis.embedded.enabled=false (the embedded broker is per node)");
        }
    }
}
