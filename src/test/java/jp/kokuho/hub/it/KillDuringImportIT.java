package jp.kokuho.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kokuho.hub.testdata.KokuhoDataGenerator;

/**
 * kill -9 during a large import, then a restart: the hub runs as its own process exactly as a user starts it (on
 * its embedded PostgreSQL), is killed with SIGKILL while the IF-QUA import is under way, and is started again on
 * the same data directory. Nothing of the file was stored after the kill; after the restart it is imported exactly
 * once, under its one receipt.
 */
@OwnHubProcess
class KillDuringImportIT {

    static final String INSURER = "139998";
    static final LocalDate BASE = LocalDate.of(2026, 10, 31);
    static final int PERSONS = 300_000;

    @TempDir
    Path work;
    Process hub;
    final List<String> output = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopHub() throws Exception {
        if (hub != null && hub.isAlive()) {
            hub.destroy();
            hub.waitFor();
        }
    }

    @Test
    void killedMidFileThenRestartedImportsTheFileExactlyOnce() throws Exception {
        Path gen = Files.createDirectories(work.resolve("gen"));
        KokuhoDataGenerator.Options o = KokuhoDataGenerator.Options.of(gen, INSURER, BASE, PERSONS, 7);
        KokuhoDataGenerator.generate(new KokuhoDataGenerator.Options(o.out(), o.insurerNo(), o.baseDate(),
                o.createdOn(), o.persons(), 0, o.seed(), java.util.Set.of("qua"), o.taxYears(), 0, false));
        String name = KokuhoDataGenerator.quaFileName(INSURER, BASE);
        Path data = work.resolve("data");
        int pgPort = freePort();
        int httpPort = freePort();

        hub = start(data, pgPort, httpPort);
        awaitHealthy(httpPort);
        Path part = data.resolve("inbox/qualification/" + name + ".part");
        Files.copy(gen.resolve(name), part);
        Files.move(part, data.resolve("inbox/qualification/" + name), StandardCopyOption.ATOMIC_MOVE);
        await().atMost(Duration.ofSeconds(30)).until(() -> output.stream().anyMatch(l -> l.contains("received " + name)));
        Thread.sleep(300);
        assertThat(output).noneMatch(l -> l.contains(name + " imported"));
        hub.destroyForcibly().waitFor(); // SIGKILL
        assertThat(output).as("killed before the import finished").noneMatch(l -> l.contains(name + " imported"));

        // the killed hub's PostgreSQL still runs: nothing of the file is in it
        try (Connection c = connect(pgPort)) {
            assertThat(count(c, "select count(*) from qualification")).isZero();
            assertThat(count(c, "select count(*) from file_receipt where status = 'RECEIVED'")).isEqualTo(1);
        }

        output.clear();
        hub = start(data, pgPort, httpPort);
        awaitHealthy(httpPort);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() ->
                Files.notExists(data.resolve("inbox/qualification/" + name)) && archived(data, name));
        try (Connection c = connect(pgPort)) {
            assertThat(count(c, "select count(*) from qualification")).isEqualTo(PERSONS);
            assertThat(count(c, "select count(distinct person_no) from qualification")).isEqualTo(PERSONS);
            // taken again from its in-progress folder under the same receipt: one receipt, IMPORTED
            assertThat(count(c, "select count(*) from file_receipt")).isEqualTo(1);
            assertThat(count(c, "select count(*) from file_receipt where status = 'IMPORTED'")).isEqualTo(1);
        }
        try (Stream<Path> lists = Files.list(data.resolve("outbox/import-results"))) {
            List<Path> all = lists.toList();
            assertThat(all).hasSize(1);
            assertThat(Files.readString(all.get(0), KokuhoCharsets.MS932)).contains(",IF-QUA,正常," + PERSONS + ",");
        }
    }

    private Process start(Path data, int pgPort, int httpPort) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m"));
        cmd.addAll(HubStartArchive.jvmOptions());
        cmd.addAll(List.of("-cp", HubStartArchive.classPath(), "jp.kokuho.hub.HubApplication",
                "--hub.insurer-no=" + INSURER, "--hub.data-dir=" + data, "--hub.embedded-postgres.port=" + pgPort,
                "--server.port=" + httpPort, "--hub.security.operator.username=op", "--hub.security.operator.password=op-pw",
                "--hub.security.admin.username=adm", "--hub.security.admin.password=adm-pw", "--hub.intake.stable-ms=200", "--hub.intake.poll-delay-ms=200"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    output.add(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        return p;
    }

    /**
     * The hub's own class path: the test JVM's, without the test classes (the hub must run as shipped). Surefire
     * starts tests from a manifest-only jar; its manifest holds the entries.
     */
    static String classPath() throws IOException {
        String cp = System.getProperty("java.class.path");
        List<String> paths = new ArrayList<>();
        if (!cp.contains(java.io.File.pathSeparator) && cp.endsWith(".jar")) {
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(cp)) {
                String entries = jar.getManifest().getMainAttributes().getValue("Class-Path");
                for (String url : entries.trim().split("\\s+")) {
                    paths.add(Path.of(URI.create(url)).toString());
                }
            }
        } else {
            paths.addAll(List.of(cp.split(java.io.File.pathSeparator)));
        }
        paths.removeIf(p -> p.endsWith("test-classes") || p.endsWith("test-classes/"));
        return String.join(java.io.File.pathSeparator, paths);
    }

    private void awaitHealthy(int port) {
        HttpClient client = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(300)).ignoreExceptions().until(() -> {
            assertThat(hub.isAlive()).as("hub process alive; output:%n%s", String.join("\n", output)).isTrue();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("UP");
        });
    }

    private static boolean archived(Path data, String name) throws IOException {
        try (Stream<Path> files = Files.walk(data.resolve("archive/qualification"))) {
            return files.anyMatch(p -> p.getFileName().toString().equals(name));
        }
    }

    private static Connection connect(int port) throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static final class KokuhoCharsets {
        static final java.nio.charset.Charset MS932 = java.nio.charset.Charset.forName("windows-31j");
    }
}
