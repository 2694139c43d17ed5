package org.entente.extract.event;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.extract.actor.ActorMention;
import org.entente.extract.text.Cue;
import org.entente.extract.text.Cues;
import org.entente.extract.text.Sentence;

/**
 * Who reported a sentence ("according to X", "X said", "said Y"): one source for all the events
 * the sentence codes. Stateless.
 */
final class AttributionFinder {
    private static final Pattern ACCORDING_TO = Pattern.compile("(?i)\\b(?:according to|as reported by|citing)\\s+([^,;.“”\"]+)");

    private final Cues cues;

    /** Attribution read with the speech verbs of {@code cues}. */
    AttributionFinder(Cues cues) {
        this.cues = cues;
    }

    /** Where an "according to X" attribution begins in the sentence's text (an offset into the cleaned text), or -1. */
    static int attributionStart(Sentence s) {
        Matcher m = ACCORDING_TO.matcher(s.text());
        return m.find() ? s.start() + m.start() : -1;
    }

    /** The first token of the source an "according to X" attribution cites, or -1. */
    static int citedSourceStart(Sentence s) {
        Matcher m = ACCORDING_TO.matcher(s.text());
        if (!m.find()) {
            return -1;
        }
        int offset = s.start() + m.start(1);
        for (int k = 0; k < s.size(); k++) {
            if (s.token(k).start() >= offset) {
                return k;
            }
        }
        return -1;
    }

    /** Who reported the sentence: "according to X", "as reported by X", "X said". */
    String attribution(Sentence s, List<ActorMention> mentions) {
        Matcher m = ACCORDING_TO.matcher(s.text());
        if (m.find()) {
            return m.group(1).strip();
        }
        for (int k = 1; k < s.size(); k++) {
            if (!cues.is(Cue.SPEECH, s.lower(k))) {
                continue;
            }
            for (ActorMention mention : mentions) {
                if (mention.end() == k && mention.actor() != null) {
                    int start = mention.start() > 0 && s.lower(mention.start() - 1).equals("'s") ? mention.start() : mention.start();
                    return s.text(start, k);
                }
            }
            if (k + 1 < s.size() && s.token(k + 1).isCapitalized() && s.token(k + 1).isWord()) {
                int end = k + 1;
                while (end < s.size() && end - k <= 4 && s.token(end).isCapitalized()) {
                    end++;
                }
                return s.text(k + 1, end); // "..., said Seong-Hyon Lee"
            }
        }
        return null;
    }
}
