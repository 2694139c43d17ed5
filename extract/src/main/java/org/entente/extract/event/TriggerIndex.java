package org.entente.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.extract.text.Inflections;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.Token;

/**
 * The trigger lexicon indexed by the regular inflections of each form's first word, so that a
 * token is looked up by what it is written as and by its lemma.
 */
public final class TriggerIndex {
    private final Map<String, List<Form>> byFirstWord = new HashMap<>();

    /**
     * One word form of one trigger.
     *
     * @param tokens   the form's words as the lexicon writes them
     * @param surfaces for each word, the written forms that match it (its regular inflections)
     * @param trigger  the entry
     */
    public record Form(List<String> tokens, List<Set<String>> surfaces, Trigger trigger) {
        /** Whether the form's words stand at tokens {@code i}... of {@code s}, as written or by lemma. */
        public boolean matchesAt(Sentence s, int i) {
            if (i + tokens.size() > s.size()) {
                return false;
            }
            for (int k = 0; k < tokens.size(); k++) {
                Token token = s.token(i + k);
                if (!surfaces.get(k).contains(token.lower()) && !token.lemma().equals(tokens.get(k))) {
                    return false;
                }
            }
            return true;
        }
    }

    public TriggerIndex(List<Trigger> triggers) {
        // A PETRARCH dictionary repeats each verb's forms in every pattern of its block: share their inflections.
        Map<String, Set<String>> inflections = new HashMap<>();
        Map<List<String>, List<Set<String>>> surfaces = new HashMap<>();
        for (Trigger trigger : triggers) {
            for (List<String> words : trigger.forms()) {
                List<Set<String>> written = surfaces.computeIfAbsent(words,
                        w -> w.stream().map(word -> inflections.computeIfAbsent(word, Inflections::of)).toList());
                Form form = new Form(words, written, trigger);
                for (String first : form.surfaces().get(0)) {
                    byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(form);
                }
            }
        }
    }

    /** The forms whose first word may be {@code token}, by its written form or its lemma; empty if none. */
    public List<Form> startingWith(Token token) {
        List<Form> written = byFirstWord.getOrDefault(token.lower(), List.of());
        List<Form> byLemma = token.lemma().equals(token.lower()) ? List.of() : byFirstWord.getOrDefault(token.lemma(), List.of());
        if (byLemma.isEmpty()) {
            return written;
        }
        // forms are shared objects: compare by identity, since hashing a form hashes its whole entry
        List<Form> all = new ArrayList<>(written);
        for (Form form : byLemma) {
            if (written.stream().noneMatch(w -> w == form)) {
                all.add(form);
            }
        }
        return List.copyOf(all);
    }
}
