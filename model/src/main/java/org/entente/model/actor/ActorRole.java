package org.entente.model.actor;

import java.util.Locale;

/**
 * The sector of society an actor belongs to: PLOVER's sector codes (CAMEO's agent codes), appended
 * to the country or organisation code in an actor's CAMEO-style code ({@code KOR} + {@code GOV} =
 * {@code KORGOV}).
 *
 * @since 0.1
 */
public enum ActorRole {
    /** Government: the executive, ministers, ministries, governing parties and coalitions. */
    GOV,
    /** Military: armed forces, troops and their commanders. */
    MIL,
    /** Police and other law-enforcement and protective agencies. */
    COP,
    /** Judiciary: judges and courts. */
    JUD,
    /** Legislature: parliaments, assemblies and lawmakers. */
    LEG,
    /** Paramilitary organisations not in opposition to the government. */
    PRM,
    /** Political parties identified with neither government nor opposition. */
    PTY,
    /** Rebels: armed opposition groups and individuals. */
    REB,
    /** State intelligence services. */
    SPY,
    /** Unidentified armed forces ("unknown gunmen"). */
    UAF,
    /** A sector that cannot be determined. */
    UNK,
    /** Agricultural labour and peasants. */
    AGR,
    /** Business: companies, enterprises and business people. */
    BUS,
    /** Criminals and criminal gangs. */
    CRM,
    /** Civilians, including protesters and ordinary residents. */
    CVL,
    /** Education: teachers, schools, students. */
    EDU,
    /** Elites: former officials, celebrities, spokespeople not in government. */
    ELI,
    /** Journalists and news media. */
    JRN,
    /** Organised labour and unions. */
    LAB,
    /** Health: medical workers and organisations (PLOVER's meaning, not CAMEO's "media"). */
    MED,
    /** Refugees and displaced people. */
    REF,
    /** Political opposition: opposition parties, politicians and activists. */
    OPP,
    /**
     * PRE, carried in Entente's role vocabulary for compatibility with data that uses it. Neither
     * the PLOVER manual nor the Phoenix agent dictionary defines it; Entente's extractor never
     * assigns it.
     */
    PRE,
    /** Religious organisations and leaders. */
    REL,
    /** Civil society organisations and movements not covered above. */
    SOC;

    /**
     * The role with the given three-letter code, ignoring case.
     *
     * @throws IllegalArgumentException if no role has that code
     */
    public static ActorRole ofCode(String code) {
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown actor role '" + code + "'", e);
        }
    }
}
