package org.entente.extract.actor;

import java.time.LocalDate;
import java.util.List;
import org.entente.model.actor.ActorRole;

/**
 * One phrase Entente recognises as (part of) an actor or place, from the knowledge files.
 *
 * @param tokens        the phrase's tokens, as written (matched exactly) or in lower case (matched
 *                      ignoring case, for common nouns and titles)
 * @param caseSensitive whether the tokens must match exactly
 * @param kind          what the phrase names
 * @param name          the canonical name of what it names ("South Korea", "Lee Jae Myung")
 * @param country       ISO alpha-3 country, or null
 * @param organization  organisation short code, or null
 * @param role          the role an actor named this way has, or null
 * @param title         for people, their office in lower case ("president"), or null
 * @param id            a stable identifier (Wikidata id for people), or null
 * @param from          first day the entry holds (people's tenure), or null
 * @param to            last day the entry holds, or null
 * @param lat           latitude for places, or null
 * @param lon           longitude for places, or null
 * @param countries     for ambiguous demonyms, the countries it may mean; otherwise empty
 * @param code          the code a PETRARCH dictionary gives the phrase, when it came from one: an
 *                      actor's ({@code GONGMO}), or an agent's, added after the actor's code
 *                      ({@code ~GOVMED}) or before it ({@code NGO~}); otherwise null
 */
public record Entry(List<String> tokens, boolean caseSensitive, Kind kind, String name, String country,
                    String organization, ActorRole role, String title, String id, LocalDate from, LocalDate to,
                    Double lat, Double lon, List<String> countries, String code) {

    /** What an entry names. */
    public enum Kind {
        /** A country's name or short name ("South Korea", "ROK"). */
        COUNTRY,
        /** A nationality adjective or demonym ("South Korean", "Chinese"). */
        DEMONYM,
        /** A capital, standing for the government ("Seoul"). */
        CAPITAL,
        /** An institution standing for a government or body ("the Kremlin", "Xinhua"). */
        METONYM,
        /** An international organisation ("NATO"). */
        ORGANIZATION,
        /** A known person ("Xi Jinping"). */
        PERSON,
        /** A company ("Hanwha Ocean"). */
        COMPANY,
        /** A city or other place below country level ("Gyeongju"). */
        PLACE,
        /** A common noun for a group of people ("protesters", "state media"). */
        GROUP,
        /** An office or title ("president", "defence minister"). */
        TITLE
    }

    /** Compact canonical constructor: copies the lists. */
    public Entry {
        tokens = List.copyOf(tokens);
        countries = List.copyOf(countries);
    }

    /** Whether the entry is a PETRARCH agent whose code goes before the actor's ({@code MSF [NGO~]}). */
    public boolean isPrefixAgent() {
        return code != null && code.endsWith("~");
    }

    /** Whether the entry holds on {@code date} (always, when either is unknown). */
    public boolean validOn(LocalDate date) {
        return date == null || (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
