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
 * settings of Camel's own cluster service starters, in one place: {@code camel.cluster.file.enabled} (the file
 * cluster service starter creates its service whenever it is on the class path unless told not to),
 * {@code camel.cluster.file.id} (= the node id), {@code camel.cluster.file.root} (the lock folder) and
 * {@code camel.cluster.kubernetes.enabled}. It also gives {@code hub.cluster.node-id} its default, the host name,
 * which no property placeholder can say. Runs after the configuration files are read; a value an operator set
 * explicitly for a {@code camel.cluster.*} key other than {@code enabled} is kept.
 */
public class ClusterDefaults implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "hub-cluster-defaults";

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
