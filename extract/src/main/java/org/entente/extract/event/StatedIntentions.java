package org.entente.extract.event;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.entente.extract.pipeline.Document;
import org.entente.extract.pipeline.Layer;
import org.entente.extract.pipeline.Stage;
import org.entente.extract.text.Cue;
import org.entente.extract.text.Cues;
import org.entente.extract.text.Sentence;
import org.entente.model.Modality;
import org.entente.model.cameo.Cameo;
import org.entente.model.internal.TabularResource;

/**
 * An optional stage that codes an intended act as the statement of that intention, as CAMEO and
 * PLOVER's records do: "Finland will give Tanzania a grant" becomes Finland's promise (CAMEO 033,
 * AGREE) and "Nigeria may withdraw its force" a threat (CAMEO 136, THREATEN), both asserted, since
 * the statement was made; "Syria will not accept more refugees" is a refusal (CAMEO 122, REJECT).
 * It runs between {@link EventMentionFinder} and the assembler when
 * {@code Knowledge.withStatedIntentions(true)}; the table is the bundled {@code intentions.tsv}.
 * Immutable and thread-safe.
 */
public final class StatedIntentions implements Stage {
    private static final String TABLE = "/org/entente/extract/knowledge/intentions.tsv";

    /** How many words before a negated act a modal makes it a refusal ("will not accept"). */
    private static final int REFUSAL_REACH = 3;

    /** One row of the table: the code of the statement of intent, and of the refusal (null if none). */
    private record Statement(String intent, String refusal) {
    }

    private final Map<String, Statement> byActPrefix;
    private final Cues cues;

    private StatedIntentions(Map<String, Statement> byActPrefix, Cues cues) {
        this.byActPrefix = Map.copyOf(byActPrefix);
        this.cues = cues;
    }

    /**
     * The stage with the bundled table, reading refusals ("will not") with the modals of {@code cues}.
     *
     * @throws IllegalStateException if the table names a code the model does not know (a build defect)
     */
    public static StatedIntentions standard(Cues cues) {
        Map<String, Statement> table = new TreeMap<>();
        for (String[] row : TabularResource.read(StatedIntentions.class.getResourceAsStream(TABLE), TABLE, 3)) {
            String refusal = row[2].equals("-") ? null : row[2];
            if (!Cameo.isKnown(row[0]) || !Cameo.isKnown(row[1]) || refusal != null && !Cameo.isKnown(refusal)) {
                throw new IllegalStateException(TABLE + ": unknown CAMEO code in " + String.join(" ", row));
            }
            table.put(row[0], new Statement(row[1], refusal));
        }
        return new StatedIntentions(table, Objects.requireNonNull(cues, "cues"));
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(EventMentionFinder.EVENT_MENTIONS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(EventMentionFinder.EVENT_MENTIONS); // replaced: the same mentions, intentions recoded
    }

    @Override
    public Document apply(Document document) {
        List<EventMention> mentions = document.get(EventMentionFinder.EVENT_MENTIONS);
        return document.with(EventMentionFinder.EVENT_MENTIONS, mentions.stream().map(this::asStatement).toList());
    }

    /** The mention as the statement of intent or the refusal it is, or unchanged if it is neither. */
    EventMention asStatement(EventMention m) {
        boolean intended = m.modality() == Modality.FUTURE || m.modality() == Modality.HYPOTHETICAL;
        boolean refused = m.modality() == Modality.NEGATED && toldAsFuture(m);
        if (!intended && !refused || m.trigger().cameo() == null) {
            return m;
        }
        Statement statement = null;
        String code = m.trigger().cameo();
        for (int n = code.length(); n >= 2 && statement == null; n--) {
            statement = byActPrefix.get(code.substring(0, n));
        }
        String recoded = statement == null ? null : intended ? statement.intent() : statement.refusal();
        if (recoded == null) {
            return m;
        }
        return new EventMention(m.trigger().recoded(recoded), m.sentence(), m.position(), m.source(), m.target(),
                m.own(), Modality.ASSERTED, m.historical(), m.date(), m.precision(), m.place(), m.attribution(),
                m.confidence(), m.background());
    }

    /** Whether a modal stands a few words before the trigger: "will not accept", "would never meet", "cannot allow". */
    private boolean toldAsFuture(EventMention m) {
        Sentence s = m.sentence();
        return IntStream.range(Math.max(0, m.position() - REFUSAL_REACH), m.position())
                .anyMatch(k -> cues.is(Cue.MODAL, s.lower(k)));
    }
}
