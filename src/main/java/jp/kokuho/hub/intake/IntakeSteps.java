package jp.kokuho.hub.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
 * The steps of the shared intake pipeline as the route template calls them (routes/intake-pipeline.yaml).
 * This class only moves values between the exchange and the services; the work is in the services.
 */
@Component("intake")
public class IntakeSteps {

    static final String FEED = "hubFeed";
    static final String RECEIPT = "hubReceipt";
    static final String RESUMED = "hubResumed";
    /** header read by the route's move option: the name the file gets in archive/ */
    static final String ARCHIVE_NAME = "hubArchiveName";

    private static final Logger log = LoggerFactory.getLogger(IntakeSteps.class);

    private final ReceiptService receipts;
    private final ImportUnit importUnit;
    private final ReceiptOutcomes outcomes;
    private final ImportResultList resultList;
    private final DataDirectories dirs;
    private final FeedImports feeds;
    private final RegistrationLists registrationLists;
    private final DoneMarkers doneMarkers;

    public IntakeSteps(ReceiptService receipts, ImportUnit importUnit, ReceiptOutcomes outcomes,
                       ImportResultList resultList, DataDirectories dirs, FeedImports feeds,
                       RegistrationLists registrationLists, DoneMarkers doneMarkers) {
        this.doneMarkers = doneMarkers;
        this.feeds = feeds;
        this.registrationLists = registrationLists;
        this.receipts = receipts;
        this.importUnit = importUnit;
        this.outcomes = outcomes;
        this.resultList = resultList;
        this.dirs = dirs;
    }

    /** 受付 and 二重取込 check. */
    public void receive(Exchange exchange) throws IOException {
        String feed = exchange.getMessage().getHeader(FEED, String.class);
        Path file = Paths.get(exchange.getMessage().getHeader(Exchange.FILE_PATH, String.class));
        ReceiptService.Received received = receipts.receive(feed, file);
        exchange.setVariable(RECEIPT, received.receipt());
        exchange.setVariable(RESUMED, received.resumed());
        log.info("{}: received {} (受付番号 {}, {} bytes){}", feed, file.getFileName(), received.receipt().getId(),
                received.receipt().getSizeBytes(), received.resumed() ? ": its import had committed; finishing it" : "");
    }

    /** 取込 (and registration) in one transaction, unless an earlier run had committed it already. */
    public void importFile(Exchange exchange) {
        if (Boolean.TRUE.equals(exchange.getVariable(RESUMED))) {
            return;
        }
        FileReceipt receipt = exchange.getVariable(RECEIPT, FileReceipt.class);
        importUnit.run(receipt, Paths.get(exchange.getMessage().getHeader(Exchange.FILE_PATH, String.class)));
    }

    /**
     * 取込結果リスト, the registration list of a feed that declares one (from the outcomes its registration stored
     * in the committed transaction), and the name under which the route archives the file.
     */
    public void finish(Exchange exchange) {
        FileReceipt receipt = outcomes.reload(exchange.getVariable(RECEIPT, FileReceipt.class).getId());
        Path list = resultList.write(receipt, receipt.getInterfaceId(), List.of(), 0);
        RegistrationLists.Written registration = feeds.get(receipt.getFeed()).registrationList()
                .map(registrationList -> registrationLists.write(receipt, registrationList)).orElse(null);
        if (registration != null) {
            log.info("{}: {} 登録 {} 件, エラー {} 件; 登録結果 {}", receipt.getInterfaceId(), receipt.getFileName(),
                    registration.registered(), registration.rejected(), registration.path());
        }
        outcomes.finished(receipt.getId(), dirs.relative(list), registration);
        doneMarkers.remove(Paths.get(exchange.getMessage().getHeader(Exchange.FILE_PATH, String.class)));
        exchange.getMessage().setHeader(ARCHIVE_NAME, archiveName(receipt));
        log.info("{}: {} 正常 ({} 件); 取込結果リスト {}", receipt.getInterfaceId(), receipt.getFileName(),
                receipt.getRecordCount(), dirs.relative(list));
    }

    /**
     * The shared error policy: the file is rejected whole. Records why, writes the 取込結果リスト and
     * {@code error/<feed>/<file>.reason.txt}; the route then moves the file to error/ (the exchange stays failed).
     */
    public void reject(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String feed = exchange.getMessage().getHeader(FEED, String.class);
        String fileName = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        FileRejectedException rejection = cause instanceof FileRejectedException r ? r
                : new FileRejectedException(ReceiptStatus.FAILED, List.of(ImportError.ofFile(
                        "処理中に予期しないエラーが発生しました (" + SafeErrors.describe(cause) + ")")), 1, 0);
        String interfaceId = interfaceIdOf(feed, fileName);
        FileReceipt receipt = exchange.getVariable(RECEIPT, FileReceipt.class);
        String listPath = "";
        if (receipt != null && receipt.getStatus() != ReceiptStatus.IMPORTED) {
            receipt = outcomes.rejected(receipt.getId(), interfaceId, rejection);
            Path list = resultList.write(receipt, interfaceId, rejection.errors(), rejection.errorCount());
            listPath = dirs.relative(list);
            outcomes.finished(receipt.getId(), listPath);
        }
        writeReason(feed, fileName, rejection);
        doneMarkers.remove(Paths.get(exchange.getMessage().getHeader(Exchange.FILE_PATH, String.class)));
        log.warn("{}: {} rejected ({}, {} 件のエラー; 取込結果リスト {}): {}", interfaceId, fileName,
                rejection.status().label(), rejection.errorCount(), listPath,
                rejection.errors().stream().limit(5).map(ImportError::describe).collect(Collectors.joining(" / ")));
    }

    private void writeReason(String feed, String fileName, FileRejectedException rejection) {
        Path reason = dirs.error(feed).resolve(fileName + ".reason.txt");
        OutboxFiles.writeText(reason, java.nio.charset.StandardCharsets.UTF_8, w -> ReasonText.write(w, fileName,
                rejection.status().label(), rejection.errorCount(), rejection.errors()));
    }

    private String interfaceIdOf(String feed, String fileName) {
        try {
            return importUnit.interfaceId(feed, fileName);
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** The file keeps its name in archive/<feed>/<yyyyMMdd>/ unless a file of that name is already there. */
    private String archiveName(FileReceipt receipt) {
        String name = receipt.getFileName();
        Path today = dirs.root().resolve("archive").resolve(receipt.getFeed())
                .resolve(java.time.LocalDate.now(ResultListFormat.JAPAN).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
        if (!Files.exists(today.resolve(name))) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name + "_" + receipt.getId() : name.substring(0, dot) + "_" + receipt.getId() + name.substring(dot);
    }
}
