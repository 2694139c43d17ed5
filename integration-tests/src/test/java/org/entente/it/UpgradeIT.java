package org.entente.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A database Entente 0.1 made under this build's WAR: the schema is adopted and migrated at deploy,
 * and everything stored reads back through the API. On H2, a database of stories, tags, editors'
 * decisions and WordPress posts (cms-plugin/src/test/resources/db/main-0.1-h2.sql, loaded here);
 * on PostgreSQL, stories whose texts 0.1 kept in large objects and could not read back
 * (main-0.1-postgresql.sql, loaded by postgresql.sh). The WAR is deployed as /entente-upgrade with
 * its datasource pointed at that database by deployment descriptors, the way an operator would
 * point it at another one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UpgradeIT {
    /** What 0.1 stored, read from the loaded database before the WAR saw it. */
    private static final List<String> STORIES = new ArrayList<>();
    private static final Map<String, String> DECISIONS = new LinkedHashMap<>(); // "story tag" -> ACCEPT | REJECT

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive war() throws Exception {
        load();
        String datasource = "java:jboss/datasources/EntenteMainDS";
        WebArchive war = ShrinkWrap.create(WebArchive.class, "entente-upgrade.war").merge(Api.war());
        war.delete("WEB-INF/classes/META-INF/persistence.xml");
        war.addAsResource(new StringAsset(Api.readWarEntry("WEB-INF/classes/META-INF/persistence.xml")
                .replace("<exclude-unlisted-classes>", "<jta-data-source>" + datasource + "</jta-data-source>\n    <exclude-unlisted-classes>")),
                "META-INF/persistence.xml");
        return war.setWebXML(Api.webXml("""
                  <resource-ref>
                    <res-ref-name>jdbc/entente</res-ref-name>
                    <res-type>javax.sql.DataSource</res-type>
                    <lookup-name>%s</lookup-name>
                  </resource-ref>
                """.formatted(datasource)));
    }

    private static boolean postgresql() {
        return "postgresql".equals(System.getProperty("entente.db"));
    }

    /** The PostgreSQL database postgresql.sh loaded with 0.1's dump. */
    private static Connection mainDatabase() throws Exception {
        Properties database = new Properties();
        try (var in = Files.newBufferedReader(Path.of(System.getProperty("entente.postgresql.status")))) {
            database.load(in);
        }
        return DriverManager.getConnection(database.getProperty("main.url"), database.getProperty("user"), database.getProperty("password"));
    }

    /**
     * On H2, fills the file of EntenteMainDS afresh (WildFly opens it only when the WAR deploys); on
     * PostgreSQL, reads what postgresql.sh loaded. Either way notes what 0.1 stored.
     */
    private static void load() throws Exception {
        Connection c;
        if (postgresql()) {
            c = mainDatabase();
        } else {
            Path db = Path.of(System.getProperty("entente.main.db"));
            Files.createDirectories(db.getParent());
            Files.deleteIfExists(Path.of(db + ".mv.db"));
            Files.deleteIfExists(Path.of(db + ".trace.db"));
            c = DriverManager.getConnection("jdbc:h2:file:" + db, "sa", "sa");
            String dump = Path.of(System.getProperty("entente.main.dump")).toAbsolutePath().toString();
            try (Statement s = c.createStatement()) {
                s.execute("RUNSCRIPT FROM '" + dump.replace("'", "''") + "'");
            }
        }
        try (c; Statement s = c.createStatement()) {
            STORIES.clear();
            DECISIONS.clear();
            try (ResultSet r = s.executeQuery("select id from ENTENTE_STORY order by id")) {
                while (r.next()) {
                    STORIES.add(r.getString(1));
                }
            }
            try (ResultSet r = s.executeQuery("select storyId, tagId, decision from ENTENTE_DECISION order by pk")) {
                while (r.next()) {
                    DECISIONS.put(r.getString(1) + " " + r.getString(2), r.getString(3));
                }
            }
        }
        assertTrue(STORIES.containsAll(List.of("seed-000", "seed-001", "seed-004")), "the dump's stories: " + STORIES);
        if (!postgresql()) {
            assertTrue(DECISIONS.containsValue("ACCEPT") && DECISIONS.containsValue("REJECT"), DECISIONS.toString());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void the01SchemaIsAdoptedAsVersionOneAndMigrated() throws Exception {
        HttpResponse<String> response = new Api(base).send("GET", "status", null);
        assertEquals(200, response.statusCode(), response.body());
        Map<String, Object> status = Api.JSONB.fromJson(response.body(), LinkedHashMap.class);
        List<Map<String, Object>> migrations = (List<Map<String, Object>>) status.get("migrations");
        assertEquals(List.of("1 BASELINE", "2 SQL", "3 JDBC", "4 JDBC", "5 SQL"), migrations.stream().map(m -> m.get("version") + " " + m.get("type"))
                .toList(), response.body());
        assertEquals("5", status.get("schemaVersion"));
        if (postgresql()) {
            try (Connection c = mainDatabase(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("select (select count(*) from pg_largeobject_metadata),"
                         + " (select data_type from information_schema.columns where table_name = 'entente_story' and column_name = 'body_gz')")) {
                r.next();
                assertEquals(0, r.getInt(1), "0.1's large objects are deleted once their bytes moved");
                assertEquals("bytea", r.getString(2));
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyStoryTagAndDecisionOf01ReadsBack() throws Exception {
        Api api = new Api(base);
        String index = api.page("panel/").body();
        for (String id : STORIES) {
            HttpResponse<String> story = api.send("GET", "articles/" + id, null);
            assertEquals(200, story.statusCode(), id + ": " + story.body());
            Map<String, Object> json = Api.JSONB.fromJson(story.body(), LinkedHashMap.class);
            assertTrue(json.get("extraction") instanceof Map<?, ?> extraction && extraction.get("events") instanceof List<?>,
                    id + " has its analysis: " + story.body());
            assertTrue(index.contains(">" + id + "<"), "the panel lists " + id);
        }
        for (Map.Entry<String, String> decision : DECISIONS.entrySet()) {
            String[] storyTag = decision.getKey().split(" ");
            List<Map<String, Object>> tags = Api.JSONB.fromJson(api.send("GET", "articles/" + storyTag[0] + "/tags", null).body(),
                    List.class);
            boolean present = tags.stream().anyMatch(t -> storyTag[1].equals(t.get("id")));
            if (decision.getValue().equals("REJECT")) {
                assertFalse(present, decision + " stays rejected");
            } else {
                assertTrue(tags.stream().anyMatch(t -> storyTag[1].equals(t.get("id")) && "ACCEPTED".equals(t.get("status"))),
                        decision + " stays accepted: " + tags);
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void decisionsOf01SurviveReanalysis() throws Exception {
        Assumptions.assumeFalse(postgresql(), "0.1 could not record decisions on PostgreSQL (it could not read its large objects back)");
        Api api = new Api(base);
        // panel-004 had KOR accepted and PRK rejected under 0.1; analysed again now, both decisions hold.
        Map<String, Object> before = Api.JSONB.fromJson(api.send("GET", "articles/panel-004", null).body(), LinkedHashMap.class);
        HttpResponse<String> again = api.send("PUT", "articles/panel-004",
                Api.story(Api.seed("004_b83d096dacd65f98.txt") + "\nNorth Korea criticized the talks.", "2025-11-02"));
        assertEquals(200, again.statusCode(), again.body());
        Map<String, Object> after = Api.JSONB.fromJson(again.body(), LinkedHashMap.class);
        assertTrue(((Number) after.get("version")).longValue() > ((Number) before.get("version")).longValue());
        List<Map<String, Object>> tags = (List<Map<String, Object>>) after.get("tags");
        assertFalse(tags.stream().anyMatch(t -> "country:PRK".equals(t.get("id"))), "rejected under 0.1: " + tags);
        assertTrue(tags.stream().anyMatch(t -> "country:KOR".equals(t.get("id")) && "ACCEPTED".equals(t.get("status"))), tags.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void newStoriesDecisionsRelatedCoverageAndEventQueriesWorkOnTheAdoptedDatabase() throws Exception {
        Api api = new Api(base);
        // New rows take ids from 0.1's sequences: nothing collides with what it stored.
        HttpResponse<String> created = api.send("PUT", "articles/after-upgrade",
                Api.story(Api.seed("000_230807f11d7aeb32.txt"), "2025-10-30"));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(200, api.send("POST", "articles/after-upgrade/tags/country:KOR/decision", Map.of("decision", "accept")).statusCode());

        List<Map<String, Object>> related = Api.JSONB.fromJson(api.send("GET", "articles/after-upgrade/related?limit=50", null).body(),
                List.class);
        List<Object> ids = related.stream().map(r -> r.get("storyId")).toList();
        assertTrue(ids.contains("seed-000") && ids.contains("seed-001"), "0.1's stories of the same summit: " + ids);

        HttpResponse<String> events = api.send("GET", "events?actor=KOR&type=CONSULT&limit=1000", null);
        assertEquals(200, events.statusCode(), events.body());
        List<Map<String, Object>> hits = Api.JSONB.fromJson(events.body(), List.class);
        assertTrue(hits.stream().anyMatch(e -> "seed-000".equals(e.get("storyId"))), "0.1's events are queried: " + events.body());
        assertTrue(hits.stream().anyMatch(e -> "after-upgrade".equals(e.get("storyId"))), events.body());
    }
}
