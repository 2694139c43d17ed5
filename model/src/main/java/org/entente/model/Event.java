package org.entente.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.entente.model.actor.Actor;
import org.entente.model.cameo.Cameo;
import org.entente.model.cameo.CameoCode;
import org.entente.model.internal.Checks;
import org.entente.model.plover.Context;
import org.entente.model.plover.EventType;
import org.entente.model.plover.Mode;
import org.entente.model.plover.QuadClass;

/**
 * One coded event: who did what to whom, when, where, whether it happened, and on what evidence.
 * Build one with {@link #builder(String, EventType)}; the canonical constructor is for
 * deserialisation and derives what is left null.
 *
 * <pre>{@code
 * Event talks = Event.builder("e1", EventType.CONSULT)
 *         .source(Actor.of("Xi Jinping", "CHN", ActorRole.GOV))
 *         .target(Actor.of("Lee Jae Myung", "KOR", ActorRole.GOV))
 *         .modality(Modality.FUTURE)
 *         .date(LocalDate.of(2025, 11, 1), DatePrecision.DAY)
 *         .build();                                   // cameo 040, goldstein 1.0
 * }</pre>
 *
 * @param id            identifier, unique within its extraction; required
 * @param type          the PLOVER event type; required
 * @param mode          the PLOVER mode, or null; must be one of {@code type}'s modes
 * @param contexts      PLOVER contexts, without duplicates
 * @param cameo         the CAMEO code; null means the code {@link Cameo#codeFor} picks for type,
 *                      mode and contexts. It may belong to another PLOVER type where CAMEO and
 *                      PLOVER cut differently (a planned meeting is CONSULT with FUTURE modality in
 *                      PLOVER, 036 "express intent to meet" in CAMEO)
 * @param quadClass     the quad class of {@code type}; null means derived, anything else must match
 * @param goldstein     the Goldstein score of {@code cameo}; null means derived, anything else must match
 * @param source        the actors who act; several for compound actors ("France and Germany urged")
 * @param target        the actors acted upon, possibly none
 * @param modality      whether it happened; null means {@link Modality#ASSERTED}
 * @param historical    true for background events reported as history rather than news
 * @param date          when it happened, truncated to {@code datePrecision}; null if unknown
 * @param datePrecision how precisely the date is known; null means DAY with a date, UNKNOWN without
 * @param place         where it happened, or null
 * @param evidence      the spans of text that express it, in text order
 * @param attribution   who said or reported it ("Lee's office", "Bloomberg"), or null
 * @param confidence    how sure the coder is, 0 to 1
 * @since 0.1
 */
