package jp.kokuho.hub.intake;

import java.io.File;
import java.nio.file.Path;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileEndpoint;
import org.apache.camel.component.file.GenericFileExclusiveReadLockStrategy;
import org.apache.camel.component.file.GenericFileOperations;
import org.apache.camel.component.file.strategy.FileChangedExclusiveReadLockStrategy;
import org.springframework.stereotype.Component;

import jp.kokuho.hub.config.HubProperties;

/**
 * The inboxes' read lock ({@code exclusiveReadLockStrategy} of the intake-pipeline template): Camel's own "changed"
 * read lock (a file is taken once its size and time have stayed the same for {@code hub.intake.stable-ms}), except
 * for a file whose sender has said it is complete: a file of a feed in {@code hub.intake.done-marker-feeds} with its
 * {@code <name>.done} beside it is taken at once. Waiting for it to stay unchanged as well only delayed every such file
 * by stable-ms (1 s by default; the intake filter lets it through only once the marker is there).
 * <p>
 * Written here because Camel's read-lock options are set per endpoint, and whether a file has its marker is known per
 * file; everything else is Camel's {@link FileChangedExclusiveReadLockStrategy}, set as the endpoint's options set it
 * before (check every 100 ms, no time limit, empty files too, no {@code .camelLock} marker: the in-progress folder is
 * the claim).
 */
@Component("intakeReadLock")
public class IntakeReadLock implements GenericFileExclusiveReadLockStrategy<File> {

    private final FileChangedExclusiveReadLockStrategy changed = new FileChangedExclusiveReadLockStrategy();
    private final DoneMarkers doneMarkers;

    public IntakeReadLock(HubProperties hub, DoneMarkers doneMarkers) {
        this.doneMarkers = doneMarkers;
        changed.setMinAge(hub.intake().stableMs());
        changed.setMinLength(0);
        changed.setCheckInterval(100);
        changed.setTimeout(0);
        changed.setMarkerFiler(false);
    }

    @Override
    public boolean acquireExclusiveReadLock(GenericFileOperations<File> operations, GenericFile<File> file,
                                            Exchange exchange) throws Exception {
        if (doneMarkers.completeByMarker(Path.of(file.getAbsoluteFilePath()))) {
            return true;
        }
        return changed.acquireExclusiveReadLock(operations, file, exchange);
    }

    @Override
    public void prepareOnStartup(GenericFileOperations<File> operations, GenericFileEndpoint<File> endpoint)
            throws Exception {
        changed.prepareOnStartup(operations, endpoint);
    }

    @Override
    public void releaseExclusiveReadLockOnAbort(GenericFileOperations<File> operations, GenericFile<File> file,
                                                Exchange exchange) throws Exception {
        changed.releaseExclusiveReadLockOnAbort(operations, file, exchange);
    }

    @Override
    public void releaseExclusiveReadLockOnRollback(GenericFileOperations<File> operations, GenericFile<File> file,
                                                   Exchange exchange) throws Exception {
        changed.releaseExclusiveReadLockOnRollback(operations, file, exchange);
    }

    @Override
    public void releaseExclusiveReadLockOnCommit(GenericFileOperations<File> operations, GenericFile<File> file,
                                                 Exchange exchange) throws Exception {
        changed.releaseExclusiveReadLockOnCommit(operations, file, exchange);
    }

    // the settings are this class's own (above); the endpoint has no read-lock options to pass on

    @Override
    public void setTimeout(long timeout) {
        changed.setTimeout(timeout);
    }

    @Override
    public void setCheckInterval(long checkInterval) {
        changed.setCheckInterval(checkInterval);
    }

    @Override
    public void setReadLockLoggingLevel(LoggingLevel level) {
        changed.setReadLockLoggingLevel(level);
    }

    @Override
    public void setMarkerFiler(boolean markerFile) {
        changed.setMarkerFiler(markerFile);
    }

    @Override
    public void setDeleteOrphanLockFiles(boolean deleteOrphanLockFiles) {
        changed.setDeleteOrphanLockFiles(deleteOrphanLockFiles);
    }
}
