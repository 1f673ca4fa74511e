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
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A hub started as its own process, exactly as a user starts it (the shipped class path, no test classes), for the
 * tests that kill it or cut its database: its console output is kept line by line.
 */
final class HubProcess implements AutoCloseable {

    static final String INSURER = "139998";

    final Path data;
    final int httpPort;
    final List<String> output = new CopyOnWriteArrayList<>();
    /** the node's hub.cluster.node-id (TwoNodesIT) */
    String nodeId;
    private final Process process;
    private Thread reader;

    private HubProcess(Path data, int httpPort, Process process) {
        this.data = data;
        this.httpPort = httpPort;
        this.process = process;
    }

    /**
     * What a test's hub process will do; it decides the JVM's JIT only, never anything the hub does. A start costs
     * most of these tests' time, and C2 compiles during a start compete with it for the CPU: with C1 only
     * ({@code -XX:TieredStopAtLevel=1}) a start took 24–35 s of CPU instead of 56–61 s (2 CPUs, load 20–30). C2's code
     * pays off only over a long import.
     */
    enum Work {
        /** starts, takes small files (samples, a few records), stops or halts: C1 only */
        SMALL_FILES(List.of("-XX:TieredStopAtLevel=1")),
        /** imports large files (100,000 records and more): the JVM's full JIT */
        LARGE_FILES(List.of());

        final List<String> jvmOptions;

        Work(List<String> jvmOptions) {
            this.jvmOptions = jvmOptions;
        }
    }

    /** @param args further {@code --name=value} settings */
    static HubProcess start(Work work, Path data, int httpPort, List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m"));
        cmd.addAll(work.jvmOptions);
        cmd.addAll(HubStartArchive.jvmOptions());
        cmd.addAll(List.of("-cp", HubStartArchive.classPath(), "jp.kokuho.hub.HubApplication",
                "--hub.insurer-no=" + INSURER, "--hub.data-dir=" + data, "--server.port=" + httpPort,
                "--hub.security.operator.username=op", "--hub.security.operator.password=op-pw",
                "--hub.security.admin.username=adm", "--hub.security.admin.password=adm-pw",
                "--hub.intake.stable-ms=200", "--hub.intake.poll-delay-ms=200",
                "--hub.intake.retry-delay-ms=300", "--hub.intake.retry-max-delay-ms=2000"));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        HubProcess hub = new HubProcess(data, httpPort, p);
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    hub.output.add(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        hub.reader = reader;
        return hub;
    }

    /**
     * Waits until the hub answers its liveness probe. When it does not within the limit, the process is ended before
     * the failure is thrown: a caller that never got this object could not close it, and a hub left running (its
     * data directory removed with the test's) would take CPU from every test after it.
     */
    HubProcess awaitHealthy() {
        HttpClient client = HttpClient.newHttpClient();
        try {
            await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(300)).ignoreExceptions().until(() -> {
                assertThat(process.isAlive()).as("hub process alive; output:%n%s", String.join("\n", output)).isTrue();
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort
                        + "/actuator/health/liveness")).build(), HttpResponse.BodyHandlers.ofString());
                return r.statusCode() == 200 && r.body().contains("UP");
            });
        } catch (RuntimeException | Error e) {
            process.destroyForcibly();
            throw e;
        }
        return this;
    }

    boolean logged(String text) {
        return output.stream().anyMatch(l -> l.contains(text));
    }

    long count(String text) {
        return output.stream().filter(l -> l.contains(text)).count();
    }

    boolean alive() {
        return process.isAlive();
    }

    int awaitExit(Duration limit) throws InterruptedException {
        await().atMost(limit).pollInterval(Duration.ofMillis(100)).until(() -> !process.isAlive());
        return process.exitValue();
    }

    /**
     * SIGTERM, as Ctrl-C, systemd or docker stop; waits until the process has ended (at most {@code limit}).
     * Returns how long the stop took.
     */
    Duration terminate(Duration limit) throws InterruptedException {
        long sent = System.nanoTime();
        process.toHandle().destroy(); // SIGTERM only (Process.destroy() would also close our end of its output)
        if (!process.waitFor(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the hub did not stop within " + limit + "; its output:\n" + String.join("\n", output));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - sent);
        reader.join(10_000); // its last lines
        return took;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static Connection connect(int port) throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
    }

    static long count(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<String> strings(Connection c, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
