package org.entente.extract.actor;

import static org.entente.extract.actor.MentionContext.preferred;

import java.util.ArrayList;
import java.util.List;
import org.entente.extract.actor.ActorMention.Kind;
import org.entente.extract.actor.Gazetteer.Match;
import org.entente.extract.text.Sentence;
import org.entente.model.actor.Actor;
import org.entente.model.actor.Organizations;

/**
 * Gives the mentions the codes a PETRARCH dictionary composes for them, once a sentence's mentions
 * are all found. Kept apart because it is needed only when the gazetteer holds dictionary codes,
 * and it rewrites codes rather than finding actors.
 */
final class DictionaryCodes {
    private final MentionContext context;

    DictionaryCodes(MentionContext context) {
        this.context = context;
    }

    /**
     * PETRARCH's codes for the mentions its dictionaries name, composed as PETRARCH composes them
     * within a noun phrase: the actor's code, then each agent's code not already part of it ("Gondor's
     * main opposition group": GON + ~MOP = GONMOP; "the Quibbler government newspaper": HGWGOVMED
     * + ~GOVMED stays HGWGOVMED), with a prefix agent's code before it ("MSF Arnor": NGO~ + ARN =
     * NGOARN), a prefix agent right before the mention joining it. A mention without a dictionary
     * actor of its own composes on its country's or organisation's code.
     */
    void compose(Sentence s, List<ActorMention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            ActorMention m = mentions.get(k);
            if (m.actor() == null) {
                continue;
            }
            int start = m.start();
            if (k > 0 && mentions.get(k - 1).end() == start && mentions.get(k - 1).actor() == null
                    && mentions.get(k - 1).kind() == Kind.GROUP && codedEntryAt(s, mentions.get(k - 1).start()) != null
                    && codedEntryAt(s, mentions.get(k - 1).start()).isPrefixAgent()) {
                start = mentions.get(k - 1).start();
            }
            String base = null;
            StringBuilder prefixes = new StringBuilder();
            List<String> agents = new ArrayList<>();
            boolean coded = false;
            for (int j = start; j < m.end(); ) {
                Match match = context.longestAt(s, j);
                Entry entry = match == null ? null : codedEntry(match);
                if (entry == null) {
                    j++;
                    continue;
                }
                coded = true;
                if (entry.isPrefixAgent()) {
                    prefixes.append(entry.code(), 0, entry.code().length() - 1);
                } else if (entry.code().startsWith("~")) {
                    agents.add(entry.code().substring(1));
                } else if (base == null && (m.actor().country() == null || entry.code().contains(m.actor().country()))) {
                    base = entry.code();
                }
                j += match.length();
            }
            if (!coded) {
                continue;
            }
            Actor actor = m.actor();
            String code = base != null ? base : actor.country() != null ? actor.country()
                    : actor.organization() != null ? Organizations.get(actor.organization()).cameo()
                    : actor.code();
            for (String agent : agents) {
                if (!code.contains(agent)) {
                    code += agent;
                }
            }
            code = prefixes + code;
            if (start < m.start()) {
                mentions.remove(k - 1);
                k--;
            }
            Actor finer = actor;
            if (!code.equals(actor.code())) {
                try {
                    finer = actor.withCode(code);
                } catch (IllegalArgumentException e) {
                    finer = actor; // a code the model cannot hold (too long): the components stand
                }
            }
            mentions.set(k, new ActorMention(start, m.end(), m.kind(), finer, m.role(), m.place(), m.modifier(), m.locative(),
                    m.reference()));
        }
    }

    /** The dictionary entry with a code at token {@code i}, or null. */
    private Entry codedEntryAt(Sentence s, int i) {
        Match match = context.longestAt(s, i);
        return match == null ? null : codedEntry(match);
    }

    private static Entry codedEntry(Match match) {
        Entry entry = preferred(match);
        if (entry.code() != null) {
            return entry;
        }
        return match.entries().stream().filter(e -> e.code() != null).findFirst().orElse(null);
    }
}
