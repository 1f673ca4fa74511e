package jp.kokuho.hub.jobs;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a job did: counts, files written (absolute; shown relative to the data dir) and a message for operators
 * (e.g. "nothing open: no file written").
 */
public record JobResult(Map<String, Long> counts, List<Path> files, String message) {

    public static JobResult of(Map<String, Long> counts, List<Path> files) {
        return new JobResult(new LinkedHashMap<>(counts), List.copyOf(files), null);
    }

    public JobResult withMessage(String message) {
        return new JobResult(counts, files, message);
    }
}
