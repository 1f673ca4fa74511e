package jp.kokuho.hub.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;
import org.springframework.stereotype.Component;

import jp.kokuho.hub.config.HubProperties;

/**
 * The {@code <name>.done} convention (spec "Folders"): for a feed listed in {@code hub.intake.done-marker-feeds},
 * a file is taken only once its marker is beside it, and the marker goes when the file has gone to archive/ or
 * error/. Other feeds rely on the file being unchanged for {@code stable-ms}. Used by the intake route as its
 * file filter.
 */
@Component("doneMarkers")
public class DoneMarkers implements GenericFileFilter<Object> {

    static final String SUFFIX = ".done";

    private final HubProperties hub;

    public DoneMarkers(HubProperties hub) {
        this.hub = hub;
    }

    @Override
    public boolean accept(GenericFile<Object> file) {
        if (file.isDirectory()) {
            return false;
        }
        Path path = Path.of(file.getAbsoluteFilePath());
        return accept(feedOf(path), path);
    }

    /** whether the file may be taken now */
    public boolean accept(String feed, Path file) {
        return !hub.intake().doneMarker(feed) || Files.exists(marker(file));
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

    private static String feedOf(Path file) {
        return file.getParent().getFileName().toString();
    }
}
