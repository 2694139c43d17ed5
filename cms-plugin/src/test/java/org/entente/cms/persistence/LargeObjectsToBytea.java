package org.entente.cms.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Test fixture: migration 3 as the WAR had it up to a37408f, a bare {@code JavaMigration}, kept
 * unchanged to write the history rows that databases deployed since then hold
 * ({@code SchemaMigrationTest}). Not in the WAR.
 *
 * <p>Migration 3: on a PostgreSQL database made by Entente 0.1, whose Hibernate stored the gzip columns
 * as large objects (oid), moves their bytes into the bytea columns version 1 creates elsewhere and
 * deletes the large objects. 0.1 could write those stories but never read them back outside a
 * transaction; after this they read like any other. Elsewhere (H2, or PostgreSQL from version 1)
 * the columns already hold bytes and nothing is done.
 */
final class LargeObjectsToBytea implements JavaMigration {
    private static final String TABLE = "entente_story";
    private static final List<String> COLUMNS = List.of("body_gz", "extraction_gz");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("3");
    }

    @Override
    public String getDescription() {
        return "PostgreSQL large objects of Entente 0.1 to bytea";
    }

    @Override
    public Integer getChecksum() {
        return 3;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
            return;
        }
        List<String> largeObjects = largeObjectColumns(connection);
        if (largeObjects.isEmpty()) {
            return;
        }
        try (Statement sql = connection.createStatement()) {
            // The objects' ids, kept until the columns hold the bytes: then nothing refers to them.
            sql.execute("create temporary table entente_old_lobs on commit drop as "
                    + String.join(" union all ", largeObjects.stream()
                            .map(c -> "select " + c + " as lob from " + TABLE + " where " + c + " is not null").toList()));
            sql.execute("alter table " + TABLE + " " + String.join(", ", largeObjects.stream()
                    .map(c -> "alter column " + c + " type bytea using lo_get(" + c + ")").toList()));
            sql.execute("select lo_unlink(lob) from entente_old_lobs");
        }
    }

    private static List<String> largeObjectColumns(Connection connection) throws SQLException {
        List<String> found = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet columns = meta.getColumns(connection.getCatalog(), connection.getSchema(), TABLE, null)) {
            while (columns.next()) {
                String name = columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                if (COLUMNS.contains(name) && "oid".equalsIgnoreCase(columns.getString("TYPE_NAME"))) {
                    found.add(name);
                }
            }
        }
        return found;
    }
}
