package jp.kokuho.hub.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * The feeds whose registration checks qualification against the held IF-QUA (情報集約 {@code aggregation},
 * 特定疾患 {@code disease}) are copied only once the IF-QUA samples have left the inbox (imported or rejected):
 * the inboxes are polled independently, so copying them together would not guarantee the order.
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

    /** feeds registered with 被保険者資格確認 against the held IF-QUA */
    private static final Set<String> AFTER_QUALIFICATION = Set.of("aggregation", "disease");
    private static final long QUALIFICATION_WAIT_MS = 300_000;

    @EventListener(ApplicationReadyEvent.class)
    public void copySamples() throws IOException {
        if (!Files.isDirectory(samples)) {
            log.warn("no sample folder at {}", samples.toAbsolutePath());
            return;
        }
        List<Path> qualification = new ArrayList<>();
        for (String feed : DataDirectories.FEEDS) {
            if (!AFTER_QUALIFICATION.contains(feed)) {
                List<Path> copied = copy(feed);
                if (feed.equals("qualification")) {
                    qualification.addAll(copied);
                }
            }
        }
        log.info("result lists (取込結果リスト) will be written to {}", dirs.outbox("import-results"));
        Thread later = new Thread(() -> copyAfter(qualification), "sample-feeder");
        later.setDaemon(true);
        later.start();
    }

    private void copyAfter(List<Path> qualification) {
        try {
            long until = System.currentTimeMillis() + QUALIFICATION_WAIT_MS;
            while (qualification.stream().anyMatch(Files::exists) && System.currentTimeMillis() < until) {
                Thread.sleep(200);
            }
            for (String feed : DataDirectories.FEEDS) {
                if (AFTER_QUALIFICATION.contains(feed)) {
                    copy(feed);
                }
            }
        } catch (IOException e) {
            log.warn("sample files could not be copied: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** copies samples/<feed>/* into inbox/<feed>/ (complete files); returns the inbox paths */
    private List<Path> copy(String feed) throws IOException {
        Path from = samples.resolve(feed);
        List<Path> copied = new ArrayList<>();
        if (!Files.isDirectory(from)) {
            return copied;
        }
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList()) {
                Path tmp = dirs.inbox(feed).resolve(file.getFileName() + ".part");
                Path target = dirs.inbox(feed).resolve(file.getFileName());
                Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                copied.add(target);
                log.info("sample {} copied to {}", file.getFileName(), dirs.relative(dirs.inbox(feed)));
            }
        }
        return copied;
    }
}
