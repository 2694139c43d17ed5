package org.entente.extract.text;

import java.util.List;

/**
 * One sentence of the cleaned text, with its tokens.
 *
 * @param index     position of the sentence in the article, from 0
 * @param start     offset of its first character in the cleaned text
 * @param end       offset just past its last character
 * @param text      the sentence's text
 * @param tokens    its tokens, with offsets into the cleaned text
 * @param paragraph index of the paragraph it belongs to
 * @param heading   whether the paragraph is a headline or a sub-heading (no closing punctuation)
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens, int paragraph, boolean heading) {

    /** Compact canonical constructor: copies the tokens. */
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** The number of tokens. */
    public int size() {
        return tokens.size();
    }

    /** Token {@code i}. */
    public Token token(int i) {
        return tokens.get(i);
    }

    /** The lower-case form of token {@code i}, or "" outside the sentence. */
    public String lower(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
    }

    /** The text of tokens {@code [from, to)} as written. */
    public String text(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(tokens.get(from).start() - start, tokens.get(to - 1).end() - start);
    }

    /**
     * Whether token {@code i} can be a verb. The tagger often reads a present-tense verb as a plural
     * noun ("Beijing views Seoul"), so only a noun inside a noun phrase is ruled out ("a pivotal
     * meeting", "the attacks", "immense pressure"), and so is a sentence's first word: news has few imperatives, and the
     * tagger reads a capitalised "Talks" as one.
     */
    public boolean mayBeVerb(int i) {
        // "Japan's call for restraint": a base form right after a possessive is a noun, whatever its tag
        boolean possessed = i > 0 && "'s".equals(token(i - 1).lower()) && token(i).lower().equals(token(i).lemma());
        return i > 0 && !possessed && !(token(i).isNominal() && ("ADJ".equals(token(i - 1).tag()) || inNounPhrase(i)));
    }

    /**
     * Whether token {@code i} ends a noun phrase opened before it: walking left over nouns,
     * adjectives and numbers reaches a determiner or a possessive.
     */
    private boolean inNounPhrase(int i) {
        for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
            Token t = token(k);
            if ("DET".equals(t.tag()) || "'s".equals(t.lower())) {
                return true;
            }
            if (!t.isNominal() && !"ADJ".equals(t.tag()) && !"NUM".equals(t.tag())) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether token {@code i} can be a noun: anything but a verb outside a noun phrase ("a
     * 100-minute summit" is one whatever the tagger says of "summit"). A sentence's first word can
     * always be one.
     */
    public boolean mayBeNoun(int i) {
        return !token(i).isVerbal() || i == 0 || token(i - 1).isNounModifier() || inNounPhrase(i);
    }
}
