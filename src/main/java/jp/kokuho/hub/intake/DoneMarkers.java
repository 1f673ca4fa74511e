package jp.kokuho.hub.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Component;

import jp.kokuho.hub.config.HubProperties;

/**
 * The {@code <name>.done} convention (spec "Folders"): for a feed listed in {@code hub.intake.done-marker-feeds},
 * a file is taken only once its marker is beside it, and the marker goes when the file is taken (a same-name
 * re-send brings a marker of its own). Used by {@link IntakeFilter}.
 */
@Component
public class DoneMarkers {

    static final String SUFFIX = ".done";

    private final HubProperties hub;

    public DoneMarkers(HubProperties hub) {
        this.hub = hub;
    }

    /** whether the file may be taken now */
    public boolean accept(String feed, Path file) {
        return !hub.intake().doneMarker(feed) || Files.exists(marker(file));
    }

    /**
     * whether the sender has said the file is complete: a file of a feed that uses markers (the inbox folder it lies
     * in) with its marker beside it ({@link IntakeReadLock} then takes it without waiting for it to stay unchanged)
     */
    public boolean completeByMarker(Path file) {
        Path folder = file.getParent();
        return folder != null && folder.getFileName() != null
                && hub.intake().doneMarker(folder.getFileName().toString()) && Files.exists(marker(file));
    }

    /** removes the file's marker, if any (after the file left the inbox) */
    public void remove(Path file) {
        try {
            Files.deleteIfExists(marker(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path marker(Path file) {
        return file.resolveSibling(file.getFileName() + SUFFIX);
    }
}
