package jp.kokuho.hub.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The one error body of the HTTP API, for every 4xx and 5xx answer ({@link ApiErrors}, {@link ApiErrorAttributes}).
 *
 * @param status  the HTTP status code
 * @param error   its reason phrase
 * @param message what was wrong, for a person (never personal data)
 */
@Schema(description = "The error body of every 4xx/5xx answer")
public record ApiError(
        @Schema(description = "HTTP status", example = "400") int status,
        @Schema(description = "HTTP reason phrase", example = "Bad Request") String error,
        @Schema(description = "what was wrong", example = "month must be YYYY-MM, found 2026-1") String message) {

    public static ApiError of(HttpStatusCode status, String message) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return new ApiError(status.value(), known == null ? "Error" : known.getReasonPhrase(),
                message == null || message.isBlank() ? (known == null ? "Error" : known.getReasonPhrase()) : message);
    }

    /** an answer with this body */
    public static ResponseEntity<ApiError> answer(HttpStatusCode status, String message) {
        return ResponseEntity.status(status).body(of(status, message));
    }
}
