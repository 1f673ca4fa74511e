package jp.kokuho.hub.history;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import jp.kokuho.hub.intake.ReceiptStatus;

public interface FileReceiptRepository extends JpaRepository<FileReceipt, Long> {

    Optional<FileReceipt> findFirstBySha256AndStatus(String sha256, ReceiptStatus status);

    List<FileReceipt> findByOrderByIdDesc(Pageable page);

    List<FileReceipt> findByFeedOrderByIdDesc(String feed, Pageable page);
}
