package org.entente.cms.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.metamodel.EntityType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database to the schema this build expects, once, when the application is deployed and
 * before anything reads or writes ({@link MigrateOnDeploy}): the versioned migrations in
 * {@code db/migration} and the Java ones of this package ({@link V3__PostgreSQL_large_objects_to_bytea},
 * {@link V4__unused_sequences_start_at_51}) run through the server's default datasource
 * (Flyway, history in {@value #HISTORY}). A database made by Entente 0.1, whose tables Hibernate
 * created, is adopted as version 1 first. JPA then only checks that every entity can be read from the
 * migrated tables; it never changes the schema.
 */
@ApplicationScoped
public class SchemaMigration {
    /** The table of applied migrations. */
    public static final String HISTORY = "entente_schema_history";
    /** The name of the datasource reference in {@code java:comp/env}. */
    public static final String DATASOURCE_REF = "jdbc/entente";
    /** A table of version 1: where it exists without a history, the schema is 0.1's. */
    private static final String MARKER = "ENTENTE_STORY";
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @PersistenceContext(unitName = "entente")
    EntityManager em;

    /**
     * Migrates the datasource of the persistence unit and checks the entities against the result.
     * Called in the web module's own context, where {@code java:comp} names are bound on every server.
     *
     * @return the schema version reached
     */
    public String migrateAndCheck() {
        MigrateResult result = migrate(dataSource());
        LOG.info(() -> result.migrationsExecuted == 0 ? "Entente schema is up to date at version " + result.initialSchemaVersion
                : "Entente schema migrated from version " + (result.initialSchemaVersion == null ? "none" : result.initialSchemaVersion)
                + " to " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations)");
        check();
        return result.migrationsExecuted == 0 ? result.initialSchemaVersion : result.targetSchemaVersion;
    }

    /**
     * The datasource of the persistence unit: the server's default, unless a deployment descriptor
     * binds the resource-ref {@value #DATASOURCE_REF} (and the unit's jta-data-source) to another.
     * Looked up rather than injected so that the descriptor's binding is the only one.
     */
    static DataSource dataSource() {
        try {
            InitialContext naming = new InitialContext();
            try {
                return (DataSource) naming.lookup("java:comp/env/" + DATASOURCE_REF);
            } catch (NamingException e) { // not bound: GlassFish says so with a NamingException, not its subclass
                return (DataSource) naming.lookup("java:comp/DefaultDataSource");
            }
        } catch (NamingException e) {
            throw new IllegalStateException("No datasource: neither java:comp/env/" + DATASOURCE_REF
                    + " nor java:comp/DefaultDataSource is bound", e);
        }
    }

    /**
     * Migrates the database behind {@code dataSource} to the latest version.
     *
     * @return what Flyway did
     */
    public static MigrateResult migrate(DataSource dataSource) {
        String binary;
        boolean adopt;
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            binary = meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres") ? "bytea" : "blob";
            adopt = exists(connection, MARKER) && !exists(connection, HISTORY);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the default datasource to migrate the schema", e);
        }
        Flyway flyway = flyway(dataSource, binary, adopt);
        if (adopt) {
            LOG.info("A database of Entente 0.1: adopted as schema version 1");
        }
        return flyway.migrate();
    }

    /** The migrations applied to the database, oldest first (a baseline for an adopted 0.1 database). */
    public List<AppliedMigration> history() {
        DataSource dataSource = dataSource();
        List<AppliedMigration> applied = new ArrayList<>();
        for (MigrationInfo info : flyway(dataSource, "blob", false).info().applied()) {
            applied.add(new AppliedMigration(info.getVersion() == null ? null : info.getVersion().getVersion(), info.getDescription(),
                    info.getType().name(), info.getInstalledOn() == null ? null : info.getInstalledOn().toInstant()));
        }
        return applied;
    }

    /**
     * One row of the migration history.
     *
     * @param version     the schema version it made
     * @param description what it did
     * @param type        SQL for a migration, BASELINE for an adopted schema
     * @param installedOn when
     */
    public record AppliedMigration(String version, String description, String type, Instant installedOn) {
    }

    /** This build's Flyway; package-private so that a test can run the same one with earlier migrations. */
    static Flyway flyway(DataSource dataSource, String binary, boolean adopt) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .table(HISTORY)
                .locations("classpath:db/migration")
                .placeholders(Map.of("binary", binary))
                // Registered, not scanned: class scanning inside a WAR depends on the server's
                // class loader (WildFly's VFS), and these stay out of the scanned db/migration.
                .javaMigrations(new V3__PostgreSQL_large_objects_to_bytea(), new V4__unused_sequences_start_at_51())
                // Other applications' tables may share the schema: they are left alone, and ours are
                // created from version 1 unless 0.1's are there to be adopted.
                .baselineOnMigrate(true)
                .baselineVersion(adopt ? "1" : "0")
                .baselineDescription(adopt ? "Entente 0.1 schema, made by Hibernate" : "before Entente")
                .load();
    }

    /** Reads one row of every entity: a table or column the mapping needs and the schema lacks fails the start here. */
    private void check() {
        for (EntityType<?> entity : em.getMetamodel().getEntities()) {
            try {
                em.createQuery("select e from " + entity.getName() + " e", entity.getJavaType()).setMaxResults(1).getResultList();
            } catch (PersistenceException e) {
                throw new IllegalStateException("The schema does not fit the entity " + entity.getName(), e);
            }
        }
        em.clear();
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        for (String name : new String[] {table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)}) {
            try (ResultSet tables = meta.getTables(connection.getCatalog(), schema, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
