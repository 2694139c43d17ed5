package org.entente.cms.related;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import org.entente.cms.related.StoryProfile.MainEvent;

/**
 * Ranks the stored stories related to a story. Scores add up from: the same main event (same type
 * and the same countries, +3) on dates within a week (+2; +1.5 when only publication dates say so)
 * and at the same place (+0.5); a follow-up (same type and countries, weeks apart, +1); shared
 * actors (twice the Jaccard index of their country, person and organisation tags); and text
 * similarity (the cosine of their {@link Terms}, at most +1).
 *
 * <p>Candidates are the stories that share an actor tag. All are scored on event and actors; the
 * {@value #TEXT_COMPARED} best of those are also compared by text, which can add at most 1.
 */
@ApplicationScoped
public class RelatedCoverage {
    private static final long SAME_EVENT_DAYS = 7;
    /** Candidates compared by text, from the best on event and actors down. */
    static final int TEXT_COMPARED = 200;

    @Inject
    RelatedIndex index;

    /** The stories related to {@code id}, best first, at most {@code limit}; empty if there is no such story. */
    public Optional<List<Related>> related(String id, int limit) {
        return index.search(id, (self, candidates) -> rank(self, candidates, limit));
    }

    private record Scored(StoryProfile story, double score, int sharedTags) {
    }

    private static List<Related> rank(StoryProfile self, RelatedIndex.Candidates candidates, int limit) {
        Comparator<Scored> byScore = Comparator.comparingDouble(Scored::score).thenComparing(s -> s.story().id(),
                Comparator.reverseOrder());
        PriorityQueue<Scored> best = new PriorityQueue<>(TEXT_COMPARED + 1, byScore); // weakest on top
        candidates.forEach((other, shared) -> {
            Scored scored = new Scored(other, event(self, other, null) + actors(self, other, shared, null), shared);
            if (best.size() < TEXT_COMPARED) {
                best.add(scored);
            } else if (byScore.compare(scored, best.peek()) > 0) {
                best.poll();
                best.add(scored);
            }
        });
        List<Scored> ranked = new ArrayList<>();
        for (Scored s : best) {
            ranked.add(new Scored(s.story(), s.score() + self.terms().cosine(s.story().terms()), s.sharedTags()));
        }
        ranked.sort(byScore.reversed());
        List<Related> top = new ArrayList<>();
        for (Scored s : ranked.subList(0, Math.min(limit, ranked.size()))) {
            top.add(explain(self, s.story(), s.sharedTags()));
        }
        return top;
    }

    /** The score again, this time with its reasons. */
    private static Related explain(StoryProfile self, StoryProfile other, int shared) {
        List<String> reasons = new ArrayList<>();
        double similarity = self.terms().cosine(other.terms());
        double score = event(self, other, reasons) + actors(self, other, shared, reasons) + similarity;
        reasons.add(String.format(Locale.ROOT, "text similarity %.2f", similarity));
        return new Related(other.id(), other.title(), Math.round(score * 100) / 100.0, reasons);
    }

    private static double event(StoryProfile self, StoryProfile other, List<String> reasons) {
        MainEvent a = self.mainEvent();
        MainEvent b = other.mainEvent();
        if (a == null || b == null || !a.sameAs(b)) {
            return 0;
        }
        Long days = days(a.date(), b.date());
        Long published = days(self.published(), other.published());
        String event = a.type() + " " + a.participants().replace(' ', '-');
        if (days != null && days > SAME_EVENT_DAYS || days == null && published != null && published > SAME_EVENT_DAYS) {
            reason(reasons, "follow-up of the same " + event);
            return 1;
        }
        double score = 3;
        reason(reasons, "same event (" + event + ")");
        if (days != null) {
            score += 2;
            reason(reasons, "dates within a week");
        } else if (published != null) {
            score += 1.5;
            reason(reasons, "published within a week");
        }
        if (a.placeCountry() != null && a.placeCountry().equals(b.placeCountry())) {
            score += 0.5;
            reason(reasons, "same place (" + a.placeCountry() + ")");
        }
        return score;
    }

    private static double actors(StoryProfile self, StoryProfile other, int shared, List<String> reasons) {
        if (reasons != null) {
            Set<String> common = new TreeSet<>(self.actorTags());
            common.retainAll(other.actorTags());
            reasons.add("shared actors: " + String.join(", ", common));
        }
        int union = self.actorTags().size() + other.actorTags().size() - shared;
        return 2.0 * shared / union;
    }

    private static void reason(List<String> reasons, String reason) {
        if (reasons != null) {
            reasons.add(reason);
        }
    }

    private static Long days(LocalDate a, LocalDate b) {
        return a == null || b == null ? null : Math.abs(ChronoUnit.DAYS.between(a, b));
    }
}
