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
import org.apache.camel.component.file.strategy.MarkerFileExclusiveReadLockStrategy;
import org.springframework.stereotype.Component;

import jp.kokuho.hub.config.HubProperties;

/**
 * When the intake may take a file (the inbox route's {@code exclusiveReadLockStrategy}): a feed whose sender writes
 * {@code <name>.done} ({@code hub.intake.done-marker-feeds}) is taken as soon as the marker is there ({@link DoneMarkers}
 * filters the rest): the marker says the file is complete, so waiting for it to stay unchanged would only add
 * latency. Every other feed's file is taken once unchanged for {@code hub.intake.stable-ms} (Camel's "changed" read
 * lock, re-checked every 100 ms). Both keep Camel's {@code .camelLock} marker while the file is processed.
 */
@Component("intakeReadLock")
public class IntakeReadLock implements GenericFileExclusiveReadLockStrategy<File> {

    private final HubProperties hub;
    private final FileChangedExclusiveReadLockStrategy stable = new FileChangedExclusiveReadLockStrategy();
    private final MarkerFileExclusiveReadLockStrategy marked = new MarkerFileExclusiveReadLockStrategy();

    public IntakeReadLock(HubProperties hub) {
        this.hub = hub;
        stable.setMinAge(hub.intake().stableMs());
        stable.setCheckInterval(100);
        stable.setMinLength(0);
        // 0: no time limit; the poll waits, re-checking, until the file is old enough and unchanged
        stable.setTimeout(0);
    }

    private GenericFileExclusiveReadLockStrategy<File> of(GenericFile<File> file) {
        Path parent = Path.of(file.getAbsoluteFilePath()).getParent();
        String feed = parent == null ? "" : parent.getFileName().toString();
        return hub.intake().doneMarker(feed) ? marked : stable;
    }

    @Override
    public void prepareOnStartup(GenericFileOperations<File> operations, GenericFileEndpoint<File> endpoint) throws Exception {
        // both remove orphaned .camelLock files of an earlier run in the same way: once is enough
        stable.prepareOnStartup(operations, endpoint);
    }

    @Override
    public boolean acquireExclusiveReadLock(GenericFileOperations<File> operations, GenericFile<File> file, Exchange exchange)
            throws Exception {
        return of(file).acquireExclusiveReadLock(operations, file, exchange);
    }

    @Override
    public void releaseExclusiveReadLockOnAbort(GenericFileOperations<File> operations, GenericFile<File> file,
                                                Exchange exchange) throws Exception {
        of(file).releaseExclusiveReadLockOnAbort(operations, file, exchange);
    }

    @Override
    public void releaseExclusiveReadLockOnRollback(GenericFileOperations<File> operations, GenericFile<File> file,
                                                   Exchange exchange) throws Exception {
        of(file).releaseExclusiveReadLockOnRollback(operations, file, exchange);
    }

    @Override
    public void releaseExclusiveReadLockOnCommit(GenericFileOperations<File> operations, GenericFile<File> file,
                                                 Exchange exchange) throws Exception {
        of(file).releaseExclusiveReadLockOnCommit(operations, file, exchange);
    }

    @Override
    public void setTimeout(long timeout) {
        stable.setTimeout(timeout);
    }

    @Override
    public void setCheckInterval(long checkInterval) {
        stable.setCheckInterval(checkInterval);
    }

    @Override
    public void setReadLockLoggingLevel(LoggingLevel level) {
        stable.setReadLockLoggingLevel(level);
        marked.setReadLockLoggingLevel(level);
    }

    @Override
    public void setMarkerFiler(boolean markerFile) {
        stable.setMarkerFiler(markerFile);
        marked.setMarkerFiler(markerFile);
    }

    @Override
    public void setDeleteOrphanLockFiles(boolean delete) {
        stable.setDeleteOrphanLockFiles(delete);
        marked.setDeleteOrphanLockFiles(delete);
    }
}
