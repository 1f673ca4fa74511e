package jp.kokuho.hub.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import org.apache.camel.ServiceStatus;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The SFTP routes of routes/sftp.yaml against an in-process MINA SSHD server, on a small CamelContext of their own
 * (the shared Spring context of the ITs stays free of SFTP bindings: its outboxes are other tests' to look at).
 * The routes are the shipped YAML templates instantiated by {@link SftpBindings#addRoutes}, as in the hub; what
 * the inbox does with a fetched file is the intake pipeline's (IntakePipelineIT).
 */
@ExtendWith(OutputCaptureExtension.class)
class SftpRoutesTest {

    @TempDir
    Path work;
    TestSftpServer sftp;
    DefaultCamelContext camel;
    Path data;

    @BeforeEach
    void start() throws Exception {
        sftp = new TestSftpServer(work).start(freePort());
        sftp.writeKnownHosts(sftp.port());
        data = Files.createDirectories(work.resolve("data"));
        for (String dir : new String[] {"inbox/qualification", "outbox/to-sogo"}) {
            Files.createDirectories(data.resolve(dir));
        }
        Files.createDirectories(sftp.root().resolve("in"));
        Files.createDirectories(sftp.root().resolve("out"));
    }

    @AfterEach
    void stop() throws Exception {
        if (camel != null) {
            camel.stop();
        }
        sftp.close();
    }

    private void startCamel(SftpProperties bindings) throws Exception {
        camel = new DefaultCamelContext();
        Properties p = new Properties();
        p.setProperty("hub.data-dir", data.toString());
        camel.getPropertiesComponent().setInitialProperties(p);
        camel.getRegistry().bind("sftpPollStrategy", new SftpPollStrategy());
        PluginHelper.getRoutesLoader(camel).loadRoutes(ResourceHelper.resolveResource(camel, "file:routes/sftp.yaml"));
        camel.start();
        SftpBindings.addRoutes(camel, bindings);
    }

    private SftpProperties.Binding binding(String remoteDir, String doneDir) {
        return new SftpProperties.Binding("127.0.0.1", sftp.port(), "hub", sftp.privateKeyFile().toString(),
                sftp.knownHostsFile().toString(), remoteDir, 200, 500, doneDir);
    }

    private SftpProperties inbound(String doneDir) {
        return new SftpProperties(Map.of("qualification", binding("in", doneDir)), Map.of());
    }

    private SftpProperties outbound() {
        return new SftpProperties(Map.of(), Map.of("to-sogo", binding("out", null)));
    }

    @Test
    void fetchesIntoTheInboxAndDeletesRemotelyOnlyAfterwards() throws Exception {
        startCamel(inbound(null));
        byte[] content = "QUA file bytes\r\n".getBytes(StandardCharsets.US_ASCII);
        Files.write(sftp.root().resolve("in/QUA_139998_20261031.dat"), content);
        Path local = data.resolve("inbox/qualification/QUA_139998_20261031.dat");
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(local)
                && !Files.exists(sftp.root().resolve("in/QUA_139998_20261031.dat")));
        assertThat(Files.readAllBytes(local)).isEqualTo(content);
        try (var files = Files.list(data.resolve("inbox/qualification"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("QUA_139998_20261031.dat");
        }
    }

    @Test
    void movesRemotelyWhenConfigured() throws Exception {
        startCamel(inbound("done"));
        Files.write(sftp.root().resolve("in/TAX_1.csv"), new byte[] {1, 2, 3});
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(sftp.root().resolve("in/done/TAX_1.csv")));
        assertThat(data.resolve("inbox/qualification/TAX_1.csv")).exists();
        assertThat(sftp.root().resolve("in/TAX_1.csv")).doesNotExist();
    }

    @Test
    void aFileStillBeingUploadedIsNotTakenEarly() throws Exception {
        startCamel(inbound(null));
        // a sender's temporary name is never taken
        Path part = sftp.root().resolve("in/QUA_1.dat.part");
        Files.write(part, new byte[] {1});
        // a file whose size keeps changing is not taken while it changes
        Path growing = sftp.root().resolve("in/QUA_2.dat");
        Files.write(growing, new byte[] {1});
        long until = System.currentTimeMillis() + 2500;
        while (System.currentTimeMillis() < until) {
            Files.write(growing, new byte[] {2}, java.nio.file.StandardOpenOption.APPEND);
            Thread.sleep(100);
            assertThat(data.resolve("inbox/qualification/QUA_2.dat")).doesNotExist();
        }
        long size = Files.size(growing);
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(data.resolve("inbox/qualification/QUA_2.dat")));
        assertThat(Files.size(data.resolve("inbox/qualification/QUA_2.dat"))).isEqualTo(size);
        // renamed by the sender when complete: then taken
        assertThat(data.resolve("inbox/qualification/QUA_1.dat.part")).doesNotExist();
        Files.move(part, sftp.root().resolve("in/QUA_1.dat"));
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(data.resolve("inbox/qualification/QUA_1.dat")));
    }

    @Test
    void deliversUnderATemporaryNameThenRenames(CapturedOutput output) throws Exception {
        startCamel(outbound());
        byte[] content = new byte[200_000];
        java.util.Arrays.fill(content, (byte) 'x');
        Files.write(data.resolve("outbox/to-sogo/.SOGO_1.csv.tmp"), content);
        Files.move(data.resolve("outbox/to-sogo/.SOGO_1.csv.tmp"), data.resolve("outbox/to-sogo/SOGO_1.csv"));
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(sftp.root().resolve("out/SOGO_1.csv")));
        assertThat(Files.readAllBytes(sftp.root().resolve("out/SOGO_1.csv"))).isEqualTo(content);
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(data.resolve("outbox/to-sogo/.sent/SOGO_1.csv")));
        assertThat(data.resolve("outbox/to-sogo/SOGO_1.csv")).doesNotExist();
        // written as SOGO_1.csv.part, then renamed (Camel's tempFileName; the server saw the rename)
        assertThat(sftp.root().resolve("out/SOGO_1.csv.part")).doesNotExist();
        assertThat(output.getOut()).contains("SFTP to-sogo: SOGO_1.csv delivered");
    }

    @Test
    void aChangedHostKeyIsRefusedWithAClearLogLine(CapturedOutput output) throws Exception {
        int port = sftp.port();
        sftp.stop();
        sftp.changeHostKey(); // known_hosts still holds the old key
        sftp.start(port);
        startCamel(new SftpProperties(Map.of("qualification", binding("in", null)), Map.of("to-sogo", binding("out", null))));
        Files.write(sftp.root().resolve("in/QUA_3.dat"), new byte[] {1});
        Files.write(data.resolve("outbox/to-sogo/SOGO_2.csv"), new byte[] {1});
        await().atMost(Duration.ofSeconds(20)).until(() -> output.getOut().contains("does not match known_hosts")
                && output.getOut().contains("delivery of SOGO_2.csv"));
        Thread.sleep(1000);
        assertThat(data.resolve("inbox/qualification/QUA_3.dat")).doesNotExist();
        assertThat(sftp.root().resolve("in/QUA_3.dat")).exists();
        assertThat(sftp.root().resolve("out/SOGO_2.csv")).doesNotExist();
        assertThat(data.resolve("outbox/to-sogo/SOGO_2.csv")).exists();
    }

    @Test
    void aServerThatIsDownIsRetriedAndNothingIsLost(CapturedOutput output) throws Exception {
        io.micrometer.core.instrument.Metrics.addRegistry(new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        int port = sftp.port();
        sftp.stop();
        startCamel(new SftpProperties(Map.of("qualification", binding("in", null)), Map.of("to-sogo", binding("out", null))));
        Files.write(sftp.root().resolve("in/QUA_4.dat"), new byte[] {4});
        Files.write(data.resolve("outbox/to-sogo/SOGO_3.csv"), new byte[] {3});
        await().atMost(Duration.ofSeconds(20)).until(() -> output.getOut().contains("failed, retried at the next poll")
                && output.getOut().contains("delivery of SOGO_3.csv"));
        assertThat(data.resolve("outbox/to-sogo/SOGO_3.csv")).exists();
        assertThat(camel.getRouteController().getRouteStatus("sftp-inbound-qualification")).isEqualTo(ServiceStatus.Started);
        // hub_sftp_failures_total{binding, direction} (Micrometer's global registry, which Spring Boot's joins)
        assertThat(io.micrometer.core.instrument.Metrics.globalRegistry.get("hub.sftp.failures")
                .tags("binding", "sftp-inbound-qualification", "direction", "inbound").counter().count()).isPositive();
        assertThat(io.micrometer.core.instrument.Metrics.globalRegistry.get("hub.sftp.failures")
                .tags("binding", "sftp-outbound-to-sogo", "direction", "outbound").counter().count()).isPositive();
        sftp.start(port);
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(data.resolve("inbox/qualification/QUA_4.dat"))
                && Files.exists(sftp.root().resolve("out/SOGO_3.csv")));
        await().atMost(Duration.ofSeconds(10)).until(() -> !Files.exists(sftp.root().resolve("in/QUA_4.dat"))
                && Files.exists(data.resolve("outbox/to-sogo/.sent/SOGO_3.csv")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
