package jp.kokuho.hub.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;

/** The folder convention of the spec (README "Folders"), created at start. */
@Component
public class DataDirectories {

    public static final List<String> FEEDS = List.of("qualification", "tax", "collection", "aggregation", "disease");
    public static final List<String> OUTBOXES = List.of("import-results", "registration-results",
            "income-class-changes", "arrears", "disease-registrations", "disease-subjects", "monthly-report",
            "annual-report", "to-aggregation", "to-sogo", "to-prefecture");

    private final Path root;

    public DataDirectories(HubProperties properties) {
        this.root = properties.dataDir().toAbsolutePath().normalize();
        try {
            for (String feed : FEEDS) {
                Files.createDirectories(inbox(feed));
                Files.createDirectories(error(feed));
                Files.createDirectories(root.resolve("archive").resolve(feed));
            }
            for (String box : OUTBOXES) {
                Files.createDirectories(outbox(box));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + root, e);
        }
    }

    public Path root() {
        return root;
    }

    public Path inbox(String feed) {
        return root.resolve("inbox").resolve(feed);
    }

    public Path error(String feed) {
        return root.resolve("error").resolve(feed);
    }

    public Path outbox(String box) {
        return root.resolve("outbox").resolve(box);
    }

    /** A path as the HTTP interface shows it: relative to the data directory. */
    public String relative(Path path) {
        return root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
