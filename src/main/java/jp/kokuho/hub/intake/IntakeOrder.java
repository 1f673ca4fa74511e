package jp.kokuho.hub.intake;

import java.nio.file.Path;
import java.util.Comparator;

import org.apache.camel.component.file.GenericFile;
import org.springframework.stereotype.Component;

/**
 * The order in which an inbox's files are taken (the route's {@code sorter}): a file left in an in-progress folder by
 * a stop first (it came before anything still in the inbox), then by last change, oldest first, then by name.
 */
@Component("intakeOrder")
public class IntakeOrder implements Comparator<GenericFile<Object>> {

    @Override
    public int compare(GenericFile<Object> a, GenericFile<Object> b) {
        int resumed = Boolean.compare(!inProgress(a), !inProgress(b));
        if (resumed != 0) {
            return resumed;
        }
        int modified = Long.compare(a.getLastModified(), b.getLastModified());
        return modified != 0 ? modified : a.getAbsoluteFilePath().compareTo(b.getAbsoluteFilePath());
    }

    private static boolean inProgress(GenericFile<Object> file) {
        Path parent = Path.of(file.getAbsoluteFilePath()).getParent();
        return parent != null && parent.getParent() != null
                && IntakeFolders.IN_PROGRESS.equals(parent.getParent().getFileName().toString());
    }
}
