package jp.kokuho.hub.intake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects every error of one file: all of them are counted, the first {@code cap} are kept for the lists. */
public final class ErrorCollector {

    private final int cap;
    private final List<ImportError> kept = new ArrayList<>();
    private long count;

    public ErrorCollector(int cap) {
        this.cap = cap;
    }

    public void add(ImportError error) {
        count++;
        if (kept.size() < cap) {
            kept.add(error);
        }
    }

    public void add(Integer recordNo, String item, String message) {
        add(new ImportError(recordNo, item, message));
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public long count() {
        return count;
    }

    public List<ImportError> errors() {
        return Collections.unmodifiableList(kept);
    }
}
