package org.entente.model.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void codesCombineCountryOrOrganisationWithRole() {
        assertEquals("KORGOV", Actor.of("Lee Jae Myung", "KOR", ActorRole.GOV).code());
        assertEquals("CHNBUS", Actor.of("a Chinese firm", "chn", ActorRole.BUS).code());
        assertEquals("KOR", Actor.of("South Korea", "KOR", null).code());
        assertEquals("IGOUNO", Actor.ofOrganization("United Nations", "UN").code());
        assertEquals("CVL", new Actor("protesters", null, null, ActorRole.CVL, null, null).code());
        assertEquals("CHN", Actor.of("China", "chn", null).country());
    }

    @Test
    void aMatchingCodeIsAcceptedAndIdsAreKept() {
        Actor actor = new Actor("Hanwha Ocean", "KOR", null, ActorRole.BUS, "Q483207", "KORBUS");
        assertEquals("Q483207", actor.id());
        assertNull(Actor.of("x", "KOR", null).withId(" ").id());
    }

    @Test
    void aDictionaryMayGiveAFinerCodeThatHoldsTheCountryOrganisationOrRole() {
        assertEquals("KORMOP", Actor.of("Korea's main opposition group", "KOR", null).withCode("kormop").code());
        assertEquals("NGOKORGOV", Actor.of("an MSF Korea diplomat", "KOR", ActorRole.GOV).withCode("NGOKORGOV").code());
        assertEquals("KOR", Actor.of("Korea's main opposition group", "KOR", null).withCode("KORMOP").country());
        assertEquals("IGOEEU", Actor.ofOrganization("European Union", "EU").withCode("IGOEEU").code());
        assertEquals("---GOV", new Actor("a senior official", null, null, ActorRole.GOV, null, "---GOV").code());
        assertEquals("KORMOP", Actor.of("x", "KOR", null).withCode("KORMOP").withId("Q1").code());
        for (String bad : new String[] {"USAMOP", "KOR MOP", "KO", "NGOKOR" + "X".repeat(40)}) {
            assertThrows(IllegalArgumentException.class, () -> Actor.of("x", "KOR", null).withCode(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> Actor.ofOrganization("European Union", "EU").withCode("NGOEEU"));
        assertThrows(IllegalArgumentException.class, () -> new Actor("official", null, null, ActorRole.GOV, null, "---MIL"));
    }

    @Test
    void invalidActorsFailWithClearMessages() {
        assertEquals("name must not be blank",
                assertThrows(IllegalArgumentException.class, () -> Actor.of(" ", "KOR", null)).getMessage());
        assertEquals("Unknown country code 'KORE' (expected ISO 3166-1 alpha-3, e.g. KOR)",
                assertThrows(IllegalArgumentException.class, () -> Actor.of("x", "KORE", null)).getMessage());
        assertEquals("Actor 'someone' needs a country, an organization or a role",
                assertThrows(IllegalArgumentException.class, () -> new Actor("someone", null, null, null, null, null)).getMessage());
        assertEquals("Actor code USAGOV does not match its country, organization and role (KORGOV)",
                assertThrows(IllegalArgumentException.class,
                        () -> new Actor("Lee", "KOR", null, ActorRole.GOV, null, "USAGOV")).getMessage());
        assertEquals("Unknown actor role 'XXX'", assertThrows(IllegalArgumentException.class, () -> ActorRole.ofCode("XXX")).getMessage());
    }
}
