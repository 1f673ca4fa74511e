package jp.kokuho.hub.audit;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import jp.kokuho.hub.api.ApiError;

/**
 * {@code GET /api/audit?user=&action=&limit=} (admin only: SecurityConfiguration), newest first. A limit outside
 * 1–1000 or an unknown action is answered 400 with the error body, as everywhere in the API.
 */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "audit", description = "The audit trail: who changed what (admin only)")
public class AuditController {

    private final AuditLog audit;

    public AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    @Operation(operationId = "listAudit", summary = "The audit trail, newest first (admin only)",
            description = "Every action that changed the hub's state (jobs started by a person, 職権修正 added or"
                    + " removed, files retried, routes stopped or started) and refused logins. The target names"
                    + " things by id, never by personal data. Operators are refused (403).")
    @ApiResponse(responseCode = "200", description = "the entries, newest first",
            content = @Content(mediaType = "application/json",
                    array = @ArraySchema(schema = @Schema(implementation = AuditEntry.class)),
                    examples = @ExampleObject(name = "a job started", value = """
                            [{"id": 17, "occurredAt": "2026-11-10T09:12:03.512+09:00", "username": "operator",
                              "action": "JOB_STARTED", "target": "monthly-report 2026-10", "detail": null,
                              "remoteAddr": "192.0.2.10"}]""")))
    @ApiResponse(responseCode = "400", description = "limit outside 1–1000, or an action that does not exist",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class),
                    examples = @ExampleObject(name = "limit out of range", value = """
                            {"status": 400, "error": "Bad Request", "message": "limit must be greater than or equal to 1, found 0"}""")))
    @ApiResponse(responseCode = "401", description = "login required",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "403", description = "not an admin",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class),
                    examples = @ExampleObject(name = "an operator", value = """
                            {"status": 403, "error": "Forbidden", "message": "this user's role may not do this"}""")))
    public List<AuditEntry> list(
            @Parameter(description = "only this user's entries (the login name; `system` for the hub's own)",
                    example = "operator") @RequestParam(required = false) String user,
            @Parameter(description = "only this kind of action", example = "JOB_STARTED")
            @RequestParam(required = false) AuditAction action,
            @Parameter(description = "at most this many entries (1–1000)", example = "100",
                    schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "1000",
                            defaultValue = "100"))
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return audit.recent(user, action, limit);
    }
}
