package jp.kokuho.hub.lifecycle;

import java.sql.SQLTransientException;

/**
 * An import cancelled because the hub is stopping (GracefulStop, after {@code hub.stop.import-timeout}): its
 * transaction rolled back. Transient, with PostgreSQL's SQLSTATE for a cancelled statement (57014): an infrastructure
 * fault, never a fault of the file; the file is taken again at the next start.
 */
public class ImportCancelledException extends SQLTransientException {

    public ImportCancelledException(String fileName, Throwable cause) {
        super("the hub is stopping: the import of " + fileName + " was cancelled and rolled back", "57014", cause);
    }
}
