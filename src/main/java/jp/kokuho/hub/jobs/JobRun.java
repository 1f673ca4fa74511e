package jp.kokuho.hub.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A job run as {@code GET /api/jobs/{id}} answers it (spec "Jobs and the HTTP interface"): id, job, status
 * (RUNNING, SUCCEEDED, FAILED), startedAt, endedAt, counts, files (relative to the data dir), error; plus the
 * parameter, the trigger, a message for operators and who started it (login name; null for a schedule).
 */
public record JobRun(long id, String job, String parameter, String status, String trigger, OffsetDateTime startedAt,
                     OffsetDateTime endedAt, Map<String, Long> counts, List<String> files, String message,
                     String error, String startedBy) {

    static JobRun from(ResultSet rs, ObjectMapper json) throws SQLException {
        try {
            String counts = rs.getString("counts");
            String files = rs.getString("files");
            return new JobRun(rs.getLong("id"), rs.getString("job"), rs.getString("parameters"),
                    rs.getString("status"), rs.getString("trigger"), JobRunner.time(rs.getTimestamp("started_at")),
                    JobRunner.time(rs.getTimestamp("ended_at")),
                    counts == null ? Map.of() : json.readValue(counts, new TypeReference<Map<String, Long>>() { }),
                    files == null ? List.of() : json.readValue(files, new TypeReference<List<String>>() { }),
                    rs.getString("message"), rs.getString("error"), rs.getString("started_by"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("unreadable job_run row", e);
        }
    }
}
