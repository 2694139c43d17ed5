package org.entente.model.actor;

import java.util.Locale;
import org.entente.model.internal.Checks;

/**
 * A participant in an event: a named person, body or group, affiliated with a country or an
 * international organisation, in a role.
 *
 * <pre>{@code
 * Actor lee = Actor.of("Lee Jae Myung", "KOR", ActorRole.GOV);   // code KORGOV
 * Actor un = Actor.ofOrganization("United Nations", "UN");        // code IGOUNO
 * }</pre>
 *
 * @param name         the actor's name as Entente resolved it ("Lee Jae Myung", "South Korea")
 * @param country      ISO 3166-1 alpha-3 code of the country the actor belongs to, or null
 * @param organization short code of the international organisation ({@link Organizations}), or null
 * @param role         the actor's sector, or null when it is the state or organisation as a whole
 * @param id           a stable identifier of the person or entity (e.g. a Wikidata id), or null
 * @param code         the CAMEO-style code; derived from the other components. Null or blank is
 *                     accepted and replaced by the derived code; any other value must equal it
 * @since 0.1
 */
public record Actor(String name, String country, String organization, ActorRole role, String id, String code) {

    /** Checks the components; at least one of country, organization and role is required. */
    public Actor {
        name = Checks.notBlank(name, "name");
        country = Checks.blankToNull(country);
        if (country != null) {
            country = Countries.get(country).code();
        }
        organization = Checks.blankToNull(organization);
        if (organization != null) {
            organization = Organizations.get(organization).code();
        }
        if (country == null && organization == null && role == null) {
            throw new IllegalArgumentException("Actor '" + name + "' needs a country, an organization or a role");
        }
        id = Checks.blankToNull(id);
        String derived = codeOf(country, organization, role);
        if (code != null && !code.isBlank() && !code.strip().toUpperCase(Locale.ROOT).equals(derived)) {
            throw new IllegalArgumentException("Actor code " + code + " does not match its country, organization and role ("
                    + derived + ")");
        }
        code = derived;
    }

    /** An actor of a country in a role ({@code role} may be null for the state as a whole). */
    public static Actor of(String name, String country, ActorRole role) {
        return new Actor(name, country, null, role, null, null);
    }

    /** An international organisation as a whole. */
    public static Actor ofOrganization(String name, String organization) {
        return new Actor(name, null, organization, null, null, null);
    }

    /** This actor with the person or entity identifier {@code id}. */
    public Actor withId(String id) {
        return new Actor(name, country, organization, role, id, null);
    }

    private static String codeOf(String country, String organization, ActorRole role) {
        String base = organization != null ? Organizations.get(organization).cameo() : country != null ? country : "";
        return role == null ? base : base + role.name();
    }
}
