package org.entente.cms.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseFailureTest {
    /** As a provider and a pool wrap a driver's exception: persistence, resource, SQL. */
    private static RuntimeException wrapped(Throwable driver) {
        return new IllegalStateException("could not execute statement", new RuntimeException("IJ031084", driver));
    }

    @Test
    void aConnectionExceptionAnywhereInTheCausesIsALostDatabase() {
        assertTrue(DatabaseFailure.isUnavailable(wrapped(new SQLException("Connection refused", "08001"))));
        assertTrue(DatabaseFailure.isUnavailable(wrapped(new SQLException("I/O error", "08006"))));
        assertTrue(DatabaseFailure.isUnavailable(wrapped(new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(DatabaseFailure.isUnavailable(wrapped(new SQLTransientConnectionException("pool exhausted"))));
        assertTrue(DatabaseFailure.isUnavailable(wrapped(new SQLException("no state", null, new ConnectException("refused")))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseFailure.isUnavailable(wrapped(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseFailure.isUnavailable(wrapped(new SQLException("serialization failure", "40001"))));
        assertFalse(DatabaseFailure.isUnavailable(new IllegalArgumentException("bad input")));
        assertFalse(DatabaseFailure.isUnavailable(null));
        RuntimeException loop = new RuntimeException();
        loop.initCause(new RuntimeException("inner", loop)); // a cycle of causes ends
        assertFalse(DatabaseFailure.isUnavailable(loop));
    }
}
