package jp.kokuho.hub.security;

import javax.management.ObjectName;

import org.jolokia.json.JSONObject;
import org.jolokia.server.core.request.JolokiaExecRequest;
import org.jolokia.server.core.request.JolokiaRequest;
import org.jolokia.server.core.service.api.AbstractJolokiaService;
import org.jolokia.server.core.service.request.RequestInterceptor;
import org.springframework.stereotype.Component;

import jp.kokuho.hub.audit.AuditAction;
import jp.kokuho.hub.audit.AuditLog;

/**
 * Records in the audit trail every route stop, start, suspend and resume done through Jolokia (Hawtio's buttons).
 * Jolokia calls it after a request succeeded, with the request as Jolokia parsed it, on the request's thread (so the
 * user is Spring Security's). Jolokia creates its services itself (META-INF/jolokia/services), so the Spring side
 * hands over the {@link AuditLog} through {@link Bridge}.
 */
public class RouteControlAudit extends AbstractJolokiaService<RequestInterceptor> implements RequestInterceptor {

    private static volatile AuditLog audit;

    public RouteControlAudit(int order) {
        super(RequestInterceptor.class, order);
    }

    @Override
    public void intercept(JolokiaRequest request, JSONObject response) {
        AuditLog log = audit;
        if (log == null || !(request instanceof JolokiaExecRequest exec)) {
            return;
        }
        Object status = response.get("status");
        ObjectName name = exec.getObjectName();
        if (!(status instanceof Number n && n.intValue() == 200) || !JolokiaAccessPolicy.isRouteControl(name, exec.getOperation())) {
            return;
        }
        AuditAction action = switch (JolokiaAccessPolicy.operationName(exec.getOperation())) {
            case "stop" -> AuditAction.ROUTE_STOPPED;
            case "start" -> AuditAction.ROUTE_STARTED;
            case "suspend" -> AuditAction.ROUTE_SUSPENDED;
            default -> AuditAction.ROUTE_RESUMED;
        };
        String route = ObjectName.unquote(quoted(name.getKeyProperty("name")));
        log.record(AuditLog.currentUser(), action, "route " + route, "Jolokia " + exec.getOperation());
    }

    private static String quoted(String value) {
        return value.startsWith("\"") ? value : "\"" + value + "\"";
    }

    /** Hands the Spring-managed audit trail to the Jolokia-created interceptor. */
    @Component
    static class Bridge {
        Bridge(AuditLog auditLog) {
            audit = auditLog;
        }
    }
}
