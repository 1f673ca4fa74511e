package jp.kokuho.hub.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns the two settings an operator writes ({@code hub.cluster.enabled}, {@code hub.cluster.service}) into the
 * settings of Camel's own cluster service starters, in one place. Both starters create their service whenever they
 * are on the class path unless told not to, so {@code camel.cluster.file.enabled} and
 * {@code camel.cluster.kubernetes.enabled} are set here, true only for the service chosen in two-node mode. File:
 * {@code camel.cluster.file.id} (= the node id) and {@code .root} (the lock folder). Kubernetes:
 * {@code camel.cluster.kubernetes.id} and {@code .pod-name} (= the node id) and {@code .config-map-name} (the Lease
 * is {@code leader-kokuho-hub}; its namespace is the pod's own unless {@code .kubernetes-namespace} says otherwise).
 * It also gives {@code hub.cluster.node-id} its default, the host name, which no property placeholder can say. Runs
 * after the configuration files are read; a value an operator set explicitly for a {@code camel.cluster.*} key other
 * than {@code enabled} is kept.
 */
public class ClusterDefaults implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "hub-cluster-defaults";
    /** the first part of the Lease's name; Camel adds the cluster view's: {@code leader-kokuho-hub} */
    static final String KUBERNETES_LEASE_PREFIX = "leader";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        boolean enabled = Boolean.parseBoolean(env.getProperty("hub.cluster.enabled", "false").trim());
        String service = env.getProperty("hub.cluster.service", "file").trim().toLowerCase(Locale.ROOT);
        Map<String, Object> derived = new HashMap<>();
        // the service elects only in two-node mode, and only the one chosen
        derived.put("camel.cluster.file.enabled", String.valueOf(enabled && service.equals("file")));
        derived.put("camel.cluster.kubernetes.enabled", String.valueOf(enabled && service.equals("kubernetes")));
        String nodeId = env.getProperty("hub.cluster.node-id");
        if (nodeId == null || nodeId.isBlank()) {
            nodeId = hostName();
            derived.put("hub.cluster.node-id", nodeId);
        }
        if (!env.containsProperty("camel.cluster.file.id")) {
            derived.put("camel.cluster.file.id", nodeId);
        }
        if (!env.containsProperty("camel.cluster.file.root")) {
            String lockDir = env.getProperty("hub.cluster.lock-dir");
            derived.put("camel.cluster.file.root", lockDir != null && !lockDir.isBlank() ? lockDir
                    : Path.of(env.getProperty("hub.data-dir", "./data")).resolve("cluster").toString());
        }
        if (!env.containsProperty("camel.cluster.kubernetes.id")) {
            derived.put("camel.cluster.kubernetes.id", nodeId);
        }
        // the Lease's holder is the pod name: the node id (by default the host name, which is the pod's name)
        if (!env.containsProperty("camel.cluster.kubernetes.pod-name")) {
            derived.put("camel.cluster.kubernetes.pod-name", nodeId);
        }
        // Camel names the Lease <config-map-name>-<view>: "leader-kokuho-hub" (the name the Role must allow)
        if (!env.containsProperty("camel.cluster.kubernetes.config-map-name")) {
            derived.put("camel.cluster.kubernetes.config-map-name", KUBERNETES_LEASE_PREFIX);
        }
        env.getPropertySources().addFirst(new MapPropertySource(SOURCE, derived));
    }

    static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.trim();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node-" + ProcessHandle.current().pid();
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after the configuration files (ConfigDataEnvironmentPostProcessor)
    }
}
