package jp.kokuho.hub.intake;

import java.io.File;
import java.nio.file.Path;

import org.apache.camel.Exchange;
import org.apache.camel.component.file.GenericFile;
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
public class IntakeReadLock extends FileChangedExclusiveReadLockStrategy {

    private final DoneMarkers doneMarkers;

    public IntakeReadLock(HubProperties hub, DoneMarkers doneMarkers) {
        this.doneMarkers = doneMarkers;
        setMinAge(hub.intake().stableMs());
        setMinLength(0);
        setCheckInterval(100);
        setTimeout(0);
        setMarkerFiler(false);
    }

    @Override
    public boolean acquireExclusiveReadLock(GenericFileOperations<File> operations, GenericFile<File> file,
                                            Exchange exchange) throws Exception {
        return doneMarkers.completeByMarker(Path.of(file.getAbsoluteFilePath()))
                || super.acquireExclusiveReadLock(operations, file, exchange);
    }
}
