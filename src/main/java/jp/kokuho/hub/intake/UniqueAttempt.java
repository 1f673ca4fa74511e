package jp.kokuho.hub.intake;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * A statement that a unique key may refuse because the file gives a key twice (a unique index built over the
 * staged rows, or a merge whose rows hit the same key twice), run under a savepoint: when refused, the transaction
 * goes back to the savepoint and stays usable, so the feed lists every duplicate ({@link DuplicateKeys}) from the
 * rows already staged, without reading the file again.
 */
public final class UniqueAttempt {

    /** The work to try. */
    @FunctionalInterface
    public interface Work {
        void run() throws SQLException;
    }

    private UniqueAttempt() {
    }

    /** @return true when {@code work} is done; false when a unique key refused it (and it was undone) */
    public static boolean run(Connection connection, Work work) throws SQLException {
        Savepoint before = connection.setSavepoint();
        try {
            work.run();
        } catch (SQLException e) {
            if (!refusedKey(e)) {
                throw e;
            }
            connection.rollback(before);
            return false;
        }
        connection.releaseSavepoint(before);
        return true;
    }

    /** 23505 unique_violation; 21000 (ON CONFLICT DO UPDATE affecting a row twice) */
    static boolean refusedKey(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && ("23505".equals(s.getSQLState()) || "21000".equals(s.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
