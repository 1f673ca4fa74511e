package jp.kokuho.hub.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import jp.kokuho.hub.history.FileError;
import jp.kokuho.hub.history.FileErrorRepository;
import jp.kokuho.hub.history.FileReceipt;
import jp.kokuho.hub.history.FileReceiptRepository;
import jp.kokuho.hub.intake.OperatorRetry;

/**
 * Processing history of received files: {@code GET /api/files} (newest first), {@code GET /api/files/{id}} (with the
 * reasons and where the file is now) and {@code POST /api/files/{id}/retry} (operator: a rejected file back to its
 * inbox).
 */
@RestController
@RequestMapping("/api/files")
public class FilesController {

    private final FileReceiptRepository receipts;
    private final FileErrorRepository errors;

    private final OperatorRetry retry;

    public FilesController(FileReceiptRepository receipts, FileErrorRepository errors, OperatorRetry retry) {
        this.retry = retry;
        this.receipts = receipts;
        this.errors = errors;
    }

    public record FileView(long id, String feed, String interfaceId, String fileName, String sha256, long sizeBytes,
                           String status, OffsetDateTime receivedAt, OffsetDateTime finishedAt, Integer recordCount,
                           Integer errorCount, LocalDate baseDate, String resultList, Integer registeredCount,
                           Integer registrationErrorCount, String registrationList, String location,
                           OffsetDateTime filedAt, String reasonFile, String waitCause, OffsetDateTime waitingSince,
                           int retries, String retriedBy, OffsetDateTime retriedAt, List<ErrorView> errors) {
    }

    /** @param location where the file is now (inbox/<feed>/<name>), relative to the data directory */
    public record RetryView(long id, String location, String retriedBy) {
    }

    public record ErrorView(Integer recordNo, String item, String message) {
    }

    @GetMapping
    @Operation(operationId = "listFiles", summary = "Received files, newest first (receivedAt and finishedAt in +09:00)")
    public List<FileView> list(
            @Parameter(description = "only this feed (inbox folder)", example = "qualification")
            @RequestParam(required = false) String feed,
            @Parameter(description = "at most this many (1–1000)", example = "20")
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        PageRequest page = PageRequest.of(0, limit);
        List<FileReceipt> found = feed == null ? receipts.findByOrderByIdDesc(page)
                : receipts.findByFeedOrderByIdDesc(feed, page);
        return found.stream().map(r -> view(r, List.of())).toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getFile", summary = "One received file with its errors")
    public ResponseEntity<FileView> one(@Parameter(description = "受付番号", example = "17") @PathVariable long id) {
        return receipts.findById(id)
                .map(r -> view(r, errors.findByReceiptIdOrderBySeq(r.getId()).stream().map(FilesController::view).toList()))
                .map(ResponseEntity::ok)
                .orElseThrow(() -> ApiException.notFound("no file receipt " + id));
    }

    /**
     * Operator retry: puts the rejected file of receipt {@code id} back in its inbox (after master data or a defect
     * was fixed); it is taken in again as a new receipt. 409 when the file is not in error/ (any more).
     */
    @PostMapping("/{id}/retry")
    public ResponseEntity<?> retry(@PathVariable long id, Authentication user) {
        OperatorRetry.Result result = retry.retry(id, user.getName());
        return switch (result.outcome()) {
            case RETRIED -> ResponseEntity.ok(new RetryView(id, result.message(), user.getName()));
            case NOT_FOUND -> throw ApiException.notFound("no file receipt " + id);
            case CONFLICT -> throw new ApiException(HttpStatus.CONFLICT, result.message());
        };
    }

    private static FileView view(FileReceipt r, List<ErrorView> errors) {
        return new FileView(r.getId(), r.getFeed(), r.getInterfaceId(), r.getFileName(), r.getSha256(),
                r.getSizeBytes(), r.getStatus().name(), r.getReceivedAt(), r.getFinishedAt(), r.getRecordCount(),
                r.getErrorCount(), r.getBaseDate(), r.getResultList(), r.getRegisteredCount(),
                r.getRegistrationErrorCount(), r.getRegistrationList(), r.getLocation(), r.getFiledAt(),
                r.getReasonFile(), r.getWaitCause(), r.getWaitingSince(), r.getRetries(), r.getRetriedBy(),
                r.getRetriedAt(), errors);
    }

    private static ErrorView view(FileError e) {
        return new ErrorView(e.getRecordNo(), e.getItem(), e.getMessage());
    }
}
