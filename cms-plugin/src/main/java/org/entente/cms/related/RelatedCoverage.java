package org.entente.cms.related;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.entente.cms.related.StoryProfile.MainEvent;

/**
 * Ranks the stored stories related to a story. Scores add up from: the same main event (same type
 * and the same countries, +3) on dates within a week (+2; +1.5 when only publication dates say so)
 * and at the same place (+0.5); a follow-up (same type and countries, weeks apart, +1); shared
 * actors (twice the Jaccard index of their country, person and organisation tags); and text
 * similarity (the cosine of their {@link Terms}, at most +1).
 *
 * <p>Candidates are the stories that share an actor tag or the main event. All are scored on event
 * and actors, except those that share only tags common to thousands of stories when enough others
 * are known to score higher; the {@value #TEXT_COMPARED} best (among equal scores, those with the
 * greater hash of their id: the choice is the same on every server) are also compared by text, which can
 * add at most 1.
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
        return index.search(id, (table, self) -> rank(table, self, limit));
    }

    private record Scored(int slot, double score, int sharedTags) {
    }

    static List<Related> rank(ProfileTable table, int self, int limit) {
        return rank(table, self, limit, true);
    }

    /** The ranking; with {@code prune} false, found by scoring every candidate (for tests: the ranking must be the same). */
    static List<Related> rank(ProfileTable table, int self, int limit, boolean prune) {
        Comparator<Scored> byScore = Comparator.comparingDouble(Scored::score)
                .thenComparing(s -> table.profile(s.slot()).id(), Comparator.reverseOrder());
        // Thousands of candidates may tie on event and actors: choosing among them by the ids' hashes, read
        // from an array, rather than by the ids, read through each candidate's profile, halves a request's cost.
        Comparator<Scored> selection = Comparator.comparingDouble(Scored::score).thenComparingInt(s -> table.idHash(s.slot()))
                .thenComparing(s -> table.profile(s.slot()).id(), Comparator.reverseOrder());
        PriorityQueue<Scored> best = best(table, self, prune, selection);
        Terms terms = table.profile(self).terms();
        List<Scored> ranked = new ArrayList<>();
        for (Scored s : best) {
            ranked.add(new Scored(s.slot(), s.score() + terms.cosine(table.profile(s.slot()).terms()), s.sharedTags()));
        }
        ranked.sort(byScore.reversed());
        List<Related> top = new ArrayList<>();
        for (Scored s : ranked.subList(0, Math.min(limit, ranked.size()))) {
            top.add(explain(table, self, s.slot(), s.sharedTags()));
        }
        return top;
    }

    /**
     * The {@value #TEXT_COMPARED} best candidates on event and actors, weakest on top. Pruning stops the
     * search once the weakest kept scores more than any story not visited yet could: one that shares
     * only the k tags left, and not the main event, scores at most 2 k / tags.
     */
    private static PriorityQueue<Scored> best(ProfileTable table, int self, boolean prune, Comparator<Scored> byScore) {
        PriorityQueue<Scored> best = new PriorityQueue<>(TEXT_COMPARED + 1, byScore);
        double tags = table.tagCount(self);
        table.forEachCandidate(self, (other, shared) -> {
            double score = event(table, self, other, null) + actors(table, self, other, shared, null);
            // Most candidates lose to the weakest kept, many of them on a tie: they are dropped by comparing
            // numbers only, without allocating anything or calling the comparator.
            if (best.size() == TEXT_COMPARED) {
                Scored weakest = best.peek();
                if (score < weakest.score() || score == weakest.score() && table.idHash(other) < table.idHash(weakest.slot())) {
                    return;
                }
            }
            Scored scored = new Scored(other, score, shared);
            if (best.size() < TEXT_COMPARED) {
                best.add(scored);
            } else if (byScore.compare(scored, best.peek()) > 0) {
                best.poll();
                best.add(scored);
            }
        }, tagsLeft -> prune && best.size() == TEXT_COMPARED && best.peek().score() > 2 * tagsLeft / tags);
        return best;
    }

    /** The score again, this time with its reasons. */
    private static Related explain(ProfileTable table, int self, int other, int shared) {
        List<String> reasons = new ArrayList<>();
        StoryProfile story = table.profile(other);
        double similarity = table.profile(self).terms().cosine(story.terms());
        double score = event(table, self, other, reasons) + actors(table, self, other, shared, reasons) + similarity;
        reasons.add(String.format(Locale.ROOT, "text similarity %.2f", similarity));
        return new Related(story.id(), story.title(), Math.round(score * 100) / 100.0, reasons);
    }

    private static double event(ProfileTable table, int self, int other, List<String> reasons) {
        int event = table.event(self);
        if (event == ProfileTable.NONE || event != table.event(other)) {
            return 0;
        }
        int days = distance(table.eventDay(self), table.eventDay(other));
        int published = distance(table.publishedDay(self), table.publishedDay(other));
        if (days != ProfileTable.NONE ? days > SAME_EVENT_DAYS : published != ProfileTable.NONE && published > SAME_EVENT_DAYS) {
            reason(reasons, () -> "follow-up of the same " + describe(table.profile(self).mainEvent()));
            return 1;
        }
        double score = 3;
        reason(reasons, () -> "same event (" + describe(table.profile(self).mainEvent()) + ")");
        if (days != ProfileTable.NONE) {
            score += 2;
            reason(reasons, () -> "dates within a week");
        } else if (published != ProfileTable.NONE) {
            score += 1.5;
            reason(reasons, () -> "published within a week");
        }
        int place = table.place(self);
        if (place != ProfileTable.NONE && place == table.place(other)) {
            score += 0.5;
            reason(reasons, () -> "same place (" + table.profile(self).mainEvent().placeCountry() + ")");
        }
        return score;
    }

    private static double actors(ProfileTable table, int self, int other, int shared, List<String> reasons) {
        if (reasons != null) {
            Set<String> common = new TreeSet<>(table.profile(self).actorTags());
            common.retainAll(table.profile(other).actorTags());
            reasons.add("shared actors: " + String.join(", ", common));
        }
        int union = table.tagCount(self) + table.tagCount(other) - shared;
        return union == 0 ? 0 : 2.0 * shared / union;
    }

    private static String describe(MainEvent event) {
        return event.type() + " " + event.participants().replace(' ', '-');
    }

    private static void reason(List<String> reasons, Supplier<String> reason) {
        if (reasons != null) {
            reasons.add(reason.get());
        }
    }

    /** Days between two epoch days, or {@link ProfileTable#NONE} if either is unknown. */
    private static int distance(int a, int b) {
        return a == ProfileTable.NONE || b == ProfileTable.NONE ? ProfileTable.NONE : Math.abs(a - b);
    }
}
