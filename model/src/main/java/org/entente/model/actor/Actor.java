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
 * @param code         the CAMEO-style code. Null or blank is replaced by the code derived from the
 *                     other components ({@code KORGOV}). A dictionary may give a finer code of its
 *                     own, as PETRARCH's agents compose them ({@code GONMOP}, {@code NGOARNGOV},
 *                     {@code KORGOVMED}): 3 to {@value #MAX_CODE_LENGTH} characters of A-Z, 0-9 and
 *                     '-', holding the actor's country code if it has one, beginning with its
 *                     organisation code's first three letters ({@code IGO}) if it has one, or else
 *                     holding its role ({@code ---GOV}); it is kept upper-cased. Such a code says
 *                     more than the components, which remain what Entente itself reads
 * @since 0.1
 */
public record Actor(String name, String country, String organization, ActorRole role, String id, String code) {
    /** The longest code a dictionary may give. */
    public static final int MAX_CODE_LENGTH = 40;

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
        String given = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!given.isEmpty() && !given.equals(derived) && !refines(given, country, organization, derived)) {
            throw new IllegalArgumentException("Actor code " + code + " does not match its country, organization and role ("
                    + derived + ")");
        }
        code = given.isEmpty() ? derived : given;
    }

    /** An actor of a country in a role ({@code role} may be null for the state as a whole). */
    public static Actor of(String name, String country, ActorRole role) {
        return new Actor(name, country, null, role, null, null);
    }

    /** An international organisation as a whole. */
    public static Actor ofOrganization(String name, String organization) {
        return new Actor(name, null, organization, null, null, null);
    }

    /** This actor with the person or entity identifier {@code id}; a dictionary's finer code is kept. */
    public Actor withId(String id) {
        return new Actor(name, country, organization, role, id, code);
    }

    /** This actor with a dictionary's finer code ({@code GONMOP}); see {@link Actor the code component}. */
    public Actor withCode(String code) {
        return new Actor(name, country, organization, role, id, Checks.notBlank(code, "code"));
    }

    /** Whether {@code code} is a well-formed finer code for an actor whose derived code is {@code derived}. */
    private static boolean refines(String code, String country, String organization, String derived) {
        if (code.length() < 3 || code.length() > MAX_CODE_LENGTH || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z'
                || c >= '0' && c <= '9' || c == '-')) {
            return false;
        }
        if (country != null) {
            return code.contains(country);
        }
        return organization != null ? code.startsWith(derived.substring(0, 3)) : code.contains(derived);
    }

    private static String codeOf(String country, String organization, ActorRole role) {
        String base = organization != null ? Organizations.get(organization).cameo() : country != null ? country : "";
        return role == null ? base : base + role.name();
    }
}
