package jp.kokuho.hub.jobs;

import java.time.LocalDate;

/**
 * What a running job knows and reports.
 *
 * @param runId    the job run's id
 * @param today    the processing date (Japan time)
 * @param trigger  http or schedule
 * @param progress where {@link #progress(long, long)} and {@link #warn(String)} go
 */
public record JobContext(long runId, LocalDate today, String trigger, JobProgress progress) {

    /** a context whose progress nobody reads (tests, a job run inside another) */
    public JobContext(long runId, LocalDate today, String trigger) {
        this(runId, today, trigger, new JobProgress());
    }

    /** the size of the work, once known (households or records) */
    public void total(long total) {
        progress.total(total);
    }

    /** {@code processed} of {@code total} units done (cheap: call it as often as you like) */
    public void progress(long processed, long total) {
        progress.set(processed, total);
    }

    /** {@code processed} units done, the total as given before */
    public void progress(long processed) {
        progress.set(processed, null);
    }

    /**
     * A warning for operators, shown with the run ({@code warnings}) and logged once: the run goes on, but its
     * result needs a look (e.g. the month lies outside what the held snapshots cover).
     */
    public void warn(String warning) {
        progress.warn(warning);
    }
}
