package org.entente.extract.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.entente.extract.Extractor;
import org.entente.extract.Knowledge;
import org.entente.extract.Seeds;
import org.entente.extract.TextFormat;
import org.entente.extract.actor.ActorMentionFinder;
import org.entente.extract.assemble.EventAssembler;
import org.entente.extract.assemble.Tagger;
import org.entente.extract.event.EventMentionFinder;
import org.entente.extract.event.TriggerFinder;
import org.entente.extract.syntax.Chunker;
import org.entente.extract.syntax.ClauseFinder;
import org.entente.extract.text.PartOfSpeechTagger;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.SentenceSplitter;
import org.entente.extract.text.TextCleaner;
import org.entente.model.Extraction;
import org.entente.model.plover.EventType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stage contract: layers checked when a pipeline is built, stages added and replaced. */
class PipelineTest {
    private static Pipeline standard;

    @BeforeAll
    static void build() {
        standard = Extractor.standardPipeline(Knowledge.standard());
    }

    /** Counts the verbs the tagger found: a user's stage, reading one layer and adding another. */
    private static final class VerbCounter implements Stage {
        static final Layer<Integer> VERBS = Layer.of("verb count", Integer.class);

        @Override
        public Set<Layer<?>> requires() {
            return Set.of(SentenceSplitter.SENTENCES, PartOfSpeechTagger.PARTS_OF_SPEECH);
        }

        @Override
        public Set<Layer<?>> adds() {
            return Set.of(VERBS);
        }

        @Override
        public Document apply(Document document) {
            int verbs = 0;
            for (Sentence s : document.get(SentenceSplitter.SENTENCES)) {
                verbs += (int) s.tokens().stream().filter(t -> "VERB".equals(t.tag())).count();
            }
            return document.with(VERBS, verbs);
        }
    }

    @Test
    void aStageWhoseLayerNoEarlierStageAddsIsRefusedWhenThePipelineIsBuilt() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Pipeline.builder().add(new TextCleaner()).add(new VerbCounter()).build());
        assertTrue(e.getMessage().startsWith("VerbCounter requires layer "), e.getMessage());
    }

    @Test
    void aStageThatDoesNotAddWhatItDeclaresFailsWhenItRuns() {
        Stage liar = new Stage() {
            @Override
            public Set<Layer<?>> requires() {
                return Set.of();
            }

            @Override
            public Set<Layer<?>> adds() {
                return Set.of(TextCleaner.CLEAN_TEXT);
            }

            @Override
            public Document apply(Document document) {
                return document;
            }
        };
        Pipeline pipeline = Pipeline.builder().add(liar).build();
        assertThrows(IllegalStateException.class,
                () -> pipeline.apply(Document.of(Seeds.article(Seeds.S000, null), false)));
    }

    @Test
    void aUsersStageRunsAfterTheStandardOnesAndSeesTheirLayers() {
        Pipeline extended = standard.toBuilder().add(new VerbCounter()).build();
        Document document = extended.apply(Document.of(Seeds.article(Seeds.S004, null), false));
        assertTrue(document.get(VerbCounter.VERBS) > 20, "verbs in seed 004: " + document.get(VerbCounter.VERBS));
        assertFalse(document.get(EventAssembler.EVENTS).events().isEmpty());
        assertEquals(List.copyOf(document.layers()).get(document.layers().size() - 1), VerbCounter.VERBS);
    }

    @Test
    void withoutTheTaggerTheSameSeedStillCodesItsMainEvent() {
        Pipeline untagged = Pipeline.builder().add(new TextCleaner()).add(new SentenceSplitter())
                .add(stage(ActorMentionFinder.class)).add(stage(TriggerFinder.class)).add(stage(EventMentionFinder.class))
                .add(new EventAssembler())
                .add(stage(Tagger.class)).build();
        Extraction x = Extractor.of(untagged).extract(Seeds.article(Seeds.S000, null), TextFormat.TEXT);
        assertEquals(EventType.CONSULT, x.mainEvent().type());
    }

    @Test
    void aReplacedStageTakesTheOldOnesPlace() {
        Stage counting = stage(ActorMentionFinder.class);
        Pipeline replaced = standard.toBuilder().replace(ActorMentionFinder.class, old -> new Stage() {
            @Override
            public Set<Layer<?>> requires() {
                return old.requires();
            }

            @Override
            public Set<Layer<?>> adds() {
                return old.adds();
            }

            @Override
            public Document apply(Document document) {
                Document found = old.apply(document);
                // keep only the first sentence's mentions: the events of the rest lose their actors
                List<List<org.entente.extract.actor.ActorMention>> mentions = found.get(ActorMentionFinder.ACTOR_MENTIONS);
                List<List<org.entente.extract.actor.ActorMention>> first = new java.util.ArrayList<>();
                for (int i = 0; i < mentions.size(); i++) {
                    first.add(i == 0 ? mentions.get(0) : List.of());
                }
                return found.with(ActorMentionFinder.ACTOR_MENTIONS, first);
            }
        }).build();
        assertEquals(standard.stages().size(), replaced.stages().size());
        assertFalse(replaced.stages().contains(counting));
        int all = Extractor.of(standard).extract(Seeds.article(Seeds.S004, null)).events().size();
        int fewer = Extractor.of(replaced).extract(Seeds.article(Seeds.S004, null)).events().size();
        assertTrue(fewer < all, fewer + " events with the first sentence's actors only, " + all + " with all");
    }

    @Test
    void theSyntaxStagesRunAfterTheTaggerAndBeforeTheEvents() {
        List<Stage> stages = standard.stages();
        int events = stages.indexOf(stage(EventMentionFinder.class));
        assertTrue(stages.indexOf(stage(PartOfSpeechTagger.class)) < stages.indexOf(stage(Chunker.class)));
        assertTrue(stages.indexOf(stage(Chunker.class)) < stages.indexOf(stage(ClauseFinder.class)));
        assertTrue(stages.indexOf(stage(ClauseFinder.class)) < events);
        Document document = standard.apply(Document.of(Seeds.article(Seeds.S001, null), false));
        int sentences = document.get(SentenceSplitter.SENTENCES).size();
        assertEquals(sentences, document.get(Chunker.PHRASES).size());
        assertEquals(sentences, document.get(ClauseFinder.CLAUSES).size());
    }

    /** The standard stage of class {@code type}. */
    private static Stage stage(Class<? extends Stage> type) {
        return standard.stages().stream().filter(type::isInstance).findFirst().orElseThrow();
    }

    @Test
    void anExtractorRefusesAPipelineThatDoesNotMakeItsResult() {
        Pipeline partial = Pipeline.builder().add(new TextCleaner()).add(new SentenceSplitter()).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Extractor.of(partial));
        assertTrue(e.getMessage().contains("events"), e.getMessage());
    }

    @Test
    void aDocumentNamesTheLayerItLacks() {
        Document empty = Document.of(Seeds.article(Seeds.S000, null), false);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> empty.get(SentenceSplitter.SENTENCES));
        assertTrue(e.getMessage().contains("sentences"), e.getMessage());
    }
}
