package jp.kokuho.hub.jobs;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Header;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ServiceStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.kokuho.hub.config.DataDirectories;
import jp.kokuho.hub.intake.SafeErrors;

/**
 * Runs jobs as Camel routes ({@link JobRoutes}, routes/jobs.yaml): a run is recorded in {@code job_run} (one run of
 * a job at a time: a unique index on running jobs decides, also across restarts), then handed to the job's route
 * {@code job-<name>}, which calls {@link #execute(long)} on a Camel thread, so that {@code POST} answers 202 at
 * once. Hawtio shows each job route with its exchanges (runs) and failures; an admin stops a job by stopping its
 * route. Counts, files, progress, warnings and the error of each run are kept in its row.
 */
@Service
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    /** the header that carries the run id to the job route */
    public static final String RUN_ID = "hubJobRunId";

    private final Map<String, JobDefinition> jobs;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DataDirectories dirs;
    private final ObjectMapper json;
    private final CamelContext camel;
    private final ProducerTemplate producer;
    private final JobMetrics metrics;
    /** the live progress of the runs under way on this node, by run id */
    private final Map<Long, JobProgress> running = new ConcurrentHashMap<>();

    public JobRunner(List<JobDefinition> definitions, JdbcTemplate jdbc, Clock clock, DataDirectories dirs,
                     ObjectMapper json, CamelContext camel, ProducerTemplate producer, JobMetrics metrics) {
        this.jobs = definitions.stream().collect(Collectors.toMap(JobDefinition::name, Function.identity()));
        this.jdbc = jdbc;
        this.clock = clock;
        this.dirs = dirs;
        this.json = json;
        this.camel = camel;
        this.producer = producer;
        this.metrics = metrics;
        int stale = jdbc.update("update job_run set status = 'FAILED', ended_at = now(),"
                + " error = 'the hub stopped while the job was running' where status = 'RUNNING'");
        if (stale > 0) {
            log.warn("{} job run(s) were running when the hub stopped; marked FAILED", stale);
        }
    }

    public Optional<JobDefinition> definition(String name) {
        return Optional.ofNullable(jobs.get(name));
    }

    public List<String> names() {
        return jobs.keySet().stream().sorted().toList();
    }

    public List<JobDefinition> definitions() {
        return names().stream().map(jobs::get).toList();
    }

    /**
     * Starts a run: records it and hands it to the job's route; returns its id at once. Throws
     * {@link JobAlreadyRunningException} or {@link JobStoppedException}.
     */
    public long start(JobDefinition job, String parameter, String trigger) {
        return start(job, parameter, trigger, null);
    }

    /** Starts a run for a user (the login name, shown in the run history); as {@link #start(JobDefinition, String, String)}. */
    public long start(JobDefinition job, String parameter, String trigger, String startedBy) {
        String routeId = JobRoutes.routeId(job.name());
        if (camel.getRouteController().getRouteStatus(routeId) != ServiceStatus.Started) {
            throw new JobStoppedException(job.name());
        }
        long id = insertRunning(job.name(), parameter, trigger, startedBy);
        running.put(id, new JobProgress());
        log.info("job {} ({}) started by {}{}: id {}", job.name(), parameter, trigger,
                startedBy == null ? "" : " (" + startedBy + ")", id);
        try {
            producer.sendBodyAndHeader(JobRoutes.queue(job.name()), parameter, RUN_ID, id);
        } catch (CamelExecutionException e) {
            // the route stopped between the check and the hand-over: the run never began
            finish(id, "FAILED", null, null, null, "not started: " + new JobStoppedException(job.name()).getMessage());
            running.remove(id);
            throw new JobStoppedException(job.name());
        }
        return id;
    }

    /**
     * Runs a job in the caller's thread, outside its route (a job that needs another job's result first, tests);
     * returns the finished run.
     */
    public JobRun runNow(JobDefinition job, String parameter, String trigger) {
        long id = insertRunning(job.name(), parameter, trigger, null);
        running.put(id, new JobProgress());
        try {
            execute(id);
        } catch (Exception e) {
            // recorded in the run and logged by execute
        }
        return find(id).orElseThrow();
    }

    /** The schedule route's step: starts a scheduled run, or says in one line why it does not. */
    public void scheduled(@Header("hubJob") String name) {
        JobDefinition job = jobs.get(name);
        String parameter = job.scheduledParameter(LocalDate.now(clock));
        try {
            start(job, parameter, "schedule");
        } catch (JobAlreadyRunningException | JobStoppedException e) {
            log.info("scheduled run of {} ({}) skipped: {}", name, parameter, e.getMessage());
        }
    }

    /**
     * The job route's step: runs the job of run {@code runId} on the route's thread and records the outcome. A
     * failed run is recorded and rethrown, so that the route counts it as a failed exchange.
     */
    public void execute(@Header(RUN_ID) long runId) throws Exception {
        JobRun run = find(runId).orElseThrow(() -> new IllegalStateException("no job run " + runId));
        JobDefinition job = jobs.get(run.job());
        JobProgress progress = running.computeIfAbsent(runId, id -> new JobProgress());
        JobContext ctx = new JobContext(runId, LocalDate.now(clock), run.trigger(), progress);
        long started = System.nanoTime();
        try {
            JobResult result = job.run(run.parameter(), ctx);
            List<String> files = result.files().stream().map(dirs::relative).toList();
            finish(runId, "SUCCEEDED", result.counts(), files, result.message(), null);
            metrics.finished(job.name(), "succeeded", System.nanoTime() - started);
            log.info("job {} ({}) id {} succeeded: {} {}{}", job.name(), run.parameter(), runId, result.counts(),
                    result.message() == null ? files : result.message(),
                    progress.warnings().isEmpty() ? "" : "; warnings: " + progress.warnings());
        } catch (Exception | Error e) {
            String reason = SafeErrors.describe(e);
            finish(runId, "FAILED", null, null, null, reason.length() > 2000 ? reason.substring(0, 2000) : reason);
            metrics.finished(job.name(), "failed", System.nanoTime() - started);
            log.error("job {} ({}) id {} failed: {}", job.name(), run.parameter(), runId, reason);
            throw e;
        } finally {
            running.remove(runId);
        }
    }

    private void finish(long id, String status, Map<String, Long> counts, List<String> files, String message,
                        String error) {
        JobProgress progress = running.getOrDefault(id, new JobProgress());
        jdbc.update("update job_run set status = ?, ended_at = ?, counts = ?, files = ?, message = ?, error = ?,"
                        + " processed = ?, total = ?, warnings = ? where id = ?",
                status, Timestamp.from(clock.instant()), counts == null ? null : write(counts),
                files == null ? null : write(files), message, error, progress.processed(), progress.total(),
                progress.warnings().isEmpty() ? null : write(progress.warnings()), id);
    }

    private long insertRunning(String job, String parameter, String trigger, String startedBy) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.update(c -> {
                var ps = c.prepareStatement("insert into job_run (job, parameters, status, trigger, started_at,"
                        + " started_by) values (?, ?, 'RUNNING', ?, ?, ?)", new String[] {"id"});
                ps.setString(1, job);
                ps.setString(2, parameter);
                ps.setString(3, trigger);
                ps.setTimestamp(4, Timestamp.from(clock.instant()));
                ps.setString(5, startedBy);
                return ps;
            }, key);
        } catch (DuplicateKeyException e) {
            Long other = jdbc.query("select id from job_run where job = ? and status = 'RUNNING'",
                    rs -> rs.next() ? rs.getLong(1) : null, job);
            throw new JobAlreadyRunningException(job, other);
        }
        return key.getKey().longValue();
    }

    /** a run, with its live progress while it runs on this node */
    public Optional<JobRun> find(long id) {
        return jdbc.query("select * from job_run where id = ?", (rs, n) -> JobRun.from(rs, json), id).stream()
                .findFirst().map(this::live);
    }

    public List<JobRun> recent(String job, int limit) {
        return (job == null
                ? jdbc.query("select * from job_run order by id desc limit ?", (rs, n) -> JobRun.from(rs, json), limit)
                : jdbc.query("select * from job_run where job = ? order by id desc limit ?",
                        (rs, n) -> JobRun.from(rs, json), job, limit))
                .stream().map(this::live).toList();
    }

    private JobRun live(JobRun run) {
        JobProgress progress = "RUNNING".equals(run.status()) ? running.get(run.id()) : null;
        return progress == null ? run : run.with(progress);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
