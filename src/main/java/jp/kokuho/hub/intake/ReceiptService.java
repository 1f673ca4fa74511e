package jp.kokuho.hub.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kokuho.hub.config.DataDirectories;
import jp.kokuho.hub.history.FileError;
import jp.kokuho.hub.history.FileErrorRepository;
import jp.kokuho.hub.history.FileReceipt;
import jp.kokuho.hub.history.FileReceiptRepository;

/**
 * The one owner of a receipt's state ({@link ReceiptStatus} and where its file is). Every transition is written, in
 * its own transaction, before the side effect that depends on it: the receipt names the in-progress folder before
 * the import, the import commits IMPORTED with its data, the chosen archive/ or error/ name is written before the
 * move, and the move is recorded after it. A restart from any point therefore finds either the file in its
 * in-progress folder (and continues from the recorded state) or the file at its recorded destination.
 */
@Service
public class ReceiptService {

    private final FileReceiptRepository receipts;
    private final FileErrorRepository errors;
    private final JdbcTemplate jdbc;
    private final DataDirectories dirs;
    private final Clock clock;

    public ReceiptService(FileReceiptRepository receipts, FileErrorRepository errors, JdbcTemplate jdbc,
                          DataDirectories dirs, Clock clock) {
        this.receipts = receipts;
        this.errors = errors;
        this.jdbc = jdbc;
        this.dirs = dirs;
        this.clock = clock;
    }

    /**
     * 受付: a new receipt for a file taken from the inbox, or — for a file taken again from an in-progress folder
     * after a stop — the receipt that names that folder, now pointing at the file's new in-progress folder.
     *
     * @param file        where the file is now (its in-progress folder)
     * @param resumedFrom where it was taken from when that was an in-progress folder, else null
     */
    @Transactional
    public FileReceipt receive(String feed, Path file, Path resumedFrom) {
        if (resumedFrom != null) {
            List<Long> earlier = jdbc.queryForList("select id from file_receipt where location = ? and filed_at is null"
                    + " and status <> 'INTERRUPTED' order by id desc limit 1", Long.class, dirs.relative(resumedFrom));
            if (!earlier.isEmpty()) {
                jdbc.update("update file_receipt set location = ? where id = ?", dirs.relative(file), earlier.get(0));
                return get(earlier.get(0));
            }
        }
        long size;
        try {
            size = Files.size(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        FileReceipt receipt = new FileReceipt(feed, file.getFileName().toString(), size, OffsetDateTime.now(clock));
        receipt.setLocation(dirs.relative(file));
        return receipts.save(receipt);
    }

    @Transactional(readOnly = true)
    public FileReceipt get(long id) {
        return receipts.findById(id).orElseThrow();
    }

    /**
     * An infrastructure fault stopped this attempt: nothing of it was stored. An undecided receipt turns WAITING;
     * a decided one (committed or rejected, its file not yet filed) keeps its status. Either way the cause and
     * since when are recorded.
     */
    public void waiting(long id, String cause) {
        jdbc.update("update file_receipt set status = case when status in ('RECEIVED', 'WAITING') then 'WAITING'"
                        + " else status end, wait_cause = ?, waiting_since = coalesce(waiting_since, ?), retries = retries + 1"
                        + " where id = ?", truncate(cause, 500), OffsetDateTime.now(clock), id);
    }

    /** A wait that could not be recorded when it began (the database was away): recorded once it is back. */
    public void waited(long id, String cause) {
        jdbc.update("update file_receipt set wait_cause = ?, retries = retries + 1 where id = ?", truncate(cause, 500), id);
    }

    /** The IMPORTED transition, inside the import's own transaction: it commits with the data or not at all. */
    static void markImported(Connection c, long receiptId, String interfaceId, ImportSummary summary, String sha256,
                             OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update file_receipt set status = 'IMPORTED', interface_id = ?,"
                + " record_count = ?, error_count = 0, base_date = ?, finished_at = ?, sha256 = ?, waiting_since = null"
                + " where id = ?")) {
            ps.setString(1, interfaceId);
            ps.setLong(2, summary.recordCount());
            ps.setDate(3, summary.baseDate() == null ? null : Date.valueOf(summary.baseDate()));
            ps.setObject(4, now);
            ps.setString(5, sha256);
            ps.setLong(6, receiptId);
            ps.executeUpdate();
        }
    }

