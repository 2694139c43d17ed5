package org.entente.extract.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.extract.actor.Entry.Kind;
import org.entente.model.actor.Actor;
import org.entente.model.actor.ActorRole;

/**
 * The people of one article: whoever it introduces ("Japan's new Prime Minister, Sanae Takaichi"),
 * so that later mentions by surname ("Takaichi"), by description ("the South Korean president") or
 * by a variant spelling ("Lee Jae-min" for Lee Jae Myung) resolve to the same actor. One per
 * extraction; not thread-safe.
 */
public final class PersonRegistry {
    /** Countries whose names are written family name first. */
    private static final Set<String> FAMILY_NAME_FIRST = Set.of("CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "MNG", "KHM");

    private final ActorKnowledge knowledge;
    private final LocalDate date;
    private final List<Person> people = new ArrayList<>();
    /** The organisations the text has named, by the lower-case last word of the name it used ("council"). */
    private final java.util.Map<String, Actor> organizations = new java.util.HashMap<>();

    /** A registry using {@code knowledge}'s list of office holders valid on {@code date}. */
    public PersonRegistry(ActorKnowledge knowledge, LocalDate date) {
        this.knowledge = knowledge;
        this.date = date;
    }

    /** A person known to the article. */
    public record Person(Actor actor, String title, String surname) {
    }

    /**
     * Registers a person introduced in the text and returns who they are: a known office holder if
     * the name or (same country, same surname) matches one, otherwise a new person.
     */
    public Actor introduce(String name, String country, String title, ActorRole role) {
        if (country == null && !name.strip().contains(" ")) {
            Actor titled = byTitleAndSurname(title, name.strip()); // "President Kagame", "Foreign Minister Lavrov"
            if (titled != null) {
                return titled;
            }
        }
        String surname = surname(name, country);
        for (Entry known : knowledge.entries(Kind.PERSON)) {
            if (!known.validOn(date)) {
                continue;
            }
            boolean sameName = String.join(" ", known.tokens()).equals(name) || known.name().equals(name);
            boolean sameSurname = country != null && country.equals(known.country())
                    && surname.equals(surname(known.name(), known.country()))
                    && (title == null || known.title() == null || title.equals(known.title()) || knowledge.isHeadTitle(title));
            if (sameName || sameSurname) {
                return remember(known);
            }
        }
        for (Person person : people) {
            if (person.actor().name().equals(name) || person.surname().equals(surname)
                    && (country == null || country.equals(person.actor().country()))) {
                return person.actor();
            }
        }
        ActorRole actorRole = role != null ? role : ActorRole.GOV;
        Actor actor = new Actor(name, country, null, actorRole, null, null);
        people.add(new Person(actor, title, surname));
        return actor;
    }

    /**
     * Registers an official of an organisation introduced in the text ("ASEAN's special envoy, Ramon
     * Villacorta") and returns them: they act for the organisation, whatever their nationality.
     */
    public Actor introduceMember(String name, String organization, String title) {
        for (Person person : people) {
            if (person.actor().name().equals(name)) {
                return person.actor();
            }
        }
        Actor actor = Actor.ofOrganization(name, organization);
        people.add(new Person(actor, title, surname(name, null)));
        return actor;
    }

    /**
     * Makes a person already met an official of {@code organization} ("ASEAN's envoy, former
     * Philippine diplomat X"), for this and later mentions, and returns their new actor.
     */
    public Actor joinOrganization(Actor person, String organization) {
        Actor member = Actor.ofOrganization(person.name(), organization);
        for (int k = 0; k < people.size(); k++) {
            Person p = people.get(k);
            if (p.actor().equals(person)) {
                people.set(k, new Person(member, p.title(), p.surname()));
            }
        }
        return member;
    }

    /** Remembers that the text named {@code organization} as {@code written} ("UN Security Council"). */
    public void rememberOrganization(Actor organization, String written) {
        String[] words = written.strip().split("\\s+");
        String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        if (words.length > 1 && Character.isLetter(last.charAt(0))) {
            organizations.put(last, organization);
        }
    }

    /** The organisation the text named with {@code word} as its last word ("council"), or null. */
    public Actor organizationCalled(String word) {
        return organizations.get(word);
    }

    /** Registers a known person matched by full name and returns their actor. */
    public Actor remember(Entry known) {
        for (Person person : people) {
            if (person.actor().name().equals(known.name())) {
                return person.actor();
            }
        }
        ActorRole role = known.organization() != null ? null : known.role() != null ? known.role() : ActorRole.GOV;
        Actor actor = new Actor(known.name(), known.country(), known.organization(), role, known.id(), null);
        people.add(new Person(actor, known.title(), surname(known.name(), known.country())));
        return actor;
    }

    /**
     * The person a lone capitalised word names: someone the article introduced with that surname,
     * most recent first, or else the one head of state or government of that surname in office.
     */
    public Actor bySurname(String word) {
        for (int i = people.size() - 1; i >= 0; i--) {
            if (people.get(i).surname().equals(word)) {
                return people.get(i).actor();
            }
        }
        Entry only = null;
        for (Entry known : knowledge.peopleWithSurname(word)) {
            if (known.validOn(date) && known.title() != null && knowledge.isHeadTitle(known.title())
                    && word.equals(surname(known.name(), known.country()))) {
                if (only != null && !only.name().equals(known.name())) {
                    return null; // two heads share the surname: ambiguous
                }
                only = known;
            }
        }
        return only == null ? null : remember(only);
    }

    /**
     * The one listed person in office with surname {@code word} whose title fits {@code title} (the
     * same title, or both heads of state or government); null if none or several.
     */
    private Actor byTitleAndSurname(String title, String word) {
        Entry only = null;
        for (Entry known : knowledge.peopleWithSurname(word)) {
            boolean fits = title == null || title.equals(known.title())
                    || known.title() != null && knowledge.isHeadTitle(title) && knowledge.isHeadTitle(known.title());
            if (known.validOn(date) && fits && word.equals(surname(known.name(), known.country()))) {
                if (only != null && !only.name().equals(known.name())) {
                    return null;
                }
                only = known;
            }
        }
        return only == null ? null : remember(only);
    }

    /** The most recent person of {@code country} whose title matches, for "the South Korean president". */
    public Actor byDescription(String country, String title) {
        if (title.equals("counterpart")) {
            return null; // whose counterpart depends on who is speaking: an unnamed official of that country
        }
        for (int i = people.size() - 1; i >= 0; i--) {
            Person p = people.get(i);
            if (country.equals(p.actor().country()) && (title.equals(p.title()) || knowledge.isHeadTitle(title)
                    && p.title() != null && knowledge.isHeadTitle(p.title()))) {
                return p.actor();
            }
        }
        for (Entry known : knowledge.entries(Kind.PERSON)) {
            if (known.validOn(date) && country.equals(known.country()) && title.equals(known.title())) {
                return remember(known);
            }
        }
        return null;
    }

    /**
     * The holder of a title that names its own body ("the EU foreign policy chief"): the one listed
     * person with that title on the article's date, or, if several are, the body they all serve;
     * null if no listed person has the title.
     */
    public Actor byTitle(String title) {
        List<Entry> holders = knowledge.entries(Kind.PERSON).stream()
                .filter(known -> known.validOn(date) && title.equals(known.title())).toList();
        if (holders.size() == 1) {
            return remember(holders.get(0));
        }
        Set<String> bodies = new java.util.HashSet<>();
        holders.forEach(h -> bodies.add(h.organization()));
        if (!holders.isEmpty() && bodies.size() == 1 && holders.get(0).organization() != null) {
            return Actor.ofOrganization(title, holders.get(0).organization());
        }
        return null;
    }

    /** The family name of a person's name: the first word for East Asian names, otherwise the last. */
    public static String surname(String name, String country) {
        String[] words = name.strip().split("\\s+");
        return country != null && FAMILY_NAME_FIRST.contains(country) ? words[0] : words[words.length - 1];
    }
}
