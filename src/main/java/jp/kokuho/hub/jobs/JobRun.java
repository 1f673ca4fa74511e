package jp.kokuho.hub.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.oas.annotations.media.Schema;

import jp.kokuho.hub.api.ApiTime;

/**
 * A job run as {@code GET /api/jobs/{id}} answers it (spec "Jobs and the HTTP interface"): id, job, status
 * (RUNNING, SUCCEEDED, FAILED), startedAt, endedAt, counts, files (relative to the data dir), error; plus the
 * parameter, the trigger, a message for operators, who started it, the progress ({@code processed} of
 * {@code total}) and warnings.
 */
@Schema(description = "A run of a job")
public record JobRun(
        @Schema(description = "the run's id", example = "42") long id,
        @Schema(description = "the job", example = "monthly-report") String job,
        @Schema(description = "the parameter the run uses: YYYY-MM or YYYY-MM-DD", example = "2026-10") String parameter,
        @Schema(description = "RUNNING, SUCCEEDED or FAILED", allowableValues = {"RUNNING", "SUCCEEDED", "FAILED"},
                example = "RUNNING") String status,
        @Schema(description = "who started it", allowableValues = {"http", "schedule"}, example = "http") String trigger,
        @Schema(description = "start, Japan time", example = "2026-11-10T04:00:00.123+09:00") OffsetDateTime startedAt,
        @Schema(description = "end, Japan time; null while running", example = "2026-11-10T04:01:12.5+09:00",
                nullable = true) OffsetDateTime endedAt,
        @Schema(description = "what the job counted (set when it ends)", example = "{\"households\": 18234}")
        Map<String, Long> counts,
        @Schema(description = "files written, relative to the data directory",
                example = "[\"outbox/monthly-report/事業月報_202610.csv\"]") List<String> files,
        @Schema(description = "a note for operators", nullable = true) String message,
        @Schema(description = "why the run failed; null unless FAILED", nullable = true) String error,
        @Schema(description = "units done: households (income-class, arrears), 被保険者 of the basis (monthly-report),"
                + " records (household-income-file; disease-answer: answers, then the rows of its list), months"
                + " (annual-report); equal to total when the run ended; null before the job reports",
                example = "5200", nullable = true) Long processed,
        @Schema(description = "units in all, counted when the run begins; null until then", example = "18234",
                nullable = true) Long total,
        @Schema(description = "warnings for operators: the run went on, but its result needs a look",
                example = "[\"2027-01 ends after the IF-QUA snapshot of 2026-10-31: later changes are not known\"]")
        List<String> warnings,
        @Schema(description = "the login name of who started it; null for a schedule", example = "operator",
                nullable = true) String startedBy) {

    static JobRun from(ResultSet rs, ObjectMapper json) throws SQLException {
        try {
            String counts = rs.getString("counts");
            String files = rs.getString("files");
            String warnings = rs.getString("warnings");
            return new JobRun(rs.getLong("id"), rs.getString("job"), rs.getString("parameters"),
                    rs.getString("status"), rs.getString("trigger"), ApiTime.of(rs.getTimestamp("started_at")),
                    ApiTime.of(rs.getTimestamp("ended_at")),
                    counts == null ? Map.of() : json.readValue(counts, new TypeReference<Map<String, Long>>() { }),
                    files == null ? List.of() : json.readValue(files, new TypeReference<List<String>>() { }),
                    rs.getString("message"), rs.getString("error"), (Long) rs.getObject("processed"),
                    (Long) rs.getObject("total"),
                    warnings == null ? List.of() : json.readValue(warnings, new TypeReference<List<String>>() { }),
                    rs.getString("started_by"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("unreadable job_run row", e);
        }
    }

    /** this run with the live progress of a run under way */
    JobRun with(JobProgress live) {
        return new JobRun(id, job, parameter, status, trigger, startedAt, endedAt, counts, files, message, error,
                live.processed(), live.total(), live.warnings(), startedBy);
    }
}
