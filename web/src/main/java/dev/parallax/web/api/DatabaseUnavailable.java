package dev.parallax.web.api;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/**
 * Tells "the database is down or unreachable" apart from a bug, so a client gets a quick 503 it can
 * retry rather than a 500. Connection failures arrive wrapped by Hibernate, Agroal or Narayana; the
 * cause chain is searched for a connection-class SQL state (08xxx), an operator shutdown (57P01-03)
 * or the pool's acquisition timeout.
 */
final class DatabaseUnavailable {
    /** What a client should wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {}

    /**
     * What to tell the client: a database that refuses or drops connections is unreachable; a pool
     * that had no free connection in time (every one busy with other requests) is overload.
     */
    static String detail(Throwable error) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return "the database is not reachable right now; nothing was changed, try again in a few seconds";
            }
        }
        return "the server is busy: no database connection came free in time; nothing was changed, "
                + "try again in a few seconds";
    }

    static boolean causedBy(Throwable error) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P")) {
                    return true;
                }
            }
            if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("acquisition timeout") || message.contains("unable to acquire jdbc connection")) {
                return true;
            }
        }
        return false;
    }
}
