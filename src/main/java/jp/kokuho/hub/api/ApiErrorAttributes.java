package jp.kokuho.hub.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * The {@link ApiError} body also for errors that never reach a controller (401 and 403 of the login, errors of
 * filters): Spring Boot's {@code /error} answer reduced to {@code status}, {@code error} and {@code message}.
 */
@Component
public class ApiErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> all = super.getErrorAttributes(request,
                options.including(ErrorAttributeOptions.Include.MESSAGE));
        int status = all.get("status") instanceof Integer s ? s : 500;
        // a 5xx message may come from any exception: not shown (the log has it)
        String message = status < 500 && all.get("message") instanceof String m && !m.isBlank()
                && !m.equals("No message available") ? m : defaultMessage(status);
        ApiError body = ApiError.of(HttpStatusCode.valueOf(status), message);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", body.status());
        answer.put("error", body.error());
        answer.put("message", body.message());
        return answer;
    }

    private static String defaultMessage(int status) {
        return switch (status) {
            case 401 -> "login required (HTTP Basic or the login page)";
            case 403 -> "this user's role may not do this";
            case 404 -> "no such resource";
            default -> status >= 500 ? "internal error; the hub's log has the details" : "Error";
        };
    }
}
