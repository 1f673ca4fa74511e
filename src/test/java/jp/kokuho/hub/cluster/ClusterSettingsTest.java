package jp.kokuho.hub.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** What runs only on the leader, and what the two hub.cluster settings turn into for Camel's cluster services. */
class ClusterSettingsTest {

    @ParameterizedTest
    @CsvSource({
            "intake-qualification, true", "intake-tax, true", "sftp-inbound-tax, true", "sftp-outbound-arrears, true",
            "claim-check-publisher, true", "job-arrears-schedule, true", "job-monthly-report-schedule, true",
            "job-arrears, false", "job-monthly-report, false", "income-class-rejudge, false", "intake-pipeline-x, true",
            "job-schedule, false", "intake, false"})
    void leaderOnlyRoutes(String routeId, boolean leaderOnly) {
        assertThat(LeaderOnlyRoutes.leaderOnly(routeId)).isEqualTo(leaderOnly);
    }

    @Test
    void oneNodeByDefault() {
        StandardEnvironment env = env(Map.of("hub.data-dir", "/srv/hub"));
        assertThat(env.getProperty("camel.cluster.file.enabled")).isEqualTo("false");
        assertThat(env.getProperty("camel.cluster.kubernetes.enabled")).isEqualTo("false");
        assertThat(env.getProperty("hub.cluster.node-id")).isNotBlank(); // the host name
    }

    @Test
    void twoNodesOnTheSharedFolder() {
        StandardEnvironment env = env(Map.of("hub.data-dir", "/srv/hub", "hub.cluster.enabled", "true",
                "hub.cluster.node-id", "hub-a"));
        assertThat(env.getProperty("camel.cluster.file.enabled")).isEqualTo("true");
        assertThat(env.getProperty("camel.cluster.kubernetes.enabled")).isEqualTo("false");
        assertThat(env.getProperty("camel.cluster.file.id")).isEqualTo("hub-a");
        assertThat(Path.of(env.getProperty("camel.cluster.file.root"))).isEqualTo(Path.of("/srv/hub/cluster"));
    }

    @Test
    void lockFolderAndKubernetesBySetting() {
        StandardEnvironment env = env(Map.of("hub.cluster.enabled", "true", "hub.cluster.lock-dir", "/nfs/locks",
                "hub.cluster.service", "kubernetes"));
        assertThat(env.getProperty("camel.cluster.file.enabled")).isEqualTo("false");
        assertThat(env.getProperty("camel.cluster.kubernetes.enabled")).isEqualTo("true");
        assertThat(env.getProperty("camel.cluster.file.root")).isEqualTo("/nfs/locks");
        assertThat(env.getProperty("camel.cluster.kubernetes.id")).isEqualTo(env.getProperty("hub.cluster.node-id"));
    }

    @Test
    void twoNodesRefuseWhatIsPerNode() {
        assertThatThrownBy(() -> ClusterConfiguration.checkSharedParts(env(Map.of(
                "spring.artemis.mode", "native", "spring.artemis.broker-url", "tcp://mq:61616",
                "spring.artemis.embedded.enabled", "false"))))
                .hasMessageContaining("spring.datasource.url");
        assertThatThrownBy(() -> ClusterConfiguration.checkSharedParts(env(Map.of(
                "spring.datasource.url", "jdbc:postgresql://db/kokuho", "spring.artemis.mode", "embedded"))))
                .hasMessageContaining("spring.artemis.broker-url");
        ClusterConfiguration.checkSharedParts(env(Map.of("spring.datasource.url", "jdbc:postgresql://db/kokuho",
                "spring.artemis.mode", "native", "spring.artemis.broker-url", "tcp://mq:61616",
                "spring.artemis.embedded.enabled", "false")));
    }

    private static StandardEnvironment env(Map<String, Object> settings) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("test", settings));
        new ClusterDefaults().postProcessEnvironment(env, new SpringApplication());
        return env;
    }
}
