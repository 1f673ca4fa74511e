package jp.kokuho.hub.lifecycle;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The database connections of the imports under way, so that a stop can cancel their running statement when the
 * import timeout has passed (PostgreSQL's cancel request: the statement fails with 57014 and the import's
 * transaction rolls back; the connection itself stays usable). JDBC offers no other way to end a statement that
 * is blocked in the server or in the middle of a COPY: interrupting the Java thread does not reach it.
 */
@Component
public class CancellableImports {

    private static final Logger log = LoggerFactory.getLogger(CancellableImports.class);

    private final Set<Registration> running = ConcurrentHashMap.newKeySet();

    /** Registers an import's connection until the returned registration is closed (before the connection is released). */
    public Registration register(Connection connection, String what) {
        Registration r = new Registration(connection, what);
        running.add(r);
        return r;
    }

    /** what is under way (file names) */
    public java.util.List<String> names() {
        return running.stream().map(r -> r.what).toList();
    }

    public boolean isEmpty() {
        return running.isEmpty();
    }

    /** Sends a cancel request for each import under way; returns what was cancelled. */
    public java.util.List<String> cancelAll() {
        java.util.List<String> cancelled = new java.util.ArrayList<>();
        for (Registration r : running) {
            if (r.cancel()) {
                cancelled.add(r.what);
            }
        }
        return cancelled;
    }

    /**
     * One import's connection and thread; closing it (try-with-resources, on the import's thread) ends the
     * registration.
     */
    public final class Registration implements AutoCloseable {
        private final Connection connection;
        private final String what;
        private final Thread thread = Thread.currentThread();
        private boolean closed;
        private volatile boolean cancelled;

        private Registration(Connection connection, String what) {
            this.connection = connection;
            this.what = what;
        }

        /**
         * The running statement is cancelled (the database stops it and the transaction can only roll back) and the
         * import's thread interrupted: its next read of the file fails at once (the file is read through an
         * interruptible channel), so the Java side does not go on decoding the rest of the file for a COPY that the
         * database has already refused. Synchronized with close(): neither reaches the connection or the thread once
         * the import is over.
         */
        private synchronized boolean cancel() {
            if (closed) {
                return false;
            }
            if (!cancelled) {
                cancelled = true;
                thread.interrupt();
            }
            try {
                connection.unwrap(PGConnection.class).cancelQuery();
                return true;
            } catch (SQLException e) {
                log.info("the statement of the import of {} could not be cancelled ({}); the database's own stop"
                        + " ends it", what, e.getMessage());
                return false;
            }
        }

        /** whether the stop cancelled this import (its failure is then the stop's, not the file's) */
        public boolean cancelled() {
            return cancelled;
        }

        @Override
        public synchronized void close() {
            closed = true;
            running.remove(this);
            if (cancelled && Thread.currentThread() == thread) {
                Thread.interrupted(); // the interrupt was ours: the rollback and the error policy run undisturbed
            }
        }
    }
}
