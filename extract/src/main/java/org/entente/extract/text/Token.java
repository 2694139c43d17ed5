package org.entente.extract.text;

import java.util.Locale;

/**
 * A word, number or punctuation mark of the cleaned text.
 *
 * @param text  the token as written
 * @param lower the token in lower case, with typographic apostrophes made plain
 * @param start offset of its first character in the cleaned text
 * @param end   offset just past its last character
 * @param tag   its Universal Dependencies part of speech ("VERB", "NOUN", "PROPN"...), or null
 *              before the {@link PartOfSpeechTagger} has run
 * @param lemma its lemma in lower case ("strike" for "struck"); {@code lower} until tagged
 */
public record Token(String text, String lower, int start, int end, String tag, String lemma) {

    /** An untagged token for {@code text} at {@code start}. */
    public static Token of(String text, int start) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        return new Token(text, lower, start, start + text.length(), null, lower);
    }

    /** This token with a part of speech and a lemma. */
    public Token tagged(String tag, String lemma) {
        return new Token(text, lower, start, end, tag, lemma);
    }

    /** Whether the token starts with an upper-case letter. */
    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** Whether the token is a word (starts with a letter). */
    public boolean isWord() {
        return !text.isEmpty() && Character.isLetter(text.codePointAt(0));
    }

    /** Whether the tagger read the token as a noun or a name. */
    public boolean isNominal() {
        return "NOUN".equals(tag) || "PROPN".equals(tag);
    }

    /** Whether the tagger read the token as a verb or auxiliary. */
    public boolean isVerbal() {
        return "VERB".equals(tag) || "AUX".equals(tag);
    }

    /** Whether the token opens or modifies a noun phrase: a determiner, adjective, number or possessive 's. */
    public boolean isNounModifier() {
        return "DET".equals(tag) || "ADJ".equals(tag) || "NUM".equals(tag) || "'s".equals(lower);
    }
}
