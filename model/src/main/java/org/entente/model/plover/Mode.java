package org.entente.model.plover;

import java.util.Locale;

/**
 * How an event was carried out: PLOVER's type-specific {@code mode} values. One enum holds every
 * mode because several types share them (REQUEST and REJECT share {@code assist}, {@code change},
 * {@code yield} and {@code meet}); {@link EventType#modes()} says which belong to which type.
 * {@link #label()} is PLOVER's own spelling ({@code third-party}, {@code martial-law}).
 *
 * @since 0.1
 */
public enum Mode {
    // CONSULT
    /** The source visits the target, who hosts. */
    VISIT,
    /** The meeting is hosted by a third party. */
    THIRD_PARTY,
    /** The meeting takes place in a multilateral setting (an alliance, an organisation). */
    MULTILATERAL,
    /** By telephone or another remote medium. */
    PHONE,
    // RETREAT (WITHDRAW also SANCTION)
    /** Withdraw forces or resources from an area, group or activity. */
    WITHDRAW,
    /** Release captives. */
    RELEASE,
    /** Return property. */
    RETURN,
    /** Disarm or give up weapons. */
    DISARM,
    /** Implement a ceasefire. */
    CEASEFIRE,
    /** Allow access to a third party (observers, peacekeepers, aid workers). */
    ACCESS,
    /** An official resigns. */
    RESIGN,
    // REQUEST and REJECT
    /** Exchange, relations or assistance of any kind. */
    ASSIST,
    /** Changes of policy, government or institutions. */
    CHANGE,
    /** Releases, easing of sanctions or restrictions, ceasefires. */
    YIELD,
    /** Meetings and negotiations. */
    MEET,
    // ACCUSE
    /** Criticise or denounce. */
    DISAPPROVE,
    /** Investigate. */
    INVESTIGATE,
    /** Accuse, allege or charge. */
    ALLEGE,
    // THREATEN and COERCE (EXPEL also SANCTION)
    /** Restrict the movement of people or goods. */
    RESTRICT,
    /** Ban parties, individuals or activities. */
    BAN,
    /** Arrest, detain or imprison. */
    ARREST,
    /** Suspend relations or talks. */
    RELATIONS,
    /** Expel diplomats, peacekeepers, organisations. */
    EXPEL,
    /** Occupy or seize territory. */
    TERRITORY,
    /** Violence. */
    VIOLENCE,
    // PROTEST
    /** A demonstration or rally. */
    DEMO,
    /** A violent riot. */
    RIOT,
    /** A strike. */
    STRIKE,
    /** A hunger strike. */
    HUNGER,
    /** A boycott. */
    BOYCOTT,
    /** Obstruction of passage, a blockade. */
    OBSTRUCT,
    // SANCTION
    /** Find guilty or liable in court. */
    CONVICT,
    /** Cancel meetings, summits or talks. */
    CANCEL,
    /** Curtail or break diplomatic, commercial or material exchange. */
    SEVER,
    /** Reduce or stop aid. */
    DISCONTINUE,
    // MOBILIZE
    /** Mobilise troops. */
    TROOPS,
    /** Raise the readiness of weapons systems. */
    WEAPONS,
    /** Mobilise police or security units. */
    POLICE,
    // COERCE
    /** Confiscate property. */
    CONFISCATE,
    /** Censor publications or media. */
    CENSOR,
    /** Impose a curfew. */
    CURFEW,
    /** Impose a state of emergency or martial law. */
    MARTIAL_LAW,
    /** Deport individuals. */
    DEPORT,
    /** Withhold public goods or services. */
    WITHHOLD,
    /** Seize property or territory. */
    SEIZE,
    // ASSAULT
    /** Abduct, kidnap or hijack. */
    ABDUCT,
    /** Physically assault. */
    BEAT,
    /** Torture. */
    TORTURE,
    /** Judicial execution. */
    EXECUTE,
    /** Sexual violence. */
    SEXUAL,
    /** Targeted assassination. */
    ASSASSINATE,
    /** Destroy property. */
    DESTROY,
    /** Primitive weapons: fire, blades, stones. */
    PRIMITIVE,
    /** Small arms. */
    FIREARMS,
    /** Mines, improvised devices, car bombs. */
    EXPLOSIVES,
    /** Suicide attacks. */
    SUICIDE_ATTACK,
    /** Artillery, tanks, aircraft and other crew-served weapons. */
    HEAVY_WEAPONS,
    /** Mass killing. */
    MASSACRE,
    /** Ethnic cleansing or mass expulsion. */
    CLEANSING,
    /** Weapons of mass destruction. */
    UNCONVENTIONAL;

    /** PLOVER's spelling of this mode: lower case, words joined by hyphens. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The mode with the given PLOVER label or enum name, ignoring case.
     *
     * @throws IllegalArgumentException if no mode has that label
     */
    public static Mode ofLabel(String label) {
        String key = label.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown PLOVER mode '" + label + "'", e);
        }
    }
}
