package jp.kokuho.hub.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jp.kokuho.hub.config.DataDirectories;
import jp.kokuho.hub.history.FileReceipt;
import jp.kokuho.hub.outbox.OutboxFiles;

/**
 * The intake pipeline's steps as the route template calls them (routes/intake-pipeline.yaml). One step,
 * {@link #process}, carries the file from its in-progress folder to archive/ or error/ by the receipt's recorded
 * state, so that a retry (Camel's redelivery) or a restart continues where the receipt says. The receipt's id is the
 * only thing carried through the route. {@link #failed} is the error policy's last step.
 */
@Component("intake")
public class IntakeSteps {

    static final String FEED = "hubFeed";
    /** exchange variable: the receipt's id, once it has one */
    static final String RECEIPT_ID = "hubReceiptId";
    /** exchange variables: the infrastructure fault this exchange met, and whether the receipt holds it */
    static final String WAIT_CAUSE = "hubWaitCause";
    static final String WAIT_RECORDED = "hubWaitRecorded";

    private static final Logger log = LoggerFactory.getLogger(IntakeSteps.class);

    private final ReceiptService receipts;
    private final ImportUnit importUnit;
    private final ImportResultList resultList;
    private final DataDirectories dirs;
    private final FeedImports feeds;
    private final RegistrationListWriter registrationListWriter;
    private final DoneMarkers doneMarkers;
    private final IntakeFolders folders;
    private final IntakeCheckpoints checkpoints;
    private final Clock clock;
    private final IntakeWaits waits;

    public IntakeSteps(ReceiptService receipts, ImportUnit importUnit, ImportResultList resultList,
                       DataDirectories dirs, FeedImports feeds, RegistrationListWriter registrationListWriter,
                       DoneMarkers doneMarkers, IntakeFolders folders, IntakeCheckpoints checkpoints, Clock clock,
                       IntakeWaits waits) {
        this.waits = waits;
        this.receipts = receipts;
        this.importUnit = importUnit;
        this.resultList = resultList;
        this.dirs = dirs;
        this.feeds = feeds;
        this.registrationListWriter = registrationListWriter;
        this.doneMarkers = doneMarkers;
        this.folders = folders;
        this.checkpoints = checkpoints;
        this.clock = clock;
    }

    /**
     * 受付 → 取込 (one transaction) → 取込結果リスト → archive/, or for a file fault → 取込結果リスト, reason → error/.
     * An infrastructure fault is recorded on the receipt (when the database can take it) and rethrown: the route
     * retries this step with backoff, and the step continues from the receipt's state.
     */
    public void process(Exchange exchange) {
        String feed = exchange.getMessage().getHeader(FEED, String.class);
        Path file = currentPath(exchange);
        Long id = exchange.getVariable(RECEIPT_ID, Long.class);
        try {
            if (id == null) {
                id = receive(exchange, feed, file).getId();
            }
            FileReceipt receipt = receipts.get(id);
            if (receipt.getStatus().undecided()) {
                recordWait(exchange, id);
                try {
                    importUnit.run(receipt, file);
                    exchange.setVariable(IntakeFaults.COMMITTED, true);
                    checkpoints.reached(IntakeCheckpoints.IMPORTED, receipt.getFileName());
                } catch (FileRejectedException rejection) {
                    receipts.rejected(id, interfaceIdOf(feed, receipt.getFileName()), rejection);
                    checkpoints.reached(IntakeCheckpoints.REJECTED, receipt.getFileName());
                }
                receipt = receipts.get(id);
            } else if (receipt.getStatus() == ReceiptStatus.IMPORTED) {
                exchange.setVariable(IntakeFaults.COMMITTED, true);
            }
            fileAway(receipt, file);
            // the file is filed: nothing more is read from the database (its feed and name do not change)
            wentThrough(receipt);
        } catch (RuntimeException e) {
            // tried again with backoff (IntakeFaults.retry): an infrastructure fault, or any fault once the import
            // committed; either way one WARN line per change of its cause, never a silent loop
            if (IntakeFaults.isInfrastructure(e) || Boolean.TRUE.equals(exchange.getVariable(IntakeFaults.COMMITTED))) {
                waiting(exchange, id, feed, file.getFileName().toString(), e);
            }
            throw e;
        }
    }

