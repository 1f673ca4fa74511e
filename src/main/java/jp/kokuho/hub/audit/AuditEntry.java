package jp.kokuho.hub.audit;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/** One row of the audit trail as {@code GET /api/audit} shows it. */
@Schema(description = "One entry of the audit trail")
public record AuditEntry(
        @Schema(description = "the entry's id, increasing", example = "17") long id,
        @Schema(description = "when it happened, ISO-8601 in Japan time (+09:00)",
                example = "2026-11-10T09:12:03.512+09:00") OffsetDateTime occurredAt,
        @Schema(description = "the login name; `system` for the hub's own actions", example = "operator")
        String username,
        @Schema(description = "what was done", implementation = AuditAction.class, example = "JOB_STARTED")
        String action,
        @Schema(description = "what it was done to, by id (job and parameter, receipt id and file name, override"
                + " id, route id, user): never personal data", example = "monthly-report 2026-10") String target,
        @Schema(description = "more about it (e.g. the reason of a 職権修正)", nullable = true)
        String detail,
        @Schema(description = "the client's address", nullable = true, example = "192.0.2.10") String remoteAddr) {
}
