package org.entente.cms.domain;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a lost database from other failures, by the JDBC exceptions a persistence exception wraps:
 * the connection exceptions of {@code java.sql}, SQLSTATE class 08 (connection exception, SQL
 * standard) and PostgreSQL's 57P01-57P03 (the server is shutting down or starting up). Portable: it
 * reads only {@code java.sql} and {@code java.net}, whatever provider or pool wrapped them.
 */
public final class DatabaseFailure {
    /** SQLSTATEs of a server that shuts down, crashed or is starting (PostgreSQL's operator intervention). */
    private static final Set<String> SERVER_GOING = Set.of("57P01", "57P02", "57P03");
    /** Seconds a client is asked to wait before trying again ({@code Retry-After}). */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseFailure() {
    }

    /** Whether {@code failure}, or any of its causes, says the database cannot be reached right now. */
    public static boolean isUnavailable(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 64; depth++) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException || cause instanceof java.net.ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SERVER_GOING.contains(sql.getSQLState()))) {
                return true;
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return false;
    }
}
