package org.entente.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.Token;
import org.entente.extract.text.Tokenizer;
import org.junit.jupiter.api.Test;

/** Comma-delimited asides of two to eight words, which pattern coding reads past, on sentences of our own. */
class CommaAsidesTest {
    private static Sentence sentence(String text) {
        return new Sentence(0, 0, text.length(), text, new Tokenizer().tokenize(text, 0), 0, false);
    }

    private static int indexOf(Sentence s, String word, int from) {
        for (int k = from; k < s.size(); k++) {
            if (s.lower(k).equals(word)) {
                return k;
            }
        }
        throw new AssertionError(word);
    }

    @Test
    void twoToEightWordsBetweenCommasAreAnAside() {
        Sentence s = sentence("France restored, officials say, full ties with Germany.");
        boolean[] aside = CommaAsides.asides(s);
        int open = indexOf(s, ",", 0);
        int close = indexOf(s, ",", open + 1);
        for (int k = 0; k < s.size(); k++) {
            assertEquals(k >= open && k <= close, aside[k], s.token(k).text());
        }
        assertFalse(CommaAsides.endsPhrase(s, open, aside), "the aside's comma does not end the verb's object");
    }

    @Test
    void oneWordOrNineAreNotAsides() {
        Sentence list = sentence("France, Spain, and Italy met.");
        boolean[] none = CommaAsides.asides(list);
        assertFalse(none[indexOf(list, "spain", 0)], "one word between commas is a list member");
        Sentence clause = sentence("France restored, almost five years after crowds burned down its embassy, full ties.");
        boolean[] longAside = CommaAsides.asides(clause);
        int comma = indexOf(clause, ",", 0);
        assertFalse(longAside[comma], "nine words or more are a clause of their own");
        assertTrue(CommaAsides.endsPhrase(clause, comma, longAside));
        assertFalse(CommaAsides.endsPhrase(clause, indexOf(clause, "france", 0), longAside), "only a comma ends a phrase");
    }

    @Test
    void aCommaBetweenAdjectivesDoesNotEndThePhrase() {
        Sentence raw = sentence("France restored complete, full ties with Germany.");
        List<Token> tokens = raw.tokens().stream()
                .map(t -> Set.of("complete", "full").contains(t.lower()) ? t.tagged("ADJ", t.lower()) : t).toList();
        Sentence s = new Sentence(0, 0, raw.text().length(), raw.text(), tokens, 0, false);
        assertFalse(CommaAsides.endsPhrase(s, indexOf(s, ",", 0), CommaAsides.asides(s)));
    }
}
