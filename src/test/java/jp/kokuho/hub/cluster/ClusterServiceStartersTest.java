package jp.kokuho.hub.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;

import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.component.file.springboot.cluster.FileLockClusterServiceAutoConfiguration;
import org.apache.camel.component.kubernetes.cluster.KubernetesClusterService;
import org.apache.camel.component.kubernetes.cluster.LeaseResourceType;
import org.apache.camel.component.kubernetes.cluster.lock.impl.NativeLeaseResourceManager;
import org.apache.camel.component.kubernetes.springboot.cluster.KubernetesClusterServiceAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * What Camel's two cluster service starters create from the hub.cluster settings (through {@link ClusterDefaults}),
 * with both on the class path as in the build. The services are built, not started: starting the Kubernetes one
 * connects to the API server, and no cluster is available here (docs/operations.md "Kubernetes").
 */
class ClusterServiceStartersTest {

    private final ApplicationContextRunner hub = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(FileLockClusterServiceAutoConfiguration.class,
                    KubernetesClusterServiceAutoConfiguration.class))
            .withInitializer(context -> new ClusterDefaults()
                    .postProcessEnvironment(context.getEnvironment(), new SpringApplication()));

    @Test
    void oneNodeHasNoClusterService() {
        hub.withPropertyValues("hub.data-dir=/srv/hub")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(CamelClusterService.class));
    }

    @Test
    void fileByDefaultInTwoNodeMode() {
        hub.withPropertyValues("hub.data-dir=/srv/hub", "hub.cluster.enabled=true", "hub.cluster.node-id=hub-a")
                .run(context -> {
                    assertThat(context).hasSingleBean(CamelClusterService.class);
                    FileLockClusterService file = context.getBean(FileLockClusterService.class);
                    assertThat(file.getId()).isEqualTo("hub-a");
                });
    }

    @Test
    void kubernetesLease() throws Exception {
        hub.withPropertyValues("hub.cluster.enabled=true", "hub.cluster.service=kubernetes",
                        "hub.cluster.node-id=kokuho-hub-7d9f-x2", "camel.cluster.kubernetes.kubernetes-namespace=kokuho")
                .run(context -> {
                    assertThat(context).hasSingleBean(CamelClusterService.class);
                    KubernetesClusterService k8s = context.getBean(KubernetesClusterService.class);
                    assertThat(k8s.getId()).isEqualTo("kokuho-hub-7d9f-x2");
                    assertThat(k8s.getPodName()).isEqualTo("kokuho-hub-7d9f-x2"); // the Lease's holder
                    assertThat(k8s.getKubernetesNamespace()).isEqualTo("kokuho");
                    assertThat(k8s.getLeaseResourceType()).isEqualTo(LeaseResourceType.Lease);
                    assertThat(leaseName(k8s)).isEqualTo("leader-kokuho-hub"); // the name docs/operations.md gives
                });
    }

    @Test
    void kubernetesSettingsAnOperatorWroteAreKept() {
        hub.withPropertyValues("hub.cluster.enabled=true", "hub.cluster.service=kubernetes",
                        "hub.cluster.node-id=hub-a", "camel.cluster.kubernetes.pod-name=pod-1",
                        "camel.cluster.kubernetes.config-map-name=kokuho-leader",
                        "camel.cluster.kubernetes.cluster-labels.app=kokuho-hub")
                .run(context -> {
                    KubernetesClusterService k8s = context.getBean(KubernetesClusterService.class);
                    assertThat(k8s.getPodName()).isEqualTo("pod-1");
                    assertThat(k8s.getKubernetesResourceName()).isEqualTo("kokuho-leader");
                    assertThat(k8s.getClusterLabels()).containsEntry("app", "kokuho-hub");
                });
    }

    /** the Lease Camel reads and writes for the hub's cluster view (Camel's own naming, read, not repeated) */
    private static String leaseName(KubernetesClusterService k8s) throws Exception {
        Method name = NativeLeaseResourceManager.class.getDeclaredMethod("leaseResourceName", String.class,
                String.class);
        name.setAccessible(true);
        return (String) name.invoke(null, k8s.getKubernetesResourceName(), ClusterProperties.NAMESPACE);
    }
}
