package jp.kokuho.hub.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the inbox route may take (its {@code filter}; the route lists the inbox recursively only to find the
 * in-progress folders):
 * <ul>
 * <li>a regular file directly in {@code inbox/<feed>/} — for a done-marker feed only once its marker is there
 * ({@link DoneMarkers});</li>
 * <li>a file in an in-progress folder: the route lists those only when no file is being processed, so one found
 * there was left by a stop (or by an exchange that ended while the file waited on a fault) and is taken again
 * first ({@link IntakeOrder}), once its backoff is due ({@link IntakeWaits});</li>
 * <li>never a symbolic link or a folder of a sender: one WARN line names it, then it is left alone.</li>
 * </ul>
 * The read lock ({@link IntakeReadLock}: Camel's {@code changed} one, or the file's done marker) then decides when a
 * file is complete.
 */
@Component("intakeFilter")
public class IntakeFilter implements GenericFileFilter<Object> {

    private static final Logger log = LoggerFactory.getLogger(IntakeFilter.class);

    private final DoneMarkers doneMarkers;
    private final IntakeWaits waits;
    private final Set<Path> warned = ConcurrentHashMap.newKeySet();

    public IntakeFilter(DoneMarkers doneMarkers, IntakeWaits waits) {
        this.doneMarkers = doneMarkers;
        this.waits = waits;
    }

    @Override
    public boolean accept(GenericFile<Object> file) {
        Path path = Path.of(file.getAbsoluteFilePath()).toAbsolutePath().normalize();
        Path parent = path.getParent();
        boolean inInProgress = parent != null && parent.getParent() != null
                && IntakeFolders.IN_PROGRESS.equals(parent.getParent().getFileName().toString());
        String name = path.getFileName().toString();
        if (Files.isSymbolicLink(path)) {
            warnOnce(path, "a symbolic link in an inbox is never followed or taken in; left alone: {}");
            return false;
        }
        if (file.isDirectory()) {
            if (IntakeFolders.IN_PROGRESS.equals(name)
                    || IntakeFolders.IN_PROGRESS.equals(parent.getFileName().toString())) {
                return true;
            }
            if (!name.startsWith(".")) {
                warnOnce(path, "a folder in an inbox is never taken in; left alone: {}");
            }
            return false;
        }
        if (inInProgress) {
            // a file that waits on a fault is taken again once its backoff is due (IntakeWaits)
            return waits.due(parent.getParent().getParent().getFileName().toString(), name);
        }
        if (parent != null && parent.getFileName() != null
                && IntakeFolders.IN_PROGRESS.equals(parent.getFileName().toString())) {
            return false; // not a file of ours
        }
        return doneMarkers.accept(parent.getFileName().toString(), path);
    }

    private void warnOnce(Path path, String message) {
        if (warned.add(path)) {
            log.warn(message, path);
        }
    }
}