    /** REJECTED, DUPLICATE or FAILED with the reasons (the file is still in its in-progress folder). */
    @Transactional
    public FileReceipt rejected(long receiptId, String interfaceId, FileRejectedException rejection) {
        FileReceipt receipt = receipts.findById(receiptId).orElseThrow();
        if (!receipt.getStatus().undecided()) {
            return receipt;
        }
        receipt.setStatus(rejection.status());
        receipt.setInterfaceId(interfaceId);
        receipt.setSha256(rejection.sha256());
        receipt.setErrorCount((int) Math.min(Integer.MAX_VALUE, rejection.errorCount()));
        receipt.setRecordCount(rejection.status() == ReceiptStatus.DUPLICATE || rejection.status() == ReceiptStatus.FAILED
                ? null : (int) rejection.recordCount());
        receipt.setFinishedAt(OffsetDateTime.now(clock));
        receipt.setWaitingSince(null);
        int seq = 0;
        for (ImportError e : rejection.errors()) {
            errors.save(new FileError(receiptId, ++seq, e.recordNo(), e.item(), truncate(e.message(), 2000)));
        }
        return receipts.save(receipt);
    }

    /** The reasons recorded for a rejected receipt, in order. */
    @Transactional(readOnly = true)
    public List<ImportError> reasons(long receiptId) {
        return errors.findByReceiptIdOrderBySeq(receiptId).stream()
                .map(e -> new ImportError(e.getRecordNo(), e.getItem(), e.getMessage())).toList();
    }

    /** The result list (and registration list) were written; paths relative to the data directory. */
    public void listed(long id, String resultList, RegistrationListWriter.Written registration) {
        if (registration == null) {
            jdbc.update("update file_receipt set result_list = ? where id = ?", resultList, id);
        } else {
            jdbc.update("update file_receipt set result_list = ?, registered_count = ?, registration_error_count = ?,"
                            + " registration_list = ? where id = ?", resultList, (int) registration.registered(),
                    (int) registration.rejected(), registration.path(), id);
        }
    }

    /** Before the move: where the file goes (and its reason file, for error/). */
    public void destination(long id, Path destination, Path reasonFile) {
        jdbc.update("update file_receipt set destination = ?, reason_file = ? where id = ?", dirs.relative(destination),
                reasonFile == null ? null : dirs.relative(reasonFile), id);
    }

    /** After the move: the file is in archive/ or error/. */
    public void filed(long id, Path location) {
        jdbc.update("update file_receipt set location = ?, filed_at = ?, waiting_since = null,"
                + " finished_at = coalesce(finished_at, ?) where id = ?", dirs.relative(location),
                OffsetDateTime.now(clock), OffsetDateTime.now(clock), id);
    }

    /**
     * An operator put a rejected file back in its inbox. Only once per receipt, and only while its file is where the
     * receipt says: the update names both, so two retries at once cannot both succeed.
     */
    public boolean retried(long id, String expectedLocation, Path inbox, String operator) {
        return jdbc.update("update file_receipt set location = ?, retried_by = ?, retried_at = ? where id = ?"
                        + " and location = ? and filed_at is not null and retried_at is null"
                        + " and status in ('REJECTED', 'DUPLICATE', 'FAILED')", dirs.relative(inbox),
                truncate(operator, 100), OffsetDateTime.now(clock), id, expectedLocation) == 1;
    }

    /**
     * At start, before the routes: a receipt whose move had happened when the hub stopped (its file at the
     * destination, none left in the in-progress folder) is recorded as filed; an undecided receipt whose file is in
     * no in-progress folder any more (taken away by hand) is INTERRUPTED. Every other unfinished receipt is continued
     * when its in-progress file is taken again.
     */
    @Transactional
    public Recovery recover() {
        int filed = 0;
        int lost = 0;
        for (FileReceipt r : jdbc.query("select id from file_receipt where filed_at is null and status <> 'INTERRUPTED'",
                (rs, i) -> rs.getLong(1)).stream().map(this::get).toList()) {
            boolean inProgress = r.getLocation() != null && Files.exists(dirs.root().resolve(r.getLocation()));
            if (inProgress) {
                continue;
            }
            if (r.getDestination() != null && Files.exists(dirs.root().resolve(r.getDestination()))) {
                filed(r.getId(), dirs.root().resolve(r.getDestination()));
                filed++;
            } else if (r.getStatus().undecided()) {
                jdbc.update("update file_receipt set status = 'INTERRUPTED', finished_at = ?, waiting_since = null"
                        + " where id = ?", OffsetDateTime.now(clock), r.getId());
                lost++;
            }
        }
        return new Recovery(filed, lost);
    }

    /** @param filed moves finished before the stop, now recorded; @param lost undecided receipts without their file */
    public record Recovery(int filed, int lost) {
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

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
