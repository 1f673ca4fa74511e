package jp.kokuho.hub.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kokuho.hub.audit.AuditAction;
import jp.kokuho.hub.audit.AuditLog;

import jp.kokuho.hub.config.DataDirectories;
import jp.kokuho.hub.history.FileReceipt;
import jp.kokuho.hub.history.FileReceiptRepository;

/**
 * An operator puts a rejected file back in its inbox ({@code POST /api/files/{id}/retry}), e.g. after master data
 * was fixed or a defect was corrected: the file moves from error/ to {@code inbox/<feed>/<its name>} and is taken in
 * as a new receipt. The rejected receipt records who did it and when, and so does the audit trail ({@link AuditLog},
 * FILE_RETRIED), in the same transaction (its reasons stay in the history; the reason file in error/ goes with the
 * file).
 */
@Service
public class OperatorRetry {

    private static final Logger log = LoggerFactory.getLogger(OperatorRetry.class);

    public enum Outcome { RETRIED, NOT_FOUND, CONFLICT }

    /** @param message why not, for a CONFLICT; the inbox path for RETRIED */
    public record Result(Outcome outcome, String message) {
    }

    private final FileReceiptRepository receipts;
    private final ReceiptService states;
    private final DataDirectories dirs;
    private final AuditLog audit;

    public OperatorRetry(FileReceiptRepository receipts, ReceiptService states, DataDirectories dirs, AuditLog audit) {
        this.audit = audit;
        this.receipts = receipts;
        this.states = states;
        this.dirs = dirs;
    }

    /** The move comes last: when it fails, the receipt's update and the audit row roll back with it. */
    @Transactional
    public synchronized Result retry(long id, String operator) {
        FileReceipt receipt = receipts.findById(id).orElse(null);
        if (receipt == null) {
            return new Result(Outcome.NOT_FOUND, "no receipt " + id);
        }
        if (!receipt.getStatus().rejected() || receipt.getFiledAt() == null || receipt.getRetriedAt() != null
                || receipt.getLocation() == null || !receipt.getLocation().startsWith("error/")) {
            return new Result(Outcome.CONFLICT, "the file of receipt " + id + " is not in error/ ("
                    + receipt.getStatus().name() + (receipt.getRetriedAt() != null ? ", already put back by "
                    + receipt.getRetriedBy() : "") + (receipt.getLocation() == null ? "" : ", " + receipt.getLocation()) + ")");
        }
        Path rejected = dirs.root().resolve(receipt.getLocation());
        if (!Files.isRegularFile(rejected, LinkOption.NOFOLLOW_LINKS)) {
            return new Result(Outcome.CONFLICT, receipt.getLocation() + " is no longer there");
        }
        Path inbox = dirs.inbox(receipt.getFeed()).resolve(receipt.getFileName());
        if (Files.exists(inbox, LinkOption.NOFOLLOW_LINKS)) {
            return new Result(Outcome.CONFLICT, "a file named " + receipt.getFileName() + " waits in the inbox already");
        }
        if (!states.retried(id, receipt.getLocation(), inbox, operator)) {
            return new Result(Outcome.CONFLICT, "receipt " + id + " changed meanwhile");
        }
        audit.record(operator, AuditAction.FILE_RETRIED, "receipt " + id + " " + receipt.getFileName(),
                receipt.getLocation() + " -> " + dirs.relative(inbox));
        try {
            Files.move(rejected, inbox);
            Files.deleteIfExists(IntakeFolders.reasonFile(rejected));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot move " + receipt.getLocation() + " back to its inbox", e);
        }
        log.info("{}: {} (受付番号 {}) put back in {} by {} (operator retry)", receipt.getFeed(), receipt.getFileName(),
                id, dirs.relative(inbox), operator);
        return new Result(Outcome.RETRIED, dirs.relative(inbox));
    }
}
