package jp.kokuho.hub.intake;

import java.sql.SQLException;

import org.postgresql.util.PSQLException;

/**
 * Describes an unexpected exception for logs and result lists without personal data: database errors give
 * only their SQLSTATE and primary message (PostgreSQL's detail lines can quote row values).
 */
public final class SafeErrors {

    private SafeErrors() {
    }

    public static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof SQLException) {
                break;
            }
            root = root.getCause();
        }
        if (root instanceof PSQLException p && p.getServerErrorMessage() != null) {
            return "database " + p.getSQLState() + ": " + p.getServerErrorMessage().getMessage();
        }
        if (root instanceof SQLException s) {
            return "database " + s.getSQLState();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
