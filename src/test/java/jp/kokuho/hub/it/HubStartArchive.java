package jp.kokuho.hub.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The class path and JVM options of a hub started as its own process, with a class-data archive of its start (the
 * JDK's dynamic AppCDS: {@code -XX:ArchiveClassesAtExit} once, {@code -XX:SharedArchiveFile} after). A hub start is
 * mostly class loading from ~300 jars; with the archive a start took 7.4–10.0 s of CPU instead of 14.1–15.8 s (four
 * starts, 2 CPUs, load 5–6), and the test classes that start hubs start about twenty.
 * <p>
 * Written here because the JDK's archive needs every class path entry to be a jar (it refuses the non-empty
 * directory {@code target/classes}), so the hub's own classes are put into a jar first, and because the training run
 * must be a whole start and a normal stop: Spring Boot's {@code -Dspring.context.exit=onRefresh} ends before the
 * lifecycle beans (Camel, Artemis, the web server) have loaded their classes. The classes in the jar are those of
 * {@code target/classes}: the hub still runs as shipped, without the test classes.
 * <p>
 * When anything of it fails, the hub starts without an archive (slower, the same hub): the archive decides how fast a
 * start is, never what the hub does.
 */
final class HubStartArchive {

    private static final Path DIR = Path.of("target", "hub-start-archive").toAbsolutePath();

    private static String classPath;
    private static List<String> jvmOptions;

    private HubStartArchive() {
    }

    /** the hub's class path: its classes as one jar, then the dependencies' jars */
    static synchronized String classPath() throws IOException {
        if (classPath == null) {
            List<String> entries = new ArrayList<>();
            for (String entry : KillDuringImportIT.classPath().split(java.io.File.pathSeparator)) {
                Path p = Path.of(entry);
                entries.add(Files.isDirectory(p) ? jar(p).toString() : entry);
            }
            classPath = String.join(java.io.File.pathSeparator, entries);
        }
        return classPath;
    }

    /** {@code -XX:SharedArchiveFile=…} once the archive exists; empty when it could not be made */
    static synchronized List<String> jvmOptions() {
        if (jvmOptions == null) {
            jvmOptions = List.of();
            try {
                Path archive = train();
                jvmOptions = List.of("-XX:SharedArchiveFile=" + archive);
            } catch (Exception e) {
                System.err.println("hub processes start without a class-data archive: " + e);
            }
        }
        return jvmOptions;
    }

    private static Path jar(Path classes) throws IOException {
        Files.createDirectories(DIR);
        Path jar = DIR.resolve("hub-classes.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            // directories too: a resource look-up of a folder (Flyway's db/migration, the routes) needs their entries
            for (Path f : files.filter(p -> !p.equals(classes)).sorted(Comparator.naturalOrder()).toList()) {
                String name = classes.relativize(f).toString().replace('\\', '/');
                boolean dir = Files.isDirectory(f);
                out.putNextEntry(new JarEntry(dir ? name + "/" : name));
                if (!dir) {
                    Files.copy(f, out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    /** one whole start of a hub on a data directory of its own, stopped with SIGTERM: the JVM writes the archive as it exits */
    private static Path train() throws Exception {
        Path archive = DIR.resolve("hub.jsa");
        Files.deleteIfExists(archive);
        Path data = Files.createTempDirectory("hub-start-archive");
        int httpPort = HubProcess.freePort();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "-cp", classPath(), "jp.kokuho.hub.HubApplication",
                "--hub.insurer-no=" + HubProcess.INSURER, "--hub.data-dir=" + data, "--server.port=" + httpPort,
                "--hub.embedded-postgres.port=" + HubProcess.freePort(),
                "--hub.security.operator.username=op", "--hub.security.operator.password=op-pw",
                "--hub.security.admin.username=adm", "--hub.security.admin.password=adm-pw"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(DIR.resolve("training.log").toFile()).start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            long limit = System.nanoTime() + Duration.ofSeconds(240).toNanos();
            while (!healthy(client, httpPort)) {
                if (!p.isAlive() || System.nanoTime() > limit) {
                    throw new IllegalStateException("the training start did not become healthy (see " + DIR + "/training.log)");
                }
                Thread.sleep(300);
            }
            p.toHandle().destroy(); // SIGTERM: a normal exit, which writes the archive
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the training start did not stop");
            }
        } finally {
            if (p.isAlive()) {
                p.destroyForcibly().waitFor();
            }
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("no archive written (see " + DIR + "/training.log)");
        }
        return archive;
    }

    private static boolean healthy(HttpClient client, int port) {
        try {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/actuator/health/liveness")).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("UP");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