    private FileReceipt receive(Exchange exchange, String feed, Path file) {
        checkpoints.reached(IntakeCheckpoints.PICKED_UP, file.getFileName().toString());
        String from = exchange.getProperty(IntakeFolders.PICKED_FROM, String.class);
        Path pickedFrom = from == null ? null : Path.of(from);
        boolean again = pickedFrom != null && folders.isInProgress(pickedFrom);
        FileReceipt receipt = receipts.receive(feed, file, again ? pickedFrom : null);
        exchange.setVariable(RECEIPT_ID, receipt.getId());
        if (again) {
            folders.removeEmptyFolder(pickedFrom);
        } else if (pickedFrom != null) {
            doneMarkers.remove(pickedFrom); // the marker belongs to the file taken; a re-send brings its own
        }
        checkpoints.reached(IntakeCheckpoints.RECEIVED, receipt.getFileName());
        log.info("{}: received {} (受付番号 {}, {} bytes){}", feed, file.getFileName(), receipt.getId(),
                receipt.getSizeBytes(), again ? ": taken again from its in-progress folder after a stop ("
                        + receipt.getStatus().name() + ")" : "");
        return receipt;
    }

    /** The lists, then the move to archive/ or error/, each recorded before what depends on it. */
    private void fileAway(FileReceipt receipt, Path file) {
        if (receipt.getFiledAt() != null) {
            return;
        }
        boolean imported = receipt.getStatus() == ReceiptStatus.IMPORTED;
        List<ImportError> reasons = imported ? List.of() : receipts.reasons(receipt.getId());
        String interfaceId = receipt.getInterfaceId() == null ? "" : receipt.getInterfaceId();
        RegistrationListWriter.Written registration = null;
        if (receipt.getResultList() == null) {
            // the list's name follows from the receipt: written again after a stop, it replaces itself
            Path list = resultList.write(receipt, interfaceId, reasons, receipt.getErrorCount() == null ? 0
                    : receipt.getErrorCount());
            FileReceipt listed = receipt;
            registration = imported ? feeds.get(receipt.getFeed()).registrationList()
                    .map(registrationList -> registrationListWriter.write(listed, registrationList)).orElse(null) : null;
            receipts.listed(receipt.getId(), dirs.relative(list), registration);
            checkpoints.reached(IntakeCheckpoints.LISTED, receipt.getFileName());
            receipt = receipts.get(receipt.getId());
        }
        Path destination;
        if (receipt.getDestination() == null) {
            destination = imported ? folders.archiveDestination(receipt) : folders.errorDestination(receipt);
            receipts.destination(receipt.getId(), destination, imported ? null : IntakeFolders.reasonFile(destination));
            checkpoints.reached(IntakeCheckpoints.DESTINED, receipt.getFileName());
        } else {
            destination = dirs.root().resolve(receipt.getDestination());
        }
        if (!imported) {
            writeReason(IntakeFolders.reasonFile(destination), receipt, reasons);
        }
        if (Files.exists(file) || !Files.exists(destination)) {
            folders.move(file, destination);
        }
        checkpoints.reached(IntakeCheckpoints.MOVED, receipt.getFileName());
        receipts.filed(receipt.getId(), destination);
        if (imported) {
            if (registration != null) {
                log.info("{}: {} 登録 {} 件, エラー {} 件; 登録結果 {}", interfaceId, receipt.getFileName(),
                        registration.registered(), registration.rejected(), registration.path());
            }
            log.info("{}: {} 正常 ({} 件); 取込結果リスト {}", interfaceId, receipt.getFileName(),
                    receipt.getRecordCount(), receipt.getResultList());
        } else {
            log.warn("{}: {} rejected ({}, {} 件のエラー; 取込結果リスト {}; {}): {}", interfaceId, receipt.getFileName(),
                    receipt.getStatus().label(), receipt.getErrorCount(), receipt.getResultList(),
                    dirs.relative(destination), reasons.stream().limit(5).map(ImportError::describe)
                            .collect(Collectors.joining(" / ")));
        }
    }

