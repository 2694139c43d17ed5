package org.entente.extract.syntax;

import java.util.ArrayList;
import java.util.List;
import org.entente.extract.text.Cue;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.Token;

/**
 * Reads a sentence's noun phrases in three passes: base phrases (a determiner, modifiers, a head
 * noun; or a pronoun), joined by "'s" or a possessive pronoun to what they own ("China's coast
 * guard"); then appositions ("Chad's spokesman, Ali Ahmat,"); then lists ("Egypt, Sudan and
 * Ethiopia"). Stateless.
 */
final class NounPhraseReader {
    private final Words words;

    NounPhraseReader(Words words) {
        this.words = words;
    }

    List<NounPhrase> read(Sentence s) {
        return lists(s, appositions(s, possessed(s)));
    }

    /** The base phrases, each owner joined to what it owns. */
    private List<NounPhrase> possessed(Sentence s) {
        List<NounPhrase> phrases = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            NounPhrase phrase = baseAt(s, i);
            if (phrase == null) {
                i++;
                continue;
            }
            // "China's navy's ships": each "'s" hands the phrase so far to the one after it
            while (phrase.end() + 1 < s.size() && isPossessiveMark(s, phrase)) {
                NounPhrase owned = baseAt(s, phrase.end() + 1);
                if (owned == null || owned.possessor() != null || startsWithDeterminer(s, owned)) {
                    break;
                }
                phrase = owned.ownedBy(phrase);
            }
            phrases.add(phrase);
            i = phrase.end();
        }
        return phrases;
    }

    /** The base phrase starting at token {@code i}, or null. */
    private NounPhrase baseAt(Sentence s, int i) {
        Token first = s.token(i);
        if (words.is(Cue.POSSESSIVE_DETERMINER, first) && i + 1 < s.size()) {
            NounPhrase owned = modified(s, i + 1);
            if (owned != null) {
                return owned.ownedBy(NounPhrase.simple(i, i + 1, i, List.of()));
            }
        }
        if (words.isPronounPhrase(first) && !"DET".equals(first.tag())) {
            return NounPhrase.simple(i, i + 1, i, List.of());
        }
        if ("DET".equals(first.tag())) {
            NounPhrase rest = i + 1 < s.size() ? modified(s, i + 1) : null;
            if (rest == null) {
                return null;
            }
            List<Integer> modifiers = new ArrayList<>(List.of(i));
            modifiers.addAll(rest.modifiers());
            return NounPhrase.simple(i, rest.end(), rest.head(), modifiers);
        }
        return modified(s, i);
    }

    /** Modifiers and a head from token {@code i}: adjectives, numbers, nouns; the last noun is the head. */
    private NounPhrase modified(Sentence s, int i) {
        int head = -1;
        for (int k = i; k < s.size(); k++) {
            Token t = s.token(k);
            if (words.isMisreadVerb(t)) {
                break;
            }
            if (Words.isNominal(t)) {
                if (head >= 0 && breaksCompound(s.token(head), t)) {
                    break;
                }
                head = k;
            } else if (!"ADJ".equals(t.tag()) && !isParticipleModifier(s, k)) {
                break;
            }
        }
        if (head < 0) {
            return null;
        }
        List<Integer> modifiers = new ArrayList<>();
        for (int k = i; k < head; k++) {
            modifiers.add(k);
        }
        return NounPhrase.simple(i, head + 1, head, modifiers);
    }

    /**
     * Whether a name after a plural noun starts a new phrase: the tagger reads a present-tense verb
     * as a plural noun ("Beijing views Seoul").
     */
    private static boolean breaksCompound(Token before, Token next) {
        return "NOUN".equals(before.tag()) && "PROPN".equals(next.tag()) && !before.lower().equals(before.lemma());
    }

    /** A verb the tagger found between a modifier and a noun ("the proposed deal", "armed forces"). */
    private static boolean isParticipleModifier(Sentence s, int k) {
        Token t = s.token(k);
        return "VERB".equals(t.tag()) && k > 0 && (s.token(k - 1).isNounModifier() && !"'s".equals(s.token(k - 1).lower()))
                && k + 1 < s.size() && Words.isNominal(s.token(k + 1)) && (t.lower().endsWith("ed") || t.lower().endsWith("ing"));
    }

    private static boolean isPossessiveMark(Sentence s, NounPhrase owner) {
        String mark = s.lower(owner.end());
        return (mark.equals("'s") || mark.equals("'") && s.lower(owner.head()).endsWith("s"))
                && !"PRON".equals(s.token(owner.head()).tag());
    }

    private static boolean startsWithDeterminer(Sentence s, NounPhrase phrase) {
        return "DET".equals(s.token(phrase.start()).tag());
    }

    /** Phrases with the name or title after a comma that renames them joined in. */
    private static List<NounPhrase> appositions(Sentence s, List<NounPhrase> phrases) {
        List<NounPhrase> joined = new ArrayList<>();
        for (int p = 0; p < phrases.size(); p++) {
            NounPhrase phrase = phrases.get(p);
            if (p + 1 < phrases.size() && renames(s, phrase, phrases.get(p + 1))) {
                phrase = phrase.renamedBy(phrases.get(++p));
            }
            joined.add(phrase);
        }
        return joined;
    }

    /**
     * Whether {@code next} is an apposition of {@code phrase}: a comma between them, a comma or the
     * sentence's end after it, and one is a name where the other is a common noun ("Chad's
     * spokesman, Ali Ahmat," or "Ali Ahmat, Chad's spokesman,").
     */
    private static boolean renames(Sentence s, NounPhrase phrase, NounPhrase next) {
        if (next.start() != phrase.end() + 1 || !s.lower(phrase.end()).equals(",")) {
            return false;
        }
        String after = s.lower(next.end());
        boolean closed = after.equals(",") || after.equals(".") || after.isEmpty();
        String tag = s.token(phrase.head()).tag();
        String nextTag = s.token(next.head()).tag();
        return closed && ("PROPN".equals(tag) && "NOUN".equals(nextTag) || "NOUN".equals(tag) && "PROPN".equals(nextTag));
    }

    /** Phrases joined into lists by commas and a final "and" or "or". */
    private List<NounPhrase> lists(Sentence s, List<NounPhrase> phrases) {
        List<NounPhrase> joined = new ArrayList<>();
        for (int p = 0; p < phrases.size(); p++) {
            int last = listEnd(s, phrases, p);
            if (last > p) {
                joined.add(NounPhrase.list(phrases.subList(p, last + 1)));
                p = last;
            } else {
                joined.add(phrases.get(p));
            }
        }
        return joined;
    }

    /** The index of the last conjunct of a list starting at phrase {@code p}, or {@code p} if none starts there. */
    private int listEnd(Sentence s, List<NounPhrase> phrases, int p) {
        for (int q = p + 1; q < phrases.size(); q++) {
            NounPhrase before = phrases.get(q - 1);
            String gap = s.text(before.end(), phrases.get(q).start()).replace(" ", "");
            int gapTokens = phrases.get(q).start() - before.end();
            if (gap.equals(",") && gapTokens == 1) {
                continue;
            }
            boolean coordinated = gapTokens == 1 && words.is(Cue.COORDINATOR, s.token(before.end()))
                    || gapTokens == 2 && s.lower(before.end()).equals(",") && words.is(Cue.COORDINATOR, s.token(before.end() + 1));
            return coordinated && isList(s, phrases.subList(p, q + 1), gapTokens == 2) ? q : p;
        }
        return p;
    }

    /**
     * Whether {@code items} make a list rather than the end of one clause and the start of another
     * ("China sent ships, and Japan protested"): two items followed by a verb are one only when they
     * are of one kind and joined by a bare "and".
     */
    private static boolean isList(Sentence s, List<NounPhrase> items, boolean commaBeforeCoordinator) {
        NounPhrase last = items.get(items.size() - 1);
        Token after = last.end() < s.size() ? s.token(last.end()) : null;
        if (after == null || !after.isVerbal()) {
            return true;
        }
        if (items.size() > 2) {
            return true;
        }
        String kind = s.token(items.get(0).head()).tag();
        return kind.equals(s.token(last.head()).tag()) && !commaBeforeCoordinator;
    }
}
