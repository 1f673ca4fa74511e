package jp.kokuho.hub.history;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FileErrorRepository extends JpaRepository<FileError, Long> {
    List<FileError> findByReceiptIdOrderBySeq(Long receiptId);
}
