package jp.kokuho.hub.incomeclass;

import java.security.Principal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jp.kokuho.hub.api.ApiError;

import jp.kokuho.hub.api.ApiException;
import jp.kokuho.hub.audit.AuditAction;
import jp.kokuho.hub.audit.AuditLog;

/**
 * {@code GET /api/income-class?insuredNo=&branchNo=&month=YYYY-MM} (inquiry, with 判定根拠) and
 * {@code /api/income-class/overrides} (職権修正: POST sets, DELETE /{id} withdraws, GET lists).
 */
@RestController
@RequestMapping("/api/income-class")
public class IncomeClassController {

    private final IncomeClassService service;
    private final IncomeClassOverrides overrides;
    private final AuditLog audit;

    public IncomeClassController(IncomeClassService service, IncomeClassOverrides overrides, AuditLog audit) {
        this.audit = audit;
        this.service = service;
        this.overrides = overrides;
    }

    @GetMapping
    @Operation(operationId = "incomeClassInquiry", summary = "所得区分 of an insured person in a month, with 判定根拠")
    @ApiResponse(responseCode = "200", description = "the class and its basis")
    @ApiResponse(responseCode = "404", description = "not insured in that month",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ResponseEntity<Map<String, Object>> inquiry(
            @Parameter(description = "被保険者番号, up to 8 digits", example = "12345678",
                    schema = @Schema(type = "string", pattern = "^\\d{1,8}$")) @RequestParam(required = false) String insuredNo,
            @Parameter(description = "枝番, up to 2 digits", example = "01",
                    schema = @Schema(type = "string", pattern = "^\\d{1,2}$")) @RequestParam(required = false) String branchNo,
            @Parameter(description = "the month, YYYY-MM", example = "2026-10",
                    schema = @Schema(type = "string", pattern = "^\\d{4}-\\d{2}$")) @RequestParam(required = false) String month) {
        if (insuredNo == null || !insuredNo.matches("\\d{1,8}") || branchNo == null || !branchNo.matches("\\d{1,2}")) {
            return bad("insuredNo (up to 8 digits) and branchNo (up to 2 digits) are required");
        }
        YearMonth m;
        try {
            m = month(month);
        } catch (IllegalArgumentException e) {
            return bad(e.getMessage());
        }
        String ins = String.format("%08d", Long.parseLong(insuredNo));
        String br = String.format("%02d", Integer.parseInt(branchNo));
        return service.classOf(ins, br, m).<ResponseEntity<Map<String, Object>>>map(a -> ResponseEntity.ok(body(a)))
                .orElseThrow(() -> ApiException.notFound("被保険者 " + ins + "-" + br + " is not insured in " + m));
    }

    static Map<String, Object> body(IncomeClassService.ClassAnswer a) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("insuredNo", a.insuredNo());
        b.put("branchNo", a.branchNo());
        b.put("householdNo", a.householdNo());
        b.put("month", a.month().toString());
        b.put("ageGroup", a.ageGroup());
        b.put("incomeClass", a.incomeClass().trim());
        b.put("incomeClassName", IncomeClass.valueOf(a.incomeClass().trim()).label());
        b.put("computedClass", a.computedClass().trim());
        b.put("overrideId", a.overrideId());
        b.put("taxYear", a.taxYear());
        b.put("unreported", a.unreported());
        b.put("rule", a.rule());
        b.put("basis", a.basis());
        b.put("s", a.s());
        b.put("k", a.k());
        b.put("revenue", a.revenue());
        b.put("decidedOn", a.decidedOn().toString());
        return b;
    }

    @PostMapping("/overrides")
    @Operation(operationId = "setIncomeClassOverride", summary = "職権修正: set a household's 所得区分 for months (admin)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @io.swagger.v3.oas.annotations.media.ExampleObject(value = "{\"householdNo\": \"0000001234\","
                            + " \"fromMonth\": \"2026-10\", \"toMonth\": \"2027-03\", \"incomeClass\": \"A4\","
                            + " \"reason\": \"所得更正の申出\"}"))))
    public ResponseEntity<Map<String, Object>> set(@RequestBody Map<String, String> request, Principal principal,
                                                   @RequestHeader(name = "X-Hub-User", required = false) String user) {
        try {
            long id = overrides.set(request.get("householdNo"), month(request.get("fromMonth")),
                    month(request.get("toMonth")), request.get("incomeClass"), request.get("reason"), actor(principal, user));
            audit.record(AuditAction.OVERRIDE_ADDED, "職権修正 " + id + " 世帯 " + request.get("householdNo"));
            return ResponseEntity.status(HttpStatus.CREATED).body(overrides.get(id));
        } catch (IllegalArgumentException e) {
            return bad(e.getMessage());
        }
    }

    @DeleteMapping("/overrides/{id}")
    @Operation(operationId = "withdrawIncomeClassOverride", summary = "職権修正 withdrawn (admin)")
    public ResponseEntity<Map<String, Object>> withdraw(@PathVariable long id,
                                                        @RequestParam(required = false) String reason,
                                                        Principal principal,
                                                        @RequestHeader(name = "X-Hub-User", required = false) String user) {
        try {
            overrides.withdraw(id, reason, actor(principal, user));
            audit.record(AuditAction.OVERRIDE_REMOVED, "職権修正 " + id);
            return ResponseEntity.ok(overrides.get(id));
        } catch (IllegalArgumentException e) {
            return bad(e.getMessage());
        } catch (IllegalStateException e) {
            throw ApiException.notFound(e.getMessage());
        }
    }

    @GetMapping("/overrides")
    @Operation(operationId = "listIncomeClassOverrides", summary = "職権修正, optionally of one household")
    public List<Map<String, Object>> list(@RequestParam(required = false) String householdNo) {
        return overrides.list(householdNo);
    }

    @GetMapping("/overrides/{id}/audit")
    @Operation(operationId = "incomeClassOverrideAudit", summary = "the history of one 職権修正")
    public List<Map<String, Object>> audit(@PathVariable long id) {
        return overrides.audit(id);
    }

    static String actor(Principal principal, String header) {
        if (principal != null && principal.getName() != null) {
            return principal.getName();
        }
        return header == null || header.isBlank() ? "unknown" : header.trim();
    }

    static YearMonth month(String value) {
        if (value == null || !value.matches("\\d{4}-\\d{2}")) {
            throw new IllegalArgumentException("month must be YYYY-MM, found " + value);
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("month must be YYYY-MM, found " + value);
        }
    }

    /** 400 with the reason, as the API's one error body */
    private static ResponseEntity<Map<String, Object>> bad(String reason) {
        throw ApiException.badRequest(reason);
    }
}
