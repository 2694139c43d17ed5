package org.entente.cms.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Test fixture: migration 4 as the WAR had it up to a37408f, a bare {@code JavaMigration}, kept
 * unchanged to write the history rows that databases deployed since then hold
 * ({@code SchemaMigrationTest}). Not in the WAR.
 *
 * <p>Migration 4: a sequence no row has used yet starts at 51. The entities take ids in blocks of 50
 * and both providers read a sequence value as the top of its block (ids 2 to 51 for 51), but
 * EclipseLink refuses a first value below the block size, which a sequence created by version 1
 * (start 1) gives. A sequence whose table has rows has long passed 50 and is left alone.
 */
final class FreshSequencesStartAtFiftyOne implements JavaMigration {
    /** Each sequence with the table whose ids it gives. */
    private static final Map<String, String> SEQUENCES = Map.of("ENTENTE_EVENT_SEQ", "ENTENTE_EVENT",
            "ENTENTE_TAG_SEQ", "ENTENTE_TAG", "ENTENTE_DECISION_SEQ", "ENTENTE_DECISION");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("4");
    }

    @Override
    public String getDescription() {
        return "unused sequences start at 51";
    }

    @Override
    public Integer getChecksum() {
        return 4;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement sql = connection.createStatement()) {
            for (Map.Entry<String, String> sequence : SEQUENCES.entrySet()) {
                boolean empty;
                try (ResultSet rows = sql.executeQuery("select count(*) from " + sequence.getValue())) {
                    rows.next();
                    empty = rows.getLong(1) == 0;
                }
                if (empty) {
                    sql.execute("alter sequence " + sequence.getKey() + " restart with 51");
                }
            }
        }
    }
}
