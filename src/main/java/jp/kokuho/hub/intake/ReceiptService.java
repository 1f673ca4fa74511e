package jp.kokuho.hub.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kokuho.hub.history.FileReceipt;
import jp.kokuho.hub.history.FileReceiptRepository;

/**
 * 受付: records every file picked up and decides, by the SHA-256 of its content, whether it is new, a
 * 二重取込, or a file whose import committed just before the hub stopped (then it is only finished).
 */
@Service
public class ReceiptService {

    private final FileReceiptRepository receipts;
    private final Clock clock;

    public ReceiptService(FileReceiptRepository receipts, Clock clock) {
        this.receipts = receipts;
        this.clock = clock;
    }

    /**
     * The outcome of receiving a file.
     *
     * @param resumed     its import had committed before the hub stopped: only finish it
     * @param duplicateOf the receipt of the same content taken in before (二重取込), else null
     */
    public record Received(FileReceipt receipt, boolean resumed, FileReceipt duplicateOf) {

        public ImportError duplicateReason() {
            return ImportError.ofFile("二重取込です: 同じ内容のファイルを取込済みです (" + duplicateOf.getFileName()
                    + ", 受付番号 " + duplicateOf.getId() + ", 受付日時 "
                    + ResultListFormat.timestamp(duplicateOf.getReceivedAt()) + ")");
        }
    }

    @Transactional
    public Received receive(String feed, Path file) throws IOException {
        String name = file.getFileName().toString();
        String sha256 = Sha256.of(file);
        Optional<FileReceipt> earlier = receipts.findFirstBySha256AndStatus(sha256, ReceiptStatus.IMPORTED);
        if (earlier.isPresent() && !earlier.get().isArchived() && earlier.get().getFeed().equals(feed)
                && earlier.get().getFileName().equals(name)) {
            return new Received(earlier.get(), true, null);
        }
        FileReceipt receipt = receipts.save(new FileReceipt(feed, name, sha256, Files.size(file),
                OffsetDateTime.now(clock)));
        return new Received(receipt, false, earlier.orElse(null));
    }
}
