package jp.kokuho.hub.intake;

import java.util.List;

/** A file is rejected whole (取込エラー or 二重取込): nothing of it is stored, it goes to error/. */
public class FileRejectedException extends RuntimeException {

    private final ReceiptStatus status;
    private final List<ImportError> errors;
    private final long errorCount;
    private final long recordCount;
    private String sha256;

    public FileRejectedException(ReceiptStatus status, List<ImportError> errors, long errorCount, long recordCount) {
        super(summary(errors, errorCount));
        this.status = status;
        this.errors = List.copyOf(errors);
        this.errorCount = errorCount;
        this.recordCount = recordCount;
    }

    public static FileRejectedException of(ErrorCollector collector, long recordCount) {
        return new FileRejectedException(ReceiptStatus.REJECTED, collector.errors(), collector.count(), recordCount);
    }

    public static FileRejectedException of(ImportError error) {
        return new FileRejectedException(ReceiptStatus.REJECTED, List.of(error), 1, 0);
    }

    private static String summary(List<ImportError> errors, long count) {
        return count + " 件のエラー" + (errors.isEmpty() ? "" : " (最初: " + errors.get(0).describe() + ")");
    }

    /** The content hash, when the file was read far enough to know it. */
    public FileRejectedException withSha256(String sha256) {
        this.sha256 = sha256;
        return this;
    }

    public String sha256() {
        return sha256;
    }

    public ReceiptStatus status() {
        return status;
    }

    public List<ImportError> errors() {
        return errors;
    }

    public long errorCount() {
        return errorCount;
    }

    public long recordCount() {
        return recordCount;
    }
}
