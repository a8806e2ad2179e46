package dev.parallax.web.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures are "the database is away" (503, retry) and which are bugs (500). */
class DatabaseUnavailableTest {

    @Test
    void connectionFailuresAnywhereInTheCauseChainCount() {
        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException("wrapped",
                new SQLException("Connection refused", "08001"))));
        assertTrue(DatabaseUnavailable.causedBy(new IllegalStateException(new SQLException("terminating connection "
                + "due to administrator command", "57P01"))));
        assertTrue(DatabaseUnavailable.causedBy(new SQLTransientConnectionException("timeout")));
        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException("Acquisition timeout while waiting for new connection")));
    }

    @Test
    void aRefusedConnectionIsCalledUnreachableAndAnExhaustedPoolBusy() {
        assertTrue(DatabaseUnavailable.detail(new RuntimeException("Acquisition timeout while waiting for new connection",
                new SQLException("Connection refused", "08001"))).startsWith("the database is not reachable"));
        assertTrue(DatabaseUnavailable.detail(new RuntimeException("Acquisition timeout while waiting for new connection"))
                .startsWith("the server is busy"));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertFalse(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("syntax error", "42601")));
        assertFalse(DatabaseUnavailable.causedBy(new NullPointerException()));
    }
}
