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
     * @param resumed its import had committed before the hub stopped: only finish it
     */
    public record Received(FileReceipt receipt, boolean resumed) {
    }

    /**
     * Records the file as received. A file whose import committed just before a stop (same feed, name, size and
     * content as an imported receipt not yet archived) is only finished; every other file is imported, and
     * 二重取込 is decided by its content while it is imported.
     */
    @Transactional
    public Received receive(String feed, Path file) throws IOException {
        String name = file.getFileName().toString();
        long size = Files.size(file);
        Optional<FileReceipt> committed = receipts.findFirstByFeedAndFileNameAndSizeBytesAndStatusAndArchivedFalse(
                feed, name, size, ReceiptStatus.IMPORTED);
        if (committed.isPresent() && Sha256.of(file).equals(committed.get().getSha256())) {
            return new Received(committed.get(), true);
        }
        return new Received(receipts.save(new FileReceipt(feed, name, size, OffsetDateTime.now(clock))), false);
    }

    /** The reason of a 二重取込, naming the file taken in before. */
    public static ImportError duplicateReason(FileReceipt first) {
        return ImportError.ofFile("二重取込です: 同じ内容のファイルを取込済みです (" + first.getFileName() + ", 受付番号 "
                + first.getId() + ", 受付日時 " + ResultListFormat.timestamp(first.getReceivedAt()) + ")");
    }

    @Transactional(readOnly = true)
    public Optional<FileReceipt> importedWithHash(String sha256) {
        return receipts.findFirstBySha256AndStatus(sha256, ReceiptStatus.IMPORTED);
    }
}
