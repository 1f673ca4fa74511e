package jp.kokuho.hub.cluster;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Two nodes, one leader ({@code hub.cluster.*}; docs/operations.md "Two nodes").
 *
 * @param enabled  false (the default): one node, exactly as before: every route runs here, no lock is taken
 * @param nodeId   this node's name in logs, health and the console; defaults to the host name ({@link ClusterDefaults})
 * @param lockDir  the file cluster service's lock folder, shared by the nodes; defaults to {@code <hub.data-dir>/cluster}
 * @param service  which Camel cluster service elects the leader: {@code file} (a lock file in {@code lockDir}) or
 *                 {@code kubernetes} (the Lease {@code leader-kokuho-hub} in the pod's namespace: docs/operations.md)
 */
@ConfigurationProperties(prefix = "hub.cluster")
public record ClusterProperties(@DefaultValue("false") boolean enabled,
                                String nodeId,
                                Path lockDir,
                                @DefaultValue("file") Service service) {

    /** the Camel cluster view (and lock file) name the leader-only routes share */
    public static final String NAMESPACE = "kokuho-hub";

    public enum Service { FILE, KUBERNETES }
}
