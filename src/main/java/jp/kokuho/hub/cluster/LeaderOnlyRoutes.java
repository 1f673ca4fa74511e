package jp.kokuho.hub.cluster;

import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.apache.camel.CamelContext;
import org.apache.camel.NamedNode;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.spi.RoutePolicyFactory;

/**
 * What runs once in a pair of nodes runs only on the leader: Camel's own {@link ClusteredRoutePolicy} (one instance,
 * one cluster view {@value ClusterProperties#NAMESPACE}) on the routes named here, and on no other. The policy keeps
 * these routes stopped until this node leads, starts them when it becomes leader and stops them when it loses the
 * lead.
 * <p>
 * Why a route policy by route id rather than {@code master:} endpoints or the clustered route controller: the
 * routes stay exactly as they are in routes/*.yaml and in the templates that {@code SftpBindings} and
 * {@code JobRoutes} instantiate after the start (a {@code master:} prefix would put the cluster into every file and
 * template, for one node too); and the clustered route controller makes every route clustered unless it is listed
 * as not, so the job routes, the claim-check consumer and any route added later would stop on the follower by
 * default. Here the list is of what must run once, in one place:
 * <ul>
 * <li>{@code intake-*}: the inbox pollers (the intake-pipeline template's routes, one per feed);</li>
 * <li>{@code sftp-*}: the SFTP bindings, inbound and outbound;</li>
 * <li>{@code claim-check-publisher}: the claim checks announced once;</li>
 * <li>{@code job-<name>-schedule}: the cron triggers of the jobs.</li>
 * </ul>
 * The job routes {@code job-<name>} run on every node: {@code POST /api/jobs/{job}} runs the job on the node that
 * was asked (the database's one-run-at-a-time rule holds across nodes). {@code income-class-rejudge} consumes the
 * claim checks on both nodes from the one broker: a queue gives each message to one consumer.
 */
public class LeaderOnlyRoutes implements RoutePolicyFactory {

    static final Predicate<String> LEADER_ONLY =
            Pattern.compile("intake-.+|sftp-.+|claim-check-publisher|job-.+-schedule").asMatchPredicate();

    private final CamelClusterService service;
    private ClusteredRoutePolicy policy;

    public LeaderOnlyRoutes(CamelClusterService service) {
        this.service = service;
    }

    public static boolean leaderOnly(String routeId) {
        return routeId != null && LEADER_ONLY.test(routeId);
    }

    @Override
    public synchronized RoutePolicy createRoutePolicy(CamelContext camel, String routeId, NamedNode route) {
        if (!leaderOnly(routeId)) {
            return null;
        }
        if (policy == null) {
            try {
                // one policy for all of them: one view, so the routes start and stop together
                policy = ClusteredRoutePolicy.forNamespace(service, ClusterProperties.NAMESPACE);
                policy.setCamelContext(camel);
            } catch (Exception e) {
                throw new RuntimeCamelException("the clustered route policy: " + e.getMessage(), e);
            }
        }
        return policy;
    }
}
