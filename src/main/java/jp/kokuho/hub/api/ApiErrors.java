package jp.kokuho.hub.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every error answer of the controllers as one {@link ApiError} body: {@link ApiException} and Spring MVC's own
 * (a missing or malformed parameter is 400, an unknown path 404, a wrong method 405). Errors outside the
 * controllers (401 and 403 of the login, …) get the same body from {@link ApiErrorAttributes}.
 */
@RestControllerAdvice
public class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> api(ApiException e) {
        return ApiError.answer(e.status(), e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        String type = e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName();
        return ApiError.answer(HttpStatus.BAD_REQUEST, e.getName() + " must be " + switch (type) {
            case "long", "Long", "int", "Integer" -> "a whole number";
            default -> "a " + type;
        } + ", found " + e.getValue());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
        return ApiError.answer(HttpStatus.BAD_REQUEST, e.getParameterName() + " is required");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return ApiError.answer(HttpStatus.BAD_REQUEST, "the request body is not readable JSON");
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ApiError> invalid(HandlerMethodValidationException e) {
        String reasons = String.join("; ", e.getParameterValidationResults().stream()
                .map(r -> r.getMethodParameter().getParameterName() + " "
                        + r.getResolvableErrors().stream().map(m -> m.getDefaultMessage()).toList().get(0)
                        + ", found " + r.getArgument())
                .toList());
        return ApiError.answer(HttpStatus.BAD_REQUEST, reasons);
    }

    /** Spring MVC's own answers as they are; anything else is a defect: logged with its stack trace, answered without it */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> defect(Exception e) {
        if (e instanceof ErrorResponse r) { // Spring MVC's own answers: 404 of an unknown path, 405, 406, …
            return ApiError.answer(r.getStatusCode(), r.getBody().getDetail());
        }
        log.error("HTTP request failed", e);
        return ApiError.answer(HttpStatus.INTERNAL_SERVER_ERROR, "internal error; the hub's log has the details");
    }
}
