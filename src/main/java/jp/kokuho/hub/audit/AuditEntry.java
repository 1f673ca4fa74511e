package jp.kokuho.hub.audit;

import java.time.OffsetDateTime;

/** One row of the audit trail as {@code GET /api/audit} shows it. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String username, String action, String target,
                         String detail, String remoteAddr) {
}
