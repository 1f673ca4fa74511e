package jp.kokuho.hub.console;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import jp.kokuho.hub.jobs.JobDefinition;
import jp.kokuho.hub.jobs.JobRun;
import jp.kokuho.hub.jobs.JobRunner;

/** A job run as the console shows it: the job's Japanese name, status and times in Japanese, its outputs. */
@Component
public class RunViews {

    /** a run as the history shows it */
    public record RunView(JobRun run, String title, String statusLabel, String startedAt, String endedAt,
                          String startedBy, Map<String, Long> counts, List<Output> outputs, String unit) {
        public boolean running() {
            return "RUNNING".equals(run.status());
        }

        public boolean failed() {
            return "FAILED".equals(run.status());
        }

        /** the counts with their Japanese names */
        public List<Map.Entry<String, Long>> namedCounts() {
            return counts.entrySet().stream().map(e -> Map.entry(ConsoleLabels.count(e.getKey()), e.getValue())).toList();
        }
    }

    /** a file a run wrote, with its outbox entry when it is still there */
    public record Output(String path, OutboxCatalog.Entry entry) {
    }

    private final JobRunner runner;
    private final OutboxCatalog outbox;

    public RunViews(JobRunner runner, OutboxCatalog outbox) {
        this.runner = runner;
        this.outbox = outbox;
    }

    public RunView view(JobRun run) {
        String title = runner.definition(run.job()).map(JobDefinition::title).orElse(run.job());
        String unit = runner.definition(run.job()).map(JobDefinition::progressUnit).orElse("件");
        List<Output> outputs = run.files().stream().map(f -> new Output(f, outbox.byRelativePath(f).orElse(null))).toList();
        String who = run.startedBy() != null ? run.startedBy() : "schedule".equals(run.trigger()) ? "スケジュール" : run.trigger();
        return new RunView(run, title, ConsoleLabels.jobStatus(run.status()), ConsoleLabels.time(run.startedAt()),
                ConsoleLabels.time(run.endedAt()), who, run.counts(), outputs, unit);
    }
}
