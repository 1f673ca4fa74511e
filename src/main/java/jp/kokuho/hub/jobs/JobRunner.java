package jp.kokuho.hub.jobs;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.kokuho.hub.config.DataDirectories;
import jp.kokuho.hub.intake.SafeErrors;

/**
 * Runs jobs: one run of a job at a time (a unique index on running jobs decides, also across restarts), each run
 * recorded in {@code job_run} with its counts, files and error; the run itself on a job thread, so that
 * {@code POST} answers 202 at once.
 */
@Service
public class JobRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final Map<String, JobDefinition> jobs;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DataDirectories dirs;
    private final ObjectMapper json;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hub-job");
        t.setDaemon(true);
        return t;
    });

    public JobRunner(List<JobDefinition> definitions, JdbcTemplate jdbc, Clock clock, DataDirectories dirs,
                     ObjectMapper json) {
        this.jobs = definitions.stream().collect(Collectors.toMap(JobDefinition::name, Function.identity()));
        this.jdbc = jdbc;
        this.clock = clock;
        this.dirs = dirs;
        this.json = json;
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

    /** Starts a run; returns its id. Throws {@link JobAlreadyRunningException}. */
    public long start(JobDefinition job, String parameter, String trigger) {
        return start(job, parameter, trigger, null);
    }

    /** Starts a run for a user (the login name, shown in the run history); returns its id. */
    public long start(JobDefinition job, String parameter, String trigger, String startedBy) {
        long id = insertRunning(job.name(), parameter, trigger, startedBy);
        LocalDate today = LocalDate.now(clock);
        log.info("job {} ({}) started by {}{}: id {}", job.name(), parameter, trigger,
                startedBy == null ? "" : " (" + startedBy + ")", id);
        executor.submit(() -> execute(job, parameter, new JobContext(id, today, trigger)));
        return id;
    }

    /** Runs a job in the caller's thread (schedules, and jobs that need another job's result first). */
    public JobRun runNow(JobDefinition job, String parameter, String trigger) {
        long id = insertRunning(job.name(), parameter, trigger, null);
        execute(job, parameter, new JobContext(id, LocalDate.now(clock), trigger));
        return find(id).orElseThrow();
    }

    private long insertRunning(String job, String parameter, String trigger, String startedBy) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.update(c -> {
                var ps = c.prepareStatement("insert into job_run (job, parameters, status, trigger, started_at, started_by)"
                        + " values (?, ?, 'RUNNING', ?, ?, ?)", new String[] {"id"});
                ps.setString(1, job);
                ps.setString(2, parameter);
                ps.setString(3, trigger);
                ps.setTimestamp(4, Timestamp.from(clock.instant()));
                ps.setString(5, startedBy);
                return ps;
            }, key);
        } catch (DuplicateKeyException e) {
            Long running = jdbc.query("select id from job_run where job = ? and status = 'RUNNING'",
                    rs -> rs.next() ? rs.getLong(1) : null, job);
            throw new JobAlreadyRunningException(job, running);
        }
        return key.getKey().longValue();
    }

    private void execute(JobDefinition job, String parameter, JobContext ctx) {
        try {
            JobResult result = job.run(parameter, ctx);
            List<String> files = result.files().stream().map(dirs::relative).toList();
            jdbc.update("update job_run set status = 'SUCCEEDED', ended_at = ?, counts = ?, files = ?, message = ?"
                    + " where id = ?", Timestamp.from(clock.instant()), write(result.counts()), write(files),
                    result.message(), ctx.runId());
            log.info("job {} ({}) id {} succeeded: {} {}", job.name(), parameter, ctx.runId(), result.counts(),
                    result.message() == null ? files : result.message());
        } catch (Exception | Error e) {
            String reason = SafeErrors.describe(e);
            jdbc.update("update job_run set status = 'FAILED', ended_at = ?, error = ? where id = ?",
                    Timestamp.from(clock.instant()), reason.length() > 2000 ? reason.substring(0, 2000) : reason,
                    ctx.runId());
            log.error("job {} ({}) id {} failed: {}", job.name(), parameter, ctx.runId(), reason);
        }
    }

    public Optional<JobRun> find(long id) {
        return jdbc.query("select * from job_run where id = ?", (rs, n) -> JobRun.from(rs, json), id).stream()
                .findFirst();
    }

    public List<JobRun> recent(String job, int limit) {
        return job == null
                ? jdbc.query("select * from job_run order by id desc limit ?", (rs, n) -> JobRun.from(rs, json), limit)
                : jdbc.query("select * from job_run where job = ? order by id desc limit ?",
                        (rs, n) -> JobRun.from(rs, json), job, limit);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static OffsetDateTime time(Timestamp t) {
        return t == null ? null : t.toInstant().atOffset(java.time.ZoneOffset.UTC);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
