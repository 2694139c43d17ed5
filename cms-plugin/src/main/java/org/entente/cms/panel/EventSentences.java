package org.entente.cms.panel;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.entente.model.Event;
import org.entente.model.actor.Actor;
import org.entente.model.actor.Countries;
import org.entente.model.actor.Organizations;

/** Events as sentences an editor reads: "South Korea (Lee Jae Myung) urged China (Xi Jinping) — asserted — 1 Nov 2025 — Gyeongju". */
final class EventSentences {
    private EventSentences() {
    }

    static String sentence(Event e) {
        String source = actors(e.source());
        String target = actors(e.target());
        String verb = switch (e.type()) {
            case AGREE -> "agreed with";
            case CONSULT -> "met";
            case SUPPORT -> "supported";
            case CONCEDE -> "conceded to";
            case COOPERATE -> "cooperated with";
            case AID -> "gave aid to";
            case RETREAT -> "yielded to";
            case REQUEST -> "urged";
            case ACCUSE -> "accused";
            case REJECT -> "rejected";
            case THREATEN -> "threatened";
            case PROTEST -> "protested against";
            case SANCTION -> "sanctioned";
            case MOBILIZE -> "mobilized against";
            case COERCE -> "coerced";
            case ASSAULT -> "attacked";
        };
        StringBuilder out = new StringBuilder(source);
        if (target.isEmpty()) {
            out.append(' ').append(verb.replaceAll(" (with|to|against)$", "")); // "South Korea and China agreed"
        } else {
            out.append(' ').append(verb).append(' ').append(target);
        }
        out.append(" — ").append(e.modality().name().toLowerCase(Locale.ROOT));
        if (e.historical()) {
            out.append(" (background)");
        }
        if (e.date() != null) {
            out.append(" — ").append(switch (e.datePrecision()) {
                case DAY -> e.date().getDayOfMonth() + " " + month(e) + " " + e.date().getYear();
                case REPORTED -> "reported " + e.date().getDayOfMonth() + " " + month(e) + " " + e.date().getYear();
                case WEEK -> "week of " + e.date().getDayOfMonth() + " " + month(e) + " " + e.date().getYear();
                case MONTH -> month(e) + " " + e.date().getYear();
                case YEAR, UNKNOWN -> String.valueOf(e.date().getYear());
            });
        }
        if (e.place() != null) {
            out.append(" — ").append(e.place().name());
        }
        return out.toString();
    }

    private static String month(Event e) {
        String name = e.date().getMonth().name();
        return name.charAt(0) + name.substring(1, 3).toLowerCase(Locale.ROOT);
    }

    /** "South Korea (Lee Jae Myung) and China (Xi Jinping)". */
    static String actors(List<Actor> actors) {
        return actors.stream().map(EventSentences::actor).collect(Collectors.joining(" and "));
    }

    static String actor(Actor a) {
        String place = a.country() != null ? Countries.get(a.country()).name()
                : a.organization() != null ? Organizations.get(a.organization()).code() : null;
        if (place == null) {
            return a.name();
        }
        return a.name().equals(place) || a.name().startsWith(place + " ") ? a.name() : place + " (" + a.name() + ")";
    }
}
