package jp.kokuho.hub.intake;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kokuho.hub.history.FileError;
import jp.kokuho.hub.history.FileErrorRepository;
import jp.kokuho.hub.history.FileReceipt;
import jp.kokuho.hub.history.FileReceiptRepository;

/** Writes how a received file ended into the processing history (each in its own transaction). */
@Service
public class ReceiptOutcomes {

    private final FileReceiptRepository receipts;
    private final FileErrorRepository errors;
    private final Clock clock;

    public ReceiptOutcomes(FileReceiptRepository receipts, FileErrorRepository errors, Clock clock) {
        this.receipts = receipts;
        this.errors = errors;
        this.clock = clock;
    }

    @Transactional
    public FileReceipt rejected(long receiptId, String interfaceId, FileRejectedException rejection) {
        FileReceipt receipt = receipts.findById(receiptId).orElseThrow();
        receipt.setStatus(rejection.status());
        receipt.setInterfaceId(interfaceId);
        receipt.setSha256(rejection.sha256());
        receipt.setErrorCount((int) Math.min(Integer.MAX_VALUE, rejection.errorCount()));
        receipt.setRecordCount(rejection.status() == ReceiptStatus.DUPLICATE || rejection.status() == ReceiptStatus.FAILED
                ? null : (int) rejection.recordCount());
        receipt.setFinishedAt(OffsetDateTime.now(clock));
        int seq = 0;
        for (ImportError e : rejection.errors()) {
            errors.save(new FileError(receiptId, ++seq, e.recordNo(), e.item(), truncate(e.message())));
        }
        return receipts.save(receipt);
    }

    @Transactional
    public FileReceipt finished(long receiptId, String resultList) {
        return finished(receiptId, resultList, null);
    }

    /** @param registration what the registration step wrote, or null for a feed without one */
    @Transactional
    public FileReceipt finished(long receiptId, String resultList, RegistrationLists.Written registration) {
        FileReceipt receipt = receipts.findById(receiptId).orElseThrow();
        receipt.setResultList(resultList);
        if (registration != null) {
            receipt.setRegistration((int) registration.registered(), (int) registration.rejected(), registration.path());
        }
        receipt.setArchived(true);
        return receipts.save(receipt);
    }

    @Transactional
    public FileReceipt reload(long receiptId) {
        return receipts.findById(receiptId).orElseThrow();
    }

    private static String truncate(String s) {
        return s.length() <= 2000 ? s : s.substring(0, 1997) + "...";
    }
}