public record Event(String id, EventType type, Mode mode, List<Context> contexts, String cameo,
                    QuadClass quadClass, Double goldstein, List<Actor> source, List<Actor> target,
                    Modality modality, boolean historical, LocalDate date, DatePrecision datePrecision,
                    Place place, List<Evidence> evidence, String attribution, double confidence) {

    /** Checks every component and derives the ones left null; see the component descriptions. */
    public Event {
        id = Checks.notBlank(id, "id");
        if (type == null) {
            throw new IllegalArgumentException("Event type is required (one of the 16 PLOVER types)");
        }
        if (mode != null && !type.allows(mode)) {
            throw new IllegalArgumentException("Mode " + mode.label() + " is not a mode of " + type
                    + (type.modes().isEmpty() ? ", which has none" : " (allowed: " + type.modes() + ")"));
        }
        contexts = Checks.distinctListOf(contexts, "contexts");
        CameoCode code = cameo == null || cameo.isBlank() ? Cameo.codeFor(type, mode, contexts) : Cameo.code(cameo);
        cameo = code.code();
        if (quadClass == null) {
            quadClass = type.quadClass();
        } else if (quadClass != type.quadClass()) {
            throw new IllegalArgumentException("quadClass " + quadClass + " does not match " + type + " (" + type.quadClass() + ")");
        }
        if (goldstein == null) {
            goldstein = code.goldstein();
        } else if (Double.compare(goldstein, code.goldstein()) != 0) {
            throw new IllegalArgumentException("goldstein " + goldstein + " does not match CAMEO " + cameo + " (" + code.goldstein() + ")");
        }
        source = Checks.listOf(source, "source");
        target = Checks.listOf(target, "target");
        modality = modality == null ? Modality.ASSERTED : modality;
        if (datePrecision == null) {
            datePrecision = date == null ? DatePrecision.UNKNOWN : DatePrecision.DAY;
        }
        if ((date == null) != (datePrecision == DatePrecision.UNKNOWN)) {
            throw new IllegalArgumentException("date " + date + " does not fit datePrecision " + datePrecision
                    + ": a date needs DAY, WEEK, MONTH, YEAR or REPORTED precision, and UNKNOWN needs no date");
        }
        date = date == null ? null : datePrecision.truncate(date);
        evidence = Checks.listOf(evidence, "evidence");
        attribution = Checks.blankToNull(attribution);
        Checks.unitInterval(confidence, "confidence");
    }

    /** The CAMEO code record of {@link #cameo()}. */
    public CameoCode cameoCode() {
        return Cameo.code(cameo);
    }

    /** A builder for an event with the given id and type. */
    public static Builder builder(String id, EventType type) {
        return new Builder(id, type);
    }

    /**
     * A builder holding this event's values, to derive a modified copy. It keeps the CAMEO code:
     * call {@code cameo(null)} to derive it afresh after changing the mode or contexts.
     */
    public Builder toBuilder() {
        return new Builder(id, type).mode(mode).contexts(contexts).cameo(cameo)
                .source(source).target(target).modality(modality).historical(historical)
                .date(date, datePrecision).place(place).evidence(evidence)
                .attribution(attribution).confidence(confidence);
    }

    /**
     * Builds an {@link Event}. Not thread-safe; each setter returns this builder, for chaining.
     * Unset values take the defaults of the canonical constructor; confidence defaults to 1.
     */
    public static final class Builder {
        private final String id;
        private final EventType type;
        private Mode mode;
        private final List<Context> contexts = new ArrayList<>();
        private String cameo;
        private final List<Actor> source = new ArrayList<>();
        private final List<Actor> target = new ArrayList<>();
        private Modality modality = Modality.ASSERTED;
        private boolean historical;
        private LocalDate date;
        private DatePrecision datePrecision;
        private Place place;
        private final List<Evidence> evidence = new ArrayList<>();
        private String attribution;
        private double confidence = 1.0;

        private Builder(String id, EventType type) {
            this.id = id;
            this.type = type;
        }

        /** Sets the mode. */
        public Builder mode(Mode mode) {
            this.mode = mode;
            return this;
        }

        /** Replaces the contexts. */
        public Builder contexts(List<Context> contexts) {
            this.contexts.clear();
            this.contexts.addAll(contexts);
            return this;
        }

        /** Adds contexts. */
        public Builder context(Context... contexts) {
            this.contexts.addAll(List.of(contexts));
            return this;
        }

        /** Sets the CAMEO code instead of deriving it. */
        public Builder cameo(String cameo) {
            this.cameo = cameo;
            return this;
        }

        /** Adds source actors. */
        public Builder source(Actor... actors) {
            return source(List.of(actors));
        }

        /** Adds source actors. */
        public Builder source(List<Actor> actors) {
            source.addAll(actors);
            return this;
        }

        /** Adds target actors. */
        public Builder target(Actor... actors) {
            return target(List.of(actors));
        }

        /** Adds target actors. */
        public Builder target(List<Actor> actors) {
            target.addAll(actors);
            return this;
        }

        /** Sets the modality. */
        public Builder modality(Modality modality) {
            this.modality = Objects.requireNonNull(modality, "modality");
            return this;
        }

        /** Marks the event as historical background, or not. */
        public Builder historical(boolean historical) {
            this.historical = historical;
            return this;
        }

        /** Sets the date and its precision. */
        public Builder date(LocalDate date, DatePrecision precision) {
            this.date = date;
            this.datePrecision = precision;
            return this;
        }

        /** Sets the place. */
        public Builder place(Place place) {
            this.place = place;
            return this;
        }

        /** Adds evidence spans. */
        public Builder evidence(Evidence... spans) {
            return evidence(List.of(spans));
        }

        /** Adds evidence spans. */
        public Builder evidence(List<Evidence> spans) {
            evidence.addAll(spans);
            return this;
        }

        /** Sets who said or reported the event. */
        public Builder attribution(String attribution) {
            this.attribution = attribution;
            return this;
        }

        /** Sets the confidence, 0 to 1. */
        public Builder confidence(double confidence) {
            this.confidence = confidence;
            return this;
        }

        /**
         * The event.
         *
         * @throws IllegalArgumentException if the values do not make a valid event
         */
        public Event build() {
            return new Event(id, type, mode, contexts, cameo, null, null, source, target, modality,
                    historical, date, datePrecision, place, evidence, attribution, confidence);
        }
    }
}
