package org.entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.entente.model.actor.Actor;
import org.entente.model.actor.ActorRole;
import org.entente.model.actor.Countries;
import org.entente.model.actor.Country;
import org.entente.model.actor.Organization;
import org.entente.model.actor.Organizations;
import org.entente.model.cameo.Cameo;
import org.entente.model.cameo.CameoCode;
import org.entente.model.cameo.PloverCoding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every public model type survives JSON-B (Yasson) and keeps the documented field names. */
class JsonRoundTripTest {
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    static Stream<Object> values() {
        return Stream.of(Fixtures.article(), Fixtures.meeting(), Fixtures.summit(), Fixtures.extraction(),
                Fixtures.meeting().evidence().get(0), Fixtures.meeting().place(), Fixtures.extraction().tags().get(1),
                Fixtures.meeting().source().get(0), Actor.ofOrganization("United Nations", "UN"),
                Countries.get("KOR"), Countries.get("ATA"), Organizations.get("NATO"),
                Cameo.code("0211"), Cameo.code("010"), Cameo.code("1712").plover());
    }

    @ParameterizedTest
    @MethodSource("values")
    void roundTrips(Object value) {
        String json = JSONB.toJson(value);
        assertEquals(value, JSONB.fromJson(json, value.getClass()), json);
    }

    @Test
    void everyEnumRoundTrips() {
        for (Class<? extends Enum<?>> type : List.of(Modality.class, DatePrecision.class, TagKind.class, ActorRole.class,
                org.entente.model.plover.EventType.class, org.entente.model.plover.Mode.class,
                org.entente.model.plover.Context.class, org.entente.model.plover.QuadClass.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                assertEquals(constant, JSONB.fromJson(JSONB.toJson(constant), type));
            }
        }
    }

    @Test
    void eventJsonHasTheDocumentedShape() {
        Map<String, Object> event = asMap(JSONB.toJson(Fixtures.meeting()));
        assertEquals(Set.of("id", "type", "mode", "contexts", "cameo", "quadClass", "goldstein", "source", "target",
                "modality", "historical", "date", "datePrecision", "place", "evidence", "attribution", "confidence"),
                event.keySet());
        assertEquals("CONSULT", event.get("type"));
        assertEquals("MULTILATERAL", event.get("mode"));
        assertEquals("2025-11-01", event.get("date"));
        assertEquals("FUTURE", event.get("modality"));
        @SuppressWarnings("unchecked")
        Map<String, Object> actor = ((List<Map<String, Object>>) event.get("target")).get(0);
        assertEquals(Set.of("name", "country", "organization", "role", "id", "code"), actor.keySet());
        assertEquals("KORGOV", actor.get("code"));
        @SuppressWarnings("unchecked")
        Map<String, Object> place = (Map<String, Object>) event.get("place");
        assertEquals(Set.of("name", "country", "lat", "lon"), place.keySet());
        @SuppressWarnings("unchecked")
        Map<String, Object> evidence = ((List<Map<String, Object>>) event.get("evidence")).get(0);
        assertEquals(Set.of("text", "start", "end"), evidence.keySet());
    }

    @Test
    void aWeekPrecisionDateIsTheMondayAndSerialisesAsWeek() {
        Event lastWeek = Fixtures.meeting().toBuilder().date(java.time.LocalDate.of(2026, 2, 26), DatePrecision.WEEK).build();
        Map<String, Object> event = asMap(JSONB.toJson(lastWeek));
        assertEquals("WEEK", event.get("datePrecision"));
        assertEquals("2026-02-23", event.get("date"));
        assertEquals(lastWeek, JSONB.fromJson(JSONB.toJson(lastWeek), Event.class));
        assertEquals("\"WEEK\"", JSONB.toJson(DatePrecision.WEEK));
    }

    @Test
    void anOrganisationActorHasANullCountry() {
        Map<String, Object> un = asMap(JSONB.toJson(Actor.ofOrganization("United Nations", "UN")));
        assertEquals("UN", un.get("organization"));
        assertEquals(null, un.get("country"));
        assertEquals("IGOUNO", un.get("code"));
    }

    @Test
    void invalidJsonFailsWithTheModelsMessage() {
        String json = "{\"id\":\"e1\",\"type\":\"AID\",\"confidence\":2.0}";
        var error = org.junit.jupiter.api.Assertions.assertThrows(jakarta.json.bind.JsonbException.class,
                () -> JSONB.fromJson(json, Event.class));
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertEquals("confidence must be between 0 and 1, was 2.0", cause.getMessage());
    }

    private static Map<String, Object> asMap(String json) {
        Type type = new LinkedHashMap<String, Object>() { }.getClass().getGenericSuperclass();
        return JSONB.fromJson(json, type);
    }

    static PloverCoding unused(CameoCode code, Country country, Organization organization) {
        return code.plover(); // keeps the imports honest for the parameter source's types
    }
}
