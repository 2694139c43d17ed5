package org.entente.extract.event;

import java.util.ArrayList;
import java.util.List;
import org.entente.extract.actor.ActorMention;
import org.entente.extract.actor.ActorMention.Kind;
import org.entente.extract.event.Trigger.Element;
import org.entente.extract.text.Cue;
import org.entente.extract.text.Cues;
import org.entente.extract.text.Sentence;

/**
 * Matches a PETRARCH-style {@link Trigger.Pattern} around a verb found at tokens [start, formEnd):
 * the elements after the verb left to right, those before it right to left, each as close to the
 * verb as it can be. Words match as written, ignoring case; a role marker matches the nearest
 * actor mention (of any kind that can name an actor, a place included). Stateless.
 */
final class PatternMatcher {
    private final Cues cues;

    /**
     * A match.
     *
     * @param specificity the words and role markers matched: the more, the more specific the match
     * @param source      the mention at {@code $}, or null
     * @param target      the mention at {@code +}, or null
     * @param compound    the mention at {@code %}, or null
     * @param before      the tokens of the words matched before the verb
     * @param after       the tokens of the words matched after the verb
     */
    record Match(int specificity, Role source, Role target, Role compound, List<Integer> before, List<Integer> after) {
    }

    /** A role marker's mention, and whether it stands before the verb. */
    record Role(ActorMention mention, boolean beforeVerb) {
    }

    /** A matcher reading the articles before a role marker's mention with the cue words of {@code cues}. */
    PatternMatcher(Cues cues) {
        this.cues = cues;
    }

    /** The match of {@code pattern} around the verb at [start, formEnd) of {@code s}, within {@code window} tokens; null if none. */
    Match match(Sentence s, int start, int formEnd, Trigger.Pattern pattern, List<ActorMention> mentions, int window) {
        int specificity = 0;
        Role source = null;
        Role target = null;
        Role compound = null;
        List<Integer> afterWords = new ArrayList<>();
        int pos = formEnd;
        int limit = Math.min(s.size(), formEnd + window);
        for (Element e : pattern.after()) {
            switch (e.kind()) {
                case WORDS -> {
                    int found = -1;
                    int length = 0;
                    for (int k = pos; k < (e.adjacent() ? Math.min(pos + 1, limit) : limit) && found < 0; k++) {
                        for (List<String> phrase : e.phrases()) {
                            if (matchesAt(s, k, phrase) && k + phrase.size() <= limit) {
                                found = k;
                                length = Math.max(length, phrase.size());
                            }
                        }
                    }
                    if (found < 0) {
                        return null;
                    }
                    for (int k = found; k < found + length; k++) {
                        afterWords.add(k);
                    }
                    specificity += length;
                    pos = found + length;
                }
                case SKIP -> {
                    ActorMention m = mentionAt(s, mentions, pos);
                    if (m != null) {
                        pos = m.end();
                    } else if (pos < limit) {
                        pos++;
                    } else {
                        return null;
                    }
                }
                default -> {
                    ActorMention m = e.adjacent() ? mentionAt(s, mentions, pos) : firstMention(mentions, pos, limit);
                    if (m == null) {
                        return null;
                    }
                    Role role = new Role(m, false);
                    switch (e.kind()) {
                        case SOURCE -> source = role;
                        case TARGET -> target = role;
                        default -> compound = role;
                    }
                    specificity++;
                    pos = m.end();
                }
            }
        }
        List<Integer> beforeWords = new ArrayList<>();
        pos = start - 1;
        int lower = Math.max(0, start - window);
        for (Element e : pattern.before()) {
            switch (e.kind()) {
                case WORDS -> {
                    int found = -1;
                    int length = 0;
                    for (int k = pos; k >= (e.adjacent() ? Math.max(pos, lower) : lower) && found < 0; k--) {
                        for (List<String> phrase : e.phrases()) {
                            int first = k - phrase.size() + 1;
                            if (first >= lower && matchesAt(s, first, phrase)) {
                                found = k;
                                length = Math.max(length, phrase.size());
                            }
                        }
                    }
                    if (found < 0) {
                        return null;
                    }
                    for (int k = found - length + 1; k <= found; k++) {
                        beforeWords.add(k);
                    }
                    specificity += length;
                    pos = found - length;
                }
                case SKIP -> {
                    ActorMention m = mentionEndingAt(mentions, pos);
                    if (m != null) {
                        pos = m.start() - 1;
                    } else if (pos >= lower) {
                        pos--;
                    } else {
                        return null;
                    }
                }
                default -> {
                    ActorMention m = e.adjacent() ? mentionEndingAt(mentions, pos) : lastMention(mentions, lower, pos);
                    if (m == null) {
                        return null;
                    }
                    Role role = new Role(m, true);
                    switch (e.kind()) {
                        case SOURCE -> source = role;
                        case TARGET -> target = role;
                        default -> compound = role;
                    }
                    specificity++;
                    pos = m.start() - 1;
                }
            }
        }
        return new Match(specificity, source, target, compound, beforeWords, afterWords);
    }

    /** Whether {@code phrase} stands, as written (ignoring case), at tokens {@code k}... of {@code s}. */
    static boolean matchesAt(Sentence s, int k, List<String> phrase) {
        if (k < 0 || k + phrase.size() > s.size()) {
            return false;
        }
        for (int j = 0; j < phrase.size(); j++) {
            if (!s.lower(k + j).equals(phrase.get(j))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a mention can stand for an actor at a role marker: anything but a bare place. */
    static boolean namesActor(ActorMention m) {
        return m.actor() != null || m.kind() == Kind.PRONOUN || m.kind() == Kind.PAIR || m.kind() == Kind.GROUP;
    }

    /** The longest actor mention starting at {@code pos}, or after an article there. */
    private ActorMention mentionAt(Sentence s, List<ActorMention> mentions, int pos) {
        int at = cues.is(Cue.ARTICLE, s.lower(pos)) ? pos + 1 : pos;
        ActorMention best = null;
        for (ActorMention m : mentions) {
            if (namesActor(m) && (m.start() == pos || m.start() == at) && (best == null || m.end() > best.end())) {
                best = m;
            }
        }
        return best;
    }

    /** The first actor mention starting in [from, to), the longest of those starting together. */
    private static ActorMention firstMention(List<ActorMention> mentions, int from, int to) {
        ActorMention best = null;
        for (ActorMention m : mentions) {
            if (namesActor(m) && m.start() >= from && m.start() < to
                    && (best == null || m.start() < best.start() || m.start() == best.start() && m.end() > best.end())) {
                best = m;
            }
        }
        return best;
    }

    /** The actor mention whose last token is {@code pos}, the longest if several. */
    private static ActorMention mentionEndingAt(List<ActorMention> mentions, int pos) {
        ActorMention best = null;
        for (ActorMention m : mentions) {
            if (namesActor(m) && m.end() == pos + 1 && (best == null || m.start() < best.start())) {
                best = m;
            }
        }
        return best;
    }

    /** The last actor mention ending in [from, to], the longest of those ending together. */
    private static ActorMention lastMention(List<ActorMention> mentions, int from, int to) {
        ActorMention best = null;
        for (ActorMention m : mentions) {
            if (namesActor(m) && m.end() - 1 <= to && m.start() >= from
                    && (best == null || m.end() > best.end() || m.end() == best.end() && m.start() < best.start())) {
                best = m;
            }
        }
        return best;
    }
}
