package org.entente.it;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips every test of the PostgreSQL run, with the reason, where postgresql.sh could not set up a
 * database (no root to install it, no apt-get); registered for all tests (junit-platform.properties).
 * Evaluated before Arquillian starts a server, so a skipped run starts none.
 */
public class DatabaseAvailable implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!"postgresql".equals(System.getProperty("entente.db"))) {
            return ConditionEvaluationResult.enabled("not the PostgreSQL run");
        }
        Path status = Path.of(System.getProperty("entente.postgresql.status"));
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(status)) {
            properties.load(in);
        } catch (IOException e) {
            return ConditionEvaluationResult.disabled("PostgreSQL run skipped: " + status + " is missing (postgresql.sh start did not run)");
        }
        String skip = properties.getProperty("skip");
        return skip == null ? ConditionEvaluationResult.enabled("PostgreSQL at " + properties.getProperty("url"))
                : ConditionEvaluationResult.disabled("PostgreSQL run skipped: " + skip);
    }
}
