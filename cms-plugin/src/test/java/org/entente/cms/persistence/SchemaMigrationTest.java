package org.entente.cms.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The migrations on H2, the database WildFly's default datasource has: from nothing, and from a
 * database Entente 0.1 made (src/test/resources/db/main-0.1-h2.sql), which must end in the same
 * schema with every row kept.
 */
class SchemaMigrationTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    /** Row counts of the 0.1 database, as its dump says. */
    private static final Map<String, Integer> MAIN_ROWS = Map.of("ENTENTE_STORY", 27, "ENTENTE_TAG", 437,
            "ENTENTE_EVENT", 201, "ENTENTE_DECISION", 5, "ENTENTE_WP_POST", 6);

    private static JdbcDataSource database() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:migration-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        h2.setPassword("sa");
        return h2;
    }

    private static JdbcDataSource mainDatabase() throws Exception {
        JdbcDataSource h2 = database();
        Path dump = Path.of(SchemaMigrationTest.class.getResource("/db/main-0.1-h2.sql").toURI());
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM '" + dump.toString().replace("'", "''") + "'");
        }
        return h2;
    }

    @Test
    void versionOneIsTheSchemaHibernateMadeForEntente01() throws Exception {
        JdbcDataSource fresh = database();
        Flyway.configure().dataSource(fresh).table(SchemaMigration.HISTORY).placeholders(Map.of("binary", "blob"))
                .target("1").load().migrate();
        assertEquals(schema(mainDatabase()), schema(fresh));
    }

    @Test
    void aFreshDatabaseGetsEveryMigrationOnceAndAnAdoptedOneEndsTheSame() throws Exception {
        JdbcDataSource fresh = database();
        MigrateResult first = SchemaMigration.migrate(fresh);
        assertNull(first.initialSchemaVersion);
        assertEquals(5, first.migrationsExecuted);
        assertEquals(256, count(fresh, "ENTENTE_STORY_LOCK"), "one write lock per bucket");
        assertEquals(0, SchemaMigration.migrate(fresh).migrationsExecuted, "a second deploy changes nothing");

        JdbcDataSource main = mainDatabase();
        MigrateResult adopted = SchemaMigration.migrate(main);
        assertEquals("1", adopted.initialSchemaVersion, "0.1's schema is taken as version 1, not created again");
        assertEquals(4, adopted.migrationsExecuted);
        assertEquals(adopted.targetSchemaVersion, first.targetSchemaVersion);
        assertEquals(schema(fresh), schema(main));
        for (Map.Entry<String, Integer> table : MAIN_ROWS.entrySet()) {
            assertEquals(table.getValue(), count(main, table.getKey()), table.getKey() + " kept every row");
        }
    }

    @Test
    void theMigratedSchemaRefusesATagStatusOrDecisionOutsideTheEnums() throws Exception {
        JdbcDataSource main = mainDatabase();
        SchemaMigration.migrate(main);
        try (Connection c = main.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("update ENTENTE_TAG set status = 'MAYBE'"));
            assertThrows(SQLException.class, () -> s.executeUpdate("update ENTENTE_DECISION set decision = 'accept'"));
            assertEquals(5, s.executeUpdate("update ENTENTE_DECISION set decision = 'REJECT'"));
        }
    }

    @Test
    void freshSequencesStartAtTheirFirstBlockAndUsedOnesGoOn() throws Exception {
        JdbcDataSource fresh = database();
        SchemaMigration.migrate(fresh);
        assertEquals(51, nextValue(fresh, "ENTENTE_TAG_SEQ"), "a first value below the block size is refused by EclipseLink");
        JdbcDataSource main = mainDatabase();
        SchemaMigration.migrate(main);
        assertEquals(3201, nextValue(main, "ENTENTE_TAG_SEQ"), "0.1's sequences continue where they were");
    }

    @Test
    void aFreshDatabaseReachesTheLatestVersionWithTheJavaMigrationsInItsHistory() throws Exception {
        JdbcDataSource fresh = database();
        MigrateResult result = SchemaMigration.migrate(fresh);
        Flyway flyway = SchemaMigration.flyway(fresh, "blob", false);
        MigrationVersion latest = Arrays.stream(flyway.info().all()).map(MigrationInfo::getVersion).max(MigrationVersion::compareTo).orElseThrow();
        assertEquals(latest.getVersion(), result.targetSchemaVersion);
        assertEquals(latest, flyway.info().current().getVersion());
        assertEquals(0, flyway.info().pending().length);
        assertEquals(List.of("3 | PostgreSQL large objects of Entente 0.1 to bytea | JDBC | 3 | " + V3__PostgreSQL_large_objects_to_bytea.class.getName(),
                "4 | unused sequences start at 51 | JDBC | 4 | " + V4__unused_sequences_start_at_51.class.getName()), javaMigrations(flyway));
    }

    /**
     * Databases deployed up to a37408f hold history rows that bare {@code JavaMigration}s wrote
     * (their class names as script). The {@code BaseJavaMigration}s must validate against those
     * rows: same version, description, type and checksum, or Flyway refuses to start.
     */
    @Test
    void aDatabaseTheFormerJavaMigrationsUpgradedValidatesAndIsNotMigratedAgain() throws Exception {
        for (boolean adopt : new boolean[] {false, true}) {
            JdbcDataSource db = adopt ? mainDatabase() : database();
            Flyway former = Flyway.configure().configuration(SchemaMigration.flyway(db, "blob", adopt).getConfiguration())
                    .javaMigrations(new LargeObjectsToBytea(), new FreshSequencesStartAtFiftyOne()).load();
            assertEquals(adopt ? 4 : 5, former.migrate().migrationsExecuted);
            assertEquals(List.of("3 | PostgreSQL large objects of Entente 0.1 to bytea | JDBC | 3 | " + LargeObjectsToBytea.class.getName(),
                    "4 | unused sequences start at 51 | JDBC | 4 | " + FreshSequencesStartAtFiftyOne.class.getName()), javaMigrations(former));
            List<String> history = rows(db, "select * from \"" + SchemaMigration.HISTORY + "\" order by 1");
            long tagIds = nextValue(db, "ENTENTE_TAG_SEQ");

            ValidateResult validation = SchemaMigration.flyway(db, "blob", false).validateWithResult();
            assertTrue(validation.validationSuccessful, validation.getAllErrorMessages());
            assertEquals(0, SchemaMigration.migrate(db).migrationsExecuted, "nothing runs again");
            assertEquals(history, rows(db, "select * from \"" + SchemaMigration.HISTORY + "\" order by 1"), "no history row added or rewritten");
            assertEquals(tagIds + 50, nextValue(db, "ENTENTE_TAG_SEQ"), "the sequence goes on: migration 4 did not restart it");
        }
    }

    /** The Java migrations in the history: version, description, type, checksum and class. */
    private static List<String> javaMigrations(Flyway flyway) {
        return Arrays.stream(flyway.info().applied()).filter(m -> m.getType().name().equals("JDBC"))
                .map(m -> String.join(" | ", m.getVersion().getVersion(), m.getDescription(), m.getType().name(),
                        String.valueOf(m.getChecksum()), m.getScript()))
                .toList();
    }

    private static long nextValue(JdbcDataSource db, String sequence) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select next value for " + sequence)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void anotherApplicationsTablesInTheSchemaAreLeftAloneAndOursCreated() throws Exception {
        JdbcDataSource shared = database();
        try (Connection c = shared.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table OTHER_APP (id int primary key)");
            s.execute("insert into OTHER_APP values (7)");
        }
        assertEquals(5, SchemaMigration.migrate(shared).migrationsExecuted);
        assertEquals(1, count(shared, "OTHER_APP"));
        assertEquals(0, count(shared, "ENTENTE_STORY"));
    }

    private static int count(JdbcDataSource db, String table) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from " + table)) {
            r.next();
            return r.getInt(1);
        }
    }

    /**
     * Entente's tables as H2 describes them: columns with type, size and nullability, indexes with
     * their columns, constraints and sequences. Names H2 makes up itself (primary keys) are left out.
     */
    private static Map<String, List<String>> schema(JdbcDataSource db) throws SQLException {
        Map<String, List<String>> schema = new LinkedHashMap<>();
        String ours = " like 'ENTENTE\\_%' and @ not in ('ENTENTE_SCHEMA_HISTORY', 'entente_schema_history')";
        schema.put("columns", rows(db, "select TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION,"
                + " DATETIME_PRECISION, IS_NULLABLE from INFORMATION_SCHEMA.COLUMNS where TABLE_SCHEMA = 'PUBLIC' and TABLE_NAME"
                + ours.replace("@", "TABLE_NAME") + " order by TABLE_NAME, COLUMN_NAME"));
        schema.put("indexes", rows(db, "select i.TABLE_NAME, case when i.INDEX_TYPE_NAME = 'INDEX' then i.INDEX_NAME else '' end,"
                + " i.INDEX_TYPE_NAME, listagg(c.COLUMN_NAME, ',') within group (order by c.ORDINAL_POSITION)"
                + " from INFORMATION_SCHEMA.INDEXES i join INFORMATION_SCHEMA.INDEX_COLUMNS c on c.INDEX_SCHEMA = i.INDEX_SCHEMA"
                + " and c.INDEX_NAME = i.INDEX_NAME where i.TABLE_SCHEMA = 'PUBLIC' and i.TABLE_NAME" + ours.replace("@", "i.TABLE_NAME")
                + " group by i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME order by 1, 2, 3, 4"));
        schema.put("constraints", rows(db, "select t.TABLE_NAME, case when t.CONSTRAINT_TYPE = 'PRIMARY KEY' then ''"
                + " else t.CONSTRAINT_NAME end, t.CONSTRAINT_TYPE, coalesce(k.CHECK_CLAUSE, '') from INFORMATION_SCHEMA.TABLE_CONSTRAINTS t"
                + " left join INFORMATION_SCHEMA.CHECK_CONSTRAINTS k on k.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA"
                + " and k.CONSTRAINT_NAME = t.CONSTRAINT_NAME where t.TABLE_SCHEMA = 'PUBLIC' and t.TABLE_NAME"
                + ours.replace("@", "t.TABLE_NAME") + " order by 1, 2, 3"));
        schema.put("sequences", rows(db, "select SEQUENCE_NAME, START_VALUE, INCREMENT from INFORMATION_SCHEMA.SEQUENCES"
                + " where SEQUENCE_SCHEMA = 'PUBLIC' order by 1"));
        assertTrue(schema.get("columns").size() > 40, "the tables were found: " + schema);
        return schema;
    }

    private static List<String> rows(JdbcDataSource db, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(String.valueOf(r.getObject(i)));
                }
                rows.add(String.join(" | ", row));
            }
        }
        return rows;
    }
}
