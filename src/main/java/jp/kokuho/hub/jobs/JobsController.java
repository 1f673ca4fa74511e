package jp.kokuho.hub.jobs;

import java.net.URI;
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

/**
 * {@code POST /api/jobs/{job}?month=YYYY-MM|date=YYYY-MM-DD} → 202 with the run, 400 with the reason for a bad
 * parameter, 404 for an unknown job, 409 while a run of that job is under way; {@code GET /api/jobs} and
 * {@code GET /api/jobs/{id}}.
 */
@RestController
@RequestMapping("/api/jobs")
public class JobsController {

    private final JobRunner runner;
    private final Clock clock;

    public JobsController(JobRunner runner, Clock clock) {
        this.runner = runner;
        this.clock = clock;
    }

    public record Problem(String error) {
    }

    @PostMapping("/{job}")
    public ResponseEntity<?> start(@PathVariable String job, @RequestParam Map<String, String> params,
                                   java.security.Principal principal) {
        JobDefinition definition = runner.definition(job).orElse(null);
        if (definition == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new Problem("unknown job " + job + "; jobs: "
                    + String.join(", ", runner.names())));
        }
        String parameter;
        try {
            parameter = definition.parameter(params, LocalDate.now(clock));
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(new Problem(e.getMessage()));
        }
        try {
            long id = runner.start(definition, parameter, "http", principal == null ? null : principal.getName());
            return ResponseEntity.accepted().location(URI.create("/api/jobs/" + id)).body(runner.find(id).orElseThrow());
        } catch (JobAlreadyRunningException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(new Problem(e.getMessage()));
        }
    }

    @GetMapping
    public List<JobRun> list(@RequestParam(required = false) String job, @RequestParam(defaultValue = "100") int limit) {
        return runner.recent(job, Math.max(1, Math.min(limit, 1000)));
    }

    @GetMapping("/{id}")
    public ResponseEntity<JobRun> one(@PathVariable long id) {
        return runner.find(id).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }
}
