package jp.kokuho.hub.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kokuho.hub.config.HubProperties;
import jp.kokuho.hub.history.FileReceipt;
import jp.kokuho.hub.lifecycle.CancellableImports;
import jp.kokuho.hub.lifecycle.ImportCancelledException;

/**
 * One file's import as one database transaction: the feed streams, validates, stages and registers its rows,
 * and the receipt turns IMPORTED in the same commit. Any error collected rolls all of it back, so a rejected
 * file — or a hub stopped mid-file — leaves nothing half-stored.
 */
@Service
public class ImportUnit {

    private static final Logger log = LoggerFactory.getLogger(ImportUnit.class);

    private final FeedImports feeds;
    private final TransactionTemplate transaction;
    private final DataSource dataSource;
    private final HubProperties hub;
    private final Clock clock;
    private final ReceiptService receipts;
    private final CancellableImports cancellable;

    public ImportUnit(FeedImports feeds, TransactionTemplate transaction, DataSource dataSource, HubProperties hub,
                      Clock clock, ReceiptService receipts, CancellableImports cancellable) {
        this.receipts = receipts;
        this.cancellable = cancellable;
        this.feeds = feeds;
        this.transaction = transaction;
        this.dataSource = dataSource;
        this.hub = hub;
        this.clock = clock;
    }

    public String interfaceId(String feed, String fileName) {
        return fileName == null ? feeds.get(feed).interfaceId() : feeds.get(feed).interfaceId(fileName);
    }

    /** Imports the file; throws {@link FileRejectedException} (nothing stored) when it has any error. */
    public ImportSummary run(FileReceipt receipt, Path file) {
        FeedImport feed = feeds.get(receipt.getFeed());
        long started = System.nanoTime();
        ImportSummary summary = attempt(feed, receipt, file);
        log.info("{}: {} imported, {} records in {} ms (受付番号 {})", feed.interfaceId(receipt.getFileName()), receipt.getFileName(),
                summary.recordCount(), (System.nanoTime() - started) / 1_000_000, receipt.getId());
        return summary;
    }

    private ImportSummary attempt(FeedImport feed, FileReceipt receipt, Path file) {
        return transaction.execute(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            ErrorCollector errors = new ErrorCollector(hub.intake().errorCap());
            MessageDigest digest = Sha256.newDigest();
            ImportContext ctx = new ImportContext(receipt.getId(), file, receipt.getFileName(), connection, errors,
                    hub.insurerNo(), LocalDate.now(clock), digest);
            // a stop may cancel the import once hub.stop.import-timeout has passed (GracefulStop): whatever fails
            // then is the stop's doing, never the file's
            CancellableImports.Registration stoppable = cancellable.register(connection, receipt.getFileName());
            try (stoppable) {
                ImportSummary result;
                String sha256;
                try {
                    result = feed.importFile(ctx);
                    sha256 = Sha256.hex(digest);
                    FileReceipt first = receipts.importedWithHash(sha256).orElse(null);
                    if (first != null) {
                        throw new FileRejectedException(ReceiptStatus.DUPLICATE,
                                java.util.List.of(ReceiptService.duplicateReason(first)), 1, 0).withSha256(sha256);
                    }
                    if (errors.isEmpty()) {
                        ReceiptService.markImported(connection, receipt.getId(), feed.interfaceId(receipt.getFileName()), result,
                                sha256, OffsetDateTime.now(clock));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (SQLException e) {
                    throw new IllegalStateException("database error while importing " + receipt.getFileName(), e);
                }
                if (!errors.isEmpty()) {
                    throw FileRejectedException.of(errors, result.recordCount()).withSha256(sha256);
                }
                return result;
            } catch (RuntimeException e) {
                if (stoppable.cancelled()) {
                    throw new IllegalStateException("import cancelled by the stop",
                            new ImportCancelledException(receipt.getFileName(), e));
                }
                throw e;
            }
        });
    }
}
