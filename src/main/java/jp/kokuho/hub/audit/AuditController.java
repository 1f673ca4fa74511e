package jp.kokuho.hub.audit;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/audit?user=&action=&limit=} (admin only: SecurityConfiguration), newest first. */
@RestController
@RequestMapping("/api/audit")
public class AuditController {

    private final AuditLog audit;

    public AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    public List<AuditEntry> list(@RequestParam(required = false) String user,
                                 @RequestParam(required = false) AuditAction action,
                                 @RequestParam(defaultValue = "100") int limit) {
        return audit.recent(user, action, Math.max(1, Math.min(limit, 1000)));
    }
}
