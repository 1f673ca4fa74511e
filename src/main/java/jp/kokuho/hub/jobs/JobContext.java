package jp.kokuho.hub.jobs;

import java.time.LocalDate;

/** @param runId the job run's id; @param today the processing date (Japan time); @param trigger http or schedule */
public record JobContext(long runId, LocalDate today, String trigger) {
}