    /**
     * The error policy's last step, after {@link IntakeFaults#retry} said no more. A defect: the file is FAILED with
     * its cause and goes to error/. An infrastructure fault while the hub stops, or any fault of a committed receipt:
     * nothing is changed, the file stays in its in-progress folder and is taken again (at the next poll or start).
     */
    public void failed(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String feed = exchange.getMessage().getHeader(FEED, String.class);
        Path file = currentPath(exchange);
        Long id = exchange.getVariable(RECEIPT_ID, Long.class);
        if (IntakeFaults.isInfrastructure(cause) || Boolean.TRUE.equals(exchange.getVariable(IntakeFaults.COMMITTED))
                || !exchange.getContext().getStatus().isStarted()) {
            if (!exchange.getContext().getStatus().isStarted()) {
                log.info("{}: {} stays in {} and is taken again at the next start ({})", feed, file.getFileName(),
                        dirs.relative(file.getParent()), IntakeFaults.describe(cause));
            }
            return; // still running: IntakeFilter takes it again once its backoff is due

        }
        log.error("{}: {}: unexpected error, attempts exhausted; the file goes to error/ as {}", feed,
                file.getFileName(), ReceiptStatus.FAILED, cause);
        try {
            if (id == null) {
                id = receive(exchange, feed, file).getId();
            }
            FileReceipt receipt = receipts.get(id);
            if (receipt.getStatus().undecided()) {
                receipts.rejected(id, interfaceIdOf(feed, receipt.getFileName()), new FileRejectedException(
                        ReceiptStatus.FAILED, List.of(ImportError.ofFile("処理中に予期しないエラーが発生しました ("
                                + SafeErrors.describe(cause) + ")")), 1, 0));
                receipt = receipts.get(id);
            }
            if (receipt.getStatus().rejected()) {
                fileAway(receipt, file);
            }
        } catch (RuntimeException e) {
            if (IntakeFaults.isInfrastructure(e)) {
                waiting(exchange, id, feed, file.getFileName().toString(), e);
            } else {
                log.error("{}: {}: cannot be filed as FAILED; it stays in its in-progress folder", feed,
                        file.getFileName(), e);
            }
        }
    }

    private void waiting(Exchange exchange, Long id, String feed, String name, RuntimeException fault) {
        String cause = IntakeFaults.describe(fault);
        if (id != null) {
            try {
                receipts.waiting(id, cause);
                exchange.setVariable(WAIT_RECORDED, true);
            } catch (RuntimeException e) {
                exchange.setVariable(WAIT_RECORDED, false);
                // the database may be the part we wait for: the log and the in-progress folder tell it meanwhile
            }
        }
        exchange.setVariable(WAIT_CAUSE, cause);
        // a stopping hub: no WARN, the error policy's line says the file is taken again at the next start
        if (waits.fault(feed, name, cause).changed() && exchange.getContext().getStatus().isStarted()) {
            log.warn("{}: {}{} waits ({}); nothing is rejected, it is tried again with backoff", feed, name,
                    id == null ? "" : " (受付番号 " + id + ")", cause);
        }
    }

    /** a wait the database could not record when it began (the database was what the file waited for) */
    private void recordWait(Exchange exchange, long id) {
        String cause = exchange.getVariable(WAIT_CAUSE, String.class);
        if (cause != null && !Boolean.TRUE.equals(exchange.getVariable(WAIT_RECORDED))) {
            receipts.waited(id, cause);
            exchange.setVariable(WAIT_RECORDED, true);
        }
    }

    private void wentThrough(FileReceipt receipt) {
        IntakeWaits.Wait waited = waits.ended(receipt.getFeed(), receipt.getFileName());
        if (waited != null) {
            log.info("{}: {} (受付番号 {}) went through after waiting {} s", receipt.getFeed(), receipt.getFileName(),
                    receipt.getId(), IntakeWaits.seconds(waited, clock));
        }
    }

    private void writeReason(Path reason, FileReceipt receipt, List<ImportError> reasons) {
        long count = receipt.getErrorCount() == null ? reasons.size() : receipt.getErrorCount();
        OutboxFiles.writeText(reason, java.nio.charset.StandardCharsets.UTF_8, w -> ReasonText.write(w,
                receipt.getFileName(), receipt.getStatus().label(), count, reasons));
    }

    private static Path currentPath(Exchange exchange) {
        return Paths.get(exchange.getMessage().getHeader(Exchange.FILE_PATH, String.class)).toAbsolutePath().normalize();
    }

    private String interfaceIdOf(String feed, String fileName) {
        try {
            return importUnit.interfaceId(feed, fileName);
        } catch (RuntimeException e) {
            return "";
        }
    }
}
