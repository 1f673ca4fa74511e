package jp.kokuho.hub.intake;

import java.nio.file.Path;
import java.sql.Array;
import java.util.Arrays;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kokuho.hub.config.DataDirectories;
import jp.kokuho.hub.history.FileReceipt;
import jp.kokuho.hub.outbox.OutboxFiles;
import jp.kokuho.hub.outbox.StaffCsv;

/**
 * Writes a feed's {@link RegistrationListLayout} after its import committed, from the outcomes stored in
 * {@code registration_outcome} (streamed with a cursor in a read-only transaction). Writing it again (a restart
 * after the commit) gives the same list.
 */
@Component
public class RegistrationListWriter {

    /** @param path relative to the data directory */
    public record Written(String path, long registered, long rejected) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final DataDirectories dirs;

    public RegistrationListWriter(JdbcTemplate jdbc, TransactionTemplate transaction, DataDirectories dirs) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(1000);
        this.readOnly = new TransactionTemplate(transaction.getTransactionManager());
        this.readOnly.setReadOnly(true);
        this.dirs = dirs;
    }

    public Written write(FileReceipt receipt, RegistrationListLayout list) {
        Path target = dirs.outbox(list.outbox()).resolve(list.fileName(receipt));
        long[] counts = new long[2];
        readOnly.executeWithoutResult(status -> OutboxFiles.writeText(target, StaffCsv.MS932, w -> {
            StaffCsv.row(w, list.header());
            jdbc.query("select record_no, registered, cells from registration_outcome where receipt_id = ?"
                    + " order by record_no", rs -> {
                Array cells = rs.getArray(3);
                RegistrationOutcome o = new RegistrationOutcome(rs.getInt(1), rs.getBoolean(2),
                        Arrays.asList((String[]) cells.getArray()));
                counts[o.registered() ? 0 : 1]++;
                try {
                    StaffCsv.row(w, list.row(receipt, o));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, receipt.getId());
        }));
        return new Written(dirs.relative(target), counts[0], counts[1]);
    }
}
