package org.entente.extract.text;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The regular inflections of an English base form, so that a lexicon can be written in base forms
 * ("summon") and still match what the lemmatizer gets wrong ("summoned" read as "summone"). Both
 * spellings of a doubled final consonant are produced ("banned", "summoned"), since which one a
 * word takes depends on stress; the extra form never occurs in text and costs nothing. Irregular
 * forms ("struck") are the lexicon's to list.
 */
public final class Inflections {
    private Inflections() {
    }

    /** {@code base} and its regular -s, -ed and -ing forms, in lower case. */
    public static Set<String> of(String base) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(base);
        if (base.length() < 2 || !Character.isLetter(base.charAt(base.length() - 1))) {
            return forms;
        }
        char last = base.charAt(base.length() - 1);
        char before = base.charAt(base.length() - 2);
        boolean consonantY = last == 'y' && !isVowel(before);
        if (consonantY) {
            String stem = base.substring(0, base.length() - 1);
            forms.add(stem + "ies");
            forms.add(stem + "ied");
        } else if (base.endsWith("s") || base.endsWith("x") || base.endsWith("z") || base.endsWith("ch")
                || base.endsWith("sh")) {
            forms.add(base + "es");
            forms.add(base + "ed");
        } else {
            forms.add(base + "s");
            forms.add(last == 'e' ? base + "d" : base + "ed");
        }
        if (last == 'e' && before != 'e' && before != 'y' && before != 'o') {
            forms.add(base.substring(0, base.length() - 1) + "ing");
        } else if (last == 'e' && before == 'i') {
            forms.add(base.substring(0, base.length() - 2) + "ying");
        } else {
            forms.add(base + "ing");
        }
        if (!isVowel(last) && last != 'w' && last != 'x' && last != 'y' && isVowel(before)
                && (base.length() < 3 || !isVowel(base.charAt(base.length() - 3)))) {
            forms.add(base + last + "ed");
            forms.add(base + last + "ing");
        }
        return forms;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
