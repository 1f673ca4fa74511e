package jp.kokuho.hub.intake;

import java.sql.SQLException;

/**
 * Where a feed's records go during the import transaction: each record is checked and staged as it is read;
 * then the checks over the whole file run (duplicates, household rules) and, when the file has no error at
 * all, its rows are registered.
 */
public interface RecordSink<R> extends AutoCloseable {

    /** checks one record (errors into the context) and stages it */
    void accept(R record, int recordNo) throws SQLException;

    /** the checks over the whole file, after the last record */
    void checkFile() throws SQLException;

    /**
     * registers the staged rows; only called when the file has no error. A check the registration itself makes
     * (a merge refusing a key given twice) adds its errors here: the file is then rejected and nothing stays.
     */
    void register() throws SQLException;

    @Override
    void close() throws SQLException;
}
