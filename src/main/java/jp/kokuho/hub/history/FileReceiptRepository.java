package jp.kokuho.hub.history;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import jp.kokuho.hub.intake.ReceiptStatus;

public interface FileReceiptRepository extends JpaRepository<FileReceipt, Long> {

    Optional<FileReceipt> findFirstBySha256AndStatus(String sha256, ReceiptStatus status);

    Optional<FileReceipt> findFirstByFeedAndFileNameAndSizeBytesAndStatusAndArchivedFalse(String feed, String fileName,
            long sizeBytes, ReceiptStatus status);

    List<FileReceipt> findByOrderByIdDesc(Pageable page);

    List<FileReceipt> findByFeedOrderByIdDesc(String feed, Pageable page);

    /** At start: files that were being processed when the hub stopped are taken in again; say so. */
    @Modifying
    @Query("update FileReceipt r set r.status = jp.kokuho.hub.intake.ReceiptStatus.INTERRUPTED,"
            + " r.finishedAt = CURRENT_TIMESTAMP where r.status = jp.kokuho.hub.intake.ReceiptStatus.RECEIVED")
    int markInterrupted();
}
