package org.entente.model.plover;

import java.util.Locale;

/**
 * The subject matter or setting of an event, PLOVER's {@code context}: any number may qualify an
 * event of any type. These are the general contexts of the PLOVER manual plus the four that PLOVER's
 * 2021 CAMEO table also uses ({@link #ASYLUM}, {@link #EXECUTIVE}, {@link #DEMOCRACY},
 * {@link #PRO_AUTOCRACY}). PLOVER's temporal contexts (future, historical, hypothetical, negation)
 * are not contexts here: see {@link org.entente.model.Modality} and {@link org.entente.model.Event#historical()}.
 *
 * @since 0.1
 */
public enum Context {
    /** Political matters not covered by a more specific context. */
    POLITICAL,
    /** Military matters, including military assistance. */
    MILITARY,
    /** Intelligence and information. */
    INTELLIGENCE,
    /** Peacekeeping, typically multilateral. */
    PEACEKEEPING,
    /** Trade, finance and economic development. */
    ECONOMIC,
    /** Diplomacy. */
    DIPLOMATIC,
    /** Territory and natural resources. */
    RESOURCE,
    /** Cultural and educational exchange. */
    CULTURE,
    /** Disease outbreaks and epidemics. */
    DISEASE,
    /** Environment, climate and disasters, natural or man-made. */
    ENVIRO_DISASTER,
    /** Migration, refugees and displaced people. */
    MIGRATION,
    /** Humanitarian assistance. */
    HUMANITARIAN,
    /** National and international law. */
    LEGAL,
    /** Explicit human rights matters. */
    HUMAN_RIGHTS,
    /** Political rights and freedoms. */
    RIGHTS_FREEDOMS,
    /** Gender and women's issues. */
    GENDER,
    /** LGBTQ matters. */
    LGBT,
    /** Terrorism. */
    TERRORISM,
    /** Access to water, food, housing, energy, land. */
    HUMAN_SECURITY,
    /** Religion and ethnicity. */
    RELIGION_ETHNICITY,
    /** Government other than elections and legislatures. */
    GOVERNMENT,
    /** Elections and campaigns. */
    ELECTION,
    /** Legislative debate and coalition formation. */
    LEGISLATIVE,
    /** Chemical, biological, radiological and nuclear weapons. */
    CBRN,
    /** Cyber attacks and cyber crime. */
    CYBER,
    /** Norms and political institutions, democratic backsliding. */
    POLITICAL_INSTITUTIONS,
    /** Corruption. */
    CORRUPTION,
    /** Crime in general. */
    CRIME,
    /** Murder. */
    CRIME_MURDER,
    /** Theft. */
    CRIME_THEFT,
    /** Illegal drugs. */
    CRIME_DRUGS,
    /** Sexual crimes. */
    CRIME_SEXUAL,
    /** Asylum. */
    ASYLUM,
    /** The executive: leadership and policy change. */
    EXECUTIVE,
    /** Democratic freedoms and participation. */
    DEMOCRACY,
    /** Repression in support of autocratic rule. */
    PRO_AUTOCRACY;

    /** PLOVER's spelling of this context: lower case with underscores. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The context with the given PLOVER label or enum name, ignoring case.
     *
     * @throws IllegalArgumentException if no context has that label
     */
    public static Context ofLabel(String label) {
        String key = label.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown PLOVER context '" + label + "'", e);
        }
    }
}
