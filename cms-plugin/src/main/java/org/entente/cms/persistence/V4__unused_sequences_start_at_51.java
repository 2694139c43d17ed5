package org.entente.cms.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 4: a sequence no row has used yet starts at 51. The entities take ids in blocks of 50
 * and both providers read a sequence value as the top of its block (ids 2 to 51 for 51), but
 * EclipseLink refuses a first value below the block size, which a sequence created by version 1
 * (start 1) gives. A sequence whose table has rows has long passed 50 and is left alone.
 *
 * <p>Flyway takes the version and the description ("unused sequences start at 51") from the class
 * name, so the name keeps what earlier builds wrote to the history; Flyway refuses a changed
 * description at every deployment.
 */
final class V4__unused_sequences_start_at_51 extends BaseJavaMigration {
    /** Each sequence with the table whose ids it gives. */
    private static final Map<String, String> SEQUENCES = Map.of("ENTENTE_EVENT_SEQ", "ENTENTE_EVENT",
            "ENTENTE_TAG_SEQ", "ENTENTE_TAG", "ENTENTE_DECISION_SEQ", "ENTENTE_DECISION");

    /**
     * The checksum earlier builds wrote: BaseJavaMigration has none, which Flyway accepts, but
     * histories would then differ by build.
     */
    @Override
    public Integer getChecksum() {
        return 4;
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
