package org.entente.model.plover;

import static org.entente.model.plover.Mode.*;
import static org.entente.model.plover.QuadClass.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The sixteen PLOVER event types. Each belongs to one {@link QuadClass}, allows a set of
 * {@link Mode}s, and carries PLOVER's cooperation-conflict score: the "Schrodt score" of the PLOVER
 * manual, a frequency-weighted mean of the Goldstein scores of the CAMEO codes the type replaces,
 * from -9.3 (ASSAULT) to +7.6 (RETREAT).
 *
 * @since 0.1
 */
public enum EventType {
    /** Agree to, offer or promise cooperation, including promises to sign agreements. */
    AGREE(VERBAL_COOPERATION, 4.2),
    /** Meetings, visits, talks and negotiations. */
    CONSULT(VERBAL_COOPERATION, 2.1, VISIT, THIRD_PARTY, MULTILATERAL, PHONE),
    /** Diplomatic, non-material support: praise, endorsement, recognition, signing agreements. */
    SUPPORT(VERBAL_COOPERATION, 4.6),
    /** Verbal concessions: easing restrictions, declaring ceasefires, apologising. */
    CONCEDE(VERBAL_COOPERATION, 5.0),
    /** Mutual material cooperation: economic, military, judicial, intelligence. */
    COOPERATE(MATERIAL_COOPERATION, 6.8),
    /** Material aid whose benefit accrues mainly to the target: money, arms, relief, asylum. */
    AID(MATERIAL_COOPERATION, 7.4),
    /** Concessions with material effect: withdrawals, releases, ceasefires, resignations. */
    RETREAT(MATERIAL_COOPERATION, 7.6, WITHDRAW, RELEASE, RETURN, DISARM, CEASEFIRE, ACCESS, RESIGN),
    /** Requests, appeals and demands. */
    REQUEST(VERBAL_CONFLICT, -5.0, ASSIST, CHANGE, YIELD, MEET),
    /** Criticism, accusations, lawsuits and investigations. */
    ACCUSE(VERBAL_CONFLICT, -2.0, DISAPPROVE, INVESTIGATE, ALLEGE),
    /** Rejections and refusals. */
    REJECT(VERBAL_CONFLICT, -4.2, ASSIST, CHANGE, YIELD, MEET),
    /** Threats and ultimatums. */
    THREATEN(VERBAL_CONFLICT, -5.1, RESTRICT, BAN, ARREST, RELATIONS, EXPEL, TERRITORY, VIOLENCE),
    /** Demonstrations, riots, strikes, boycotts and blockades by civilians. */
    PROTEST(MATERIAL_CONFLICT, -6.6, DEMO, RIOT, STRIKE, HUNGER, BOYCOTT, OBSTRUCT),
    /** Reductions in relations: sanctions, cancelled talks, expulsions, cut aid. */
    SANCTION(MATERIAL_CONFLICT, -5.2, CONVICT, CANCEL, EXPEL, WITHDRAW, SEVER, DISCONTINUE),
    /** Military or police moves short of the use of force. */
    MOBILIZE(MATERIAL_CONFLICT, -5.3, TROOPS, WEAPONS, POLICE),
    /** Repression and restrictions: arrests, bans, curfews, blockades, occupation. */
    COERCE(MATERIAL_CONFLICT, -7.2, CONFISCATE, RESTRICT, BAN, CENSOR, CURFEW, MARTIAL_LAW, ARREST,
            DEPORT, WITHHOLD, SEIZE),
    /** Deliberate physical harm: attacks, bombings, fighting, killings. */
    ASSAULT(MATERIAL_CONFLICT, -9.3, ABDUCT, BEAT, TORTURE, EXECUTE, SEXUAL, ASSASSINATE, DESTROY,
            PRIMITIVE, FIREARMS, EXPLOSIVES, SUICIDE_ATTACK, HEAVY_WEAPONS, MASSACRE, CLEANSING,
            UNCONVENTIONAL);

    private final QuadClass quadClass;
    private final double score;
    private final Set<Mode> modes;

    EventType(QuadClass quadClass, double score, Mode... modes) {
        this.quadClass = quadClass;
        this.score = score;
        EnumSet<Mode> set = EnumSet.noneOf(Mode.class);
        Collections.addAll(set, modes);
        this.modes = Collections.unmodifiableSet(set);
    }

    /** The quad class this type belongs to. */
    public QuadClass quadClass() {
        return quadClass;
    }

    /** PLOVER's cooperation-conflict score for this type, -10 (conflict) to +10 (cooperation). */
    public double score() {
        return score;
    }

    /** The modes PLOVER allows for this type; empty for types that have none. */
    public Set<Mode> modes() {
        return modes;
    }

    /** Whether {@code mode} is one of this type's modes. */
    public boolean allows(Mode mode) {
        return modes.contains(mode);
    }

    /**
     * Whether source and target play the same part in events of this type, so that "A met B" and
     * "B met A" are the same event. True for CONSULT, AGREE and COOPERATE.
     */
    public boolean isSymmetric() {
        return this == CONSULT || this == AGREE || this == COOPERATE;
    }

    /**
     * The type with the given name, ignoring case.
     *
     * @throws IllegalArgumentException if no type has that name
     */
    public static EventType ofName(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown PLOVER event type '" + name + "'", e);
        }
    }
}
