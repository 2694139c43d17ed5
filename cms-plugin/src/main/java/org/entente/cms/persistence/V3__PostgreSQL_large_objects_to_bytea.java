package org.entente.cms.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 3: on a PostgreSQL database made by Entente 0.1, whose Hibernate stored the gzip columns
 * as large objects (oid), moves their bytes into the bytea columns version 1 creates elsewhere and
 * deletes the large objects. 0.1 could write those stories but never read them back outside a
 * transaction; after this they read like any other. Elsewhere (H2, or PostgreSQL from version 1)
 * the columns already hold bytes and nothing is done.
 *
 * <p>Flyway takes the version from the class name. The description and checksum are the ones
 * earlier builds wrote to the history; Flyway refuses a changed description at every deployment.
 */
final class V3__PostgreSQL_large_objects_to_bytea extends BaseJavaMigration {
    private static final String TABLE = "entente_story";
    private static final List<String> COLUMNS = List.of("body_gz", "extraction_gz");

    /** The description in the history: a class name cannot hold the dot of "0.1". */
    @Override
    public String getDescription() {
        return "PostgreSQL large objects of Entente 0.1 to bytea";
    }

    /**
     * The checksum earlier builds wrote: BaseJavaMigration has none, which Flyway accepts, but
     * histories would then differ by build.
     */
    @Override
    public Integer getChecksum() {
        return 3;
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
