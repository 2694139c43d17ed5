package org.entente.cms.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.entente.model.Event;
import org.entente.model.Extraction;
import org.entente.model.actor.Actor;

/**
 * Ranks the stored stories related to a story. Scores add up from: the same main event (same type
 * and the same countries, +3) on dates within a week (+2; +1.5 when only publication dates say so)
 * and at the same place (+0.5); a follow-up (same type and countries, weeks apart, +1); shared
 * actors (twice the Jaccard index of their country, person and organisation tags); and text
 * similarity (the cosine of their word counts). Candidates are the stories that share a tag.
 */
@ApplicationScoped
public class RelatedCoverage {
    private static final long SAME_EVENT_DAYS = 7;
    private static final int MAX_CANDIDATES = 500;

    @Inject
    StoryService stories;

    @Inject
    StoryStore store;

    /** The stories related to {@code id}, best first, at most {@code limit}; empty if there is no such story. */
    public Optional<List<Related>> related(String id, int limit) {
        Optional<StoryView> story = stories.get(id);
        if (story.isEmpty()) {
            return Optional.empty();
        }
        StoryView self = story.get();
        Set<String> actorTags = actorTags(self);
        Map<String, Integer> words = words(self.extraction());
        List<Related> ranked = new ArrayList<>();
        for (String candidateId : store.storiesSharingTags(id, actorTags, MAX_CANDIDATES)) {
            stories.get(candidateId).ifPresent(other -> ranked.add(score(self, actorTags, words, other)));
        }
        ranked.sort(Comparator.comparingDouble(Related::score).reversed().thenComparing(Related::storyId));
        return Optional.of(ranked.subList(0, Math.min(limit, ranked.size())));
    }

    private static Related score(StoryView self, Set<String> selfActors, Map<String, Integer> selfWords, StoryView other) {
        double score = 0;
        List<String> reasons = new ArrayList<>();
        Event a = self.extraction().mainEvent();
        Event b = other.extraction().mainEvent();
        if (a != null && b != null && a.type() == b.type() && participants(a).equals(participants(b))) {
            Long days = days(a.date(), b.date());
            Long published = days(self.published(), other.published());
            String event = a.type() + " " + String.join("-", participants(a));
            if (days != null && days > SAME_EVENT_DAYS || days == null && published != null && published > SAME_EVENT_DAYS) {
                score += 1;
                reasons.add("follow-up of the same " + event);
            } else {
                score += 3;
                reasons.add("same event (" + event + ")");
                if (days != null) {
                    score += 2;
                    reasons.add("dates within a week");
                } else if (published != null) {
                    score += 1.5;
                    reasons.add("published within a week");
                }
                if (a.place() != null && b.place() != null && a.place().country() != null
                        && a.place().country().equals(b.place().country())) {
                    score += 0.5;
                    reasons.add("same place (" + a.place().country() + ")");
                }
            }
        }
        Set<String> otherActors = actorTags(other);
        Set<String> shared = new TreeSet<>(selfActors);
        shared.retainAll(otherActors);
        Set<String> union = new HashSet<>(selfActors);
        union.addAll(otherActors);
        if (!shared.isEmpty()) {
            double jaccard = (double) shared.size() / union.size();
            score += 2 * jaccard;
            reasons.add("shared actors: " + String.join(", ", shared));
        }
        double similarity = cosine(selfWords, words(other.extraction()));
        score += similarity;
        reasons.add(String.format(Locale.ROOT, "text similarity %.2f", similarity));
        return new Related(other.id(), other.title(), Math.round(score * 100) / 100.0, reasons);
    }

    private static Set<String> actorTags(StoryView story) {
        Set<String> tags = new TreeSet<>();
        for (TagView tag : story.tags()) {
            if (tag.kind().equals("COUNTRY") || tag.kind().equals("PERSON") || tag.kind().equals("ORGANIZATION")) {
                tags.add(tag.id());
            }
        }
        return tags;
    }

    private static List<String> participants(Event e) {
        Set<String> codes = new TreeSet<>();
        List<Actor> all = new ArrayList<>(e.source());
        all.addAll(e.target());
        for (Actor actor : all) {
            String code = actor.country() != null ? actor.country() : actor.organization();
            if (code != null) { // a group Entente could not place ("protesters") has neither
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }

    private static Long days(LocalDate a, LocalDate b) {
        return a == null || b == null ? null : Math.abs(ChronoUnit.DAYS.between(a, b));
    }

    private static Map<String, Integer> words(Extraction extraction) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : extraction.article().text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.length() >= 4) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
        double dot = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            dot += e.getValue() * (double) b.getOrDefault(e.getKey(), 0);
        }
        double na = Math.sqrt(a.values().stream().mapToDouble(v -> v * (double) v).sum());
        double nb = Math.sqrt(b.values().stream().mapToDouble(v -> v * (double) v).sum());
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }
}
