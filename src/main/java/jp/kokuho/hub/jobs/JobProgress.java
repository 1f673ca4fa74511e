package jp.kokuho.hub.jobs;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The live progress of one run: {@code processed} of {@code total} units (households or records, as the job
 * counts them; total null while unknown) and warnings for operators. Jobs report through their {@link JobContext};
 * {@code GET /api/jobs/{id}} reads it while the run is under way, the run's row keeps it afterwards.
 */
public final class JobProgress {

    private volatile Long processed;
    private volatile Long total;
    private final List<String> warnings = new CopyOnWriteArrayList<>();

    void set(long processed, Long total) {
        this.processed = processed;
        if (total != null) {
            this.total = total;
        }
    }

    void total(long total) {
        this.total = total;
    }

    void warn(String warning) {
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
    }

    public Long processed() {
        return processed;
    }

    public Long total() {
        return total;
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }
}
