package jp.kokuho.hub.intake;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.concurrent.RejectedExecutionException;

import org.apache.camel.Exchange;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

import jp.kokuho.hub.config.HubProperties;

/**
 * The rule of the intake (docs/reliability.md): a file fault is not an infrastructure fault.
 * <ul>
 * <li>file fault: the file's name, bytes, records or content ({@link FileRejectedException}, 二重取込): error/;</li>
 * <li>infrastructure fault: the database unreachable or its connection lost, a folder not writable, a full disk,
 * the broker, the hub stopping: the file waits and is retried with backoff, for as long as it takes;</li>
 * <li>anything else is a defect meeting this file: retried {@code hub.intake.defect-attempts} times, then FAILED
 * into error/ (so that one poison file cannot block its feed).</li>
 * </ul>
 * The route's error handler asks {@link #retry(Exchange)} after each failed attempt (its {@code retryWhile}).
 */
@Component("intakeFaults")
public class IntakeFaults {

    /** exchange variable: the import of this exchange's receipt has committed (it is never failed then) */
    static final String COMMITTED = "hubCommitted";

    private final HubProperties hub;

    public IntakeFaults(HubProperties hub) {
        this.hub = hub;
    }

    /** whether the fault lies in a part the hub depends on, not in the file or in our code */
    public static boolean isInfrastructure(Throwable fault) {
        for (Throwable t = fault; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FileRejectedException || t instanceof CharacterCodingException) {
                return false;
            }
            if (t instanceof IOException
                    || t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
                    || t instanceof RecoverableDataAccessException || t instanceof CannotCreateTransactionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof RejectedExecutionException || t instanceof InterruptedException
                    || t instanceof jakarta.jms.JMSException) {
                return true;
            }
            if (t instanceof SQLException s && unavailable(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE classes that say the database cannot serve us now, whatever the file: 08 connection, 53 insufficient
     * resources (disk full, out of memory, too many connections), 57P operator intervention (shut down, starting),
     * 58 system error (I/O), 40001/40P01 serialization failure or deadlock, 55P03 lock not available, 25006 read-only,
     * 57014 a statement cancelled (a stop that cancels the running import).
     */
    static boolean unavailable(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")
                || state.startsWith("58") || state.equals("40001") || state.equals("40P01") || state.equals("55P03")
                || state.equals("25006") || state.equals("57014"));
    }

    /** One line naming the part and what it said (never row values: SafeErrors). */
    public static String describe(Throwable fault) {
        for (Throwable t = fault; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FileSystemException f) {
                return "folder or disk: " + f.getClass().getSimpleName() + " " + (f.getMessage() == null ? "" : f.getMessage());
            }
        }
        for (Throwable t = fault; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException || t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException) {
                return "database: " + SafeErrors.describe(t);
            }
        }
        return SafeErrors.describe(fault);
    }

    /** The route's retryWhile: infrastructure faults and committed receipts always, defects a few times. */
    public boolean retry(Exchange exchange) {
        if (!exchange.getContext().getStatus().isStarted()) {
            return false; // the hub is stopping: the file stays in its in-progress folder for the next start
        }
        Throwable fault = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (isInfrastructure(fault) || Boolean.TRUE.equals(exchange.getVariable(COMMITTED))) {
            return true;
        }
        int attempts = exchange.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class);
        return attempts + 1 < hub.intake().defectAttempts();
    }
}
