package jp.kokuho.hub.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jp.kokuho.hub.config.DataDirectories;

/**
 * The sample setup (profile {@code sample}): at start, copies the shipped sample files
 * ({@code samples/<feed>/*}) into the inbox, in the order the base feeds build on each other
 * (資格情報, then 住民税・所得情報, then 収納情報). Each result list's path is logged as the file is processed.
 */
@Component
@ConditionalOnProperty(name = "hub.samples.copy-to-inbox", havingValue = "true")
public class SampleFeeder {

    private static final Logger log = LoggerFactory.getLogger(SampleFeeder.class);

    private final DataDirectories dirs;
    private final Path samples;

    public SampleFeeder(DataDirectories dirs, @Value("${hub.samples.dir:./samples}") Path samples) {
        this.dirs = dirs;
        this.samples = samples;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void copySamples() throws IOException {
        if (!Files.isDirectory(samples)) {
            log.warn("no sample folder at {}", samples.toAbsolutePath());
            return;
        }
        for (String feed : DataDirectories.FEEDS) {
            Path from = samples.resolve(feed);
            if (!Files.isDirectory(from)) {
                continue;
            }
            try (Stream<Path> files = Files.list(from)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    Path tmp = dirs.inbox(feed).resolve(file.getFileName() + ".part");
                    Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(tmp, dirs.inbox(feed).resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                    log.info("sample {} copied to {}", file.getFileName(), dirs.relative(dirs.inbox(feed)));
                }
            }
        }
        log.info("result lists (取込結果リスト) will be written to {}", dirs.outbox("import-results"));
    }
}
