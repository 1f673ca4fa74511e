package jp.kokuho.hub.sftp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** hub.sftp.* binds as documented in the README (kebab-case keys, defaults); no binding, no entry. */
class SftpPropertiesTest {

    @Test
    void bindsInboundAndOutboundWithDefaults() {
        MapConfigurationPropertySource source = new MapConfigurationPropertySource(Map.of(
                "hub.sftp.inbound.qualification.host", "kokuho-host",
                "hub.sftp.inbound.qualification.user", "hub",
                "hub.sftp.inbound.qualification.private-key-file", "/etc/kokuho-hub/id_ed25519",
                "hub.sftp.inbound.qualification.known-hosts-file", "/etc/kokuho-hub/known_hosts",
                "hub.sftp.inbound.qualification.remote-dir", "out/qua",
                "hub.sftp.inbound.qualification.remote-done-dir", "done",
                "hub.sftp.outbound.to-sogo.host", "sogo",
                "hub.sftp.outbound.to-sogo.port", "2222",
                "hub.sftp.outbound.to-sogo.poll-ms", "5000"));
        SftpProperties p = new Binder(source).bind("hub.sftp", SftpProperties.class).get();
        SftpProperties.Binding in = p.inbound().get("qualification");
        assertThat(in.host()).isEqualTo("kokuho-host");
        assertThat(in.port()).isEqualTo(22);
        assertThat(in.privateKeyFile()).isEqualTo("/etc/kokuho-hub/id_ed25519");
        assertThat(in.knownHostsFile()).isEqualTo("/etc/kokuho-hub/known_hosts");
        assertThat(in.remoteDir()).isEqualTo("out/qua");
        assertThat(in.remoteDoneDir()).isEqualTo("done");
        assertThat(in.pollMs()).isEqualTo(10000);
        assertThat(in.stableMs()).isEqualTo(2000);
        assertThat(p.outbound()).containsOnlyKeys("to-sogo");
        assertThat(p.outbound().get("to-sogo").port()).isEqualTo(2222);
        assertThat(p.outbound().get("to-sogo").pollMs()).isEqualTo(5000);
    }
}
