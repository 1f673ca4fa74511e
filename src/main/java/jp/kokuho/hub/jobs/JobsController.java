package jp.kokuho.hub.jobs;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import jp.kokuho.hub.api.ApiError;
import jp.kokuho.hub.api.ApiException;
import jp.kokuho.hub.audit.AuditAction;
import jp.kokuho.hub.audit.AuditLog;

/**
 * {@code POST /api/jobs/{job}?month=YYYY-MM|date=YYYY-MM-DD} → 202 with the run, 400 with the reason for a bad
 * parameter, 404 for an unknown job, 409 while a run of that job is under way, 503 while its route is stopped;
 * {@code GET /api/jobs} and {@code GET /api/jobs/{id}}. Errors: one {@link ApiError} body.
 */
@RestController
@RequestMapping("/api/jobs")
@Tag(name = "jobs", description = "Start jobs and follow their runs")
public class JobsController {

    private final JobRunner runner;
    private final Clock clock;
    private final AuditLog audit;

    public JobsController(JobRunner runner, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.runner = runner;
        this.clock = clock;
    }

    @PostMapping("/{job}")
    @Operation(operationId = "startJob", summary = "Start a run of a job",
            description = "Answers at once with the run (status RUNNING); follow it with GET /api/jobs/{id}. The job's"
                    + " parameter is a query parameter (see each parameter for the jobs that read it).")
    @ApiResponse(responseCode = "202", description = "started; Location is the run",
            content = @Content(schema = @Schema(implementation = JobRun.class)))
    @ApiResponse(responseCode = "400", description = "the parameter is missing or malformed, or the job refuses it",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "no such job",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "409", description = "a run of this job is under way",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "503", description = "the job's route is stopped (Hawtio)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ResponseEntity<JobRun> start(
            @Parameter(description = "the job", example = "monthly-report") @PathVariable String job,
            @Parameter(hidden = true) @RequestParam Map<String, String> params,
            @Parameter(hidden = true) Principal principal) {
        JobDefinition definition = runner.definition(job).orElseThrow(() -> ApiException.notFound(
                "unknown job " + job + "; jobs: " + String.join(", ", runner.names())));
        String parameter;
        try {
            parameter = definition.parameter(params, LocalDate.now(clock));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        try {
            long id = runner.start(definition, parameter, "http", principal == null ? null : principal.getName());
            audit.record(AuditAction.JOB_STARTED, job + " " + parameter);
            return ResponseEntity.accepted().location(URI.create("/api/jobs/" + id)).body(runner.find(id).orElseThrow());
        } catch (JobAlreadyRunningException e) {
            throw new ApiException(HttpStatus.CONFLICT, e.getMessage());
        } catch (JobStoppedException e) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        }
    }

    @GetMapping
    @Operation(operationId = "listJobRuns", summary = "The latest runs, newest first")
    @ApiResponse(responseCode = "200", description = "the runs")
    @ApiResponse(responseCode = "400", description = "limit out of range",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public List<JobRun> list(
            @Parameter(description = "only this job", example = "arrears") @RequestParam(required = false) String job,
            @Parameter(description = "at most this many runs (1–1000)", example = "20")
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return runner.recent(job, limit);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getJobRun", summary = "One run, with its progress while it runs")
    @ApiResponse(responseCode = "200", description = "the run")
    @ApiResponse(responseCode = "404", description = "no such run",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public JobRun one(@Parameter(description = "the run's id", example = "42") @PathVariable long id) {
        return runner.find(id).orElseThrow(() -> ApiException.notFound("no job run " + id));
    }
}
