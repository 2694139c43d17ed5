package org.entente.cms.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.entente.cms.domain.DatabaseFailure;
import org.entente.cms.domain.Decision;
import org.entente.cms.domain.StoriesSaved;
import org.entente.cms.persistence.DecisionEntity;
import org.entente.cms.persistence.StoryRepository;
import org.entente.model.Extraction;

/**
 * Stores many stories at once, as many PUTs would, but faster: what is already stored is read in one
 * query, unchanged stories are not analysed again, the others are analysed in parallel on the
 * server's managed executor (one task per core, while this thread stores), and stored
 * {@value #CHUNK} to a transaction. Every story gets its own outcome: one that cannot be stored
 * never fails the others. A chunk whose transaction fails (a concurrent write of one of its stories)
 * is stored again story by story, as PUT stores, with its retries.
 */
@ApplicationScoped
public class BulkIngest {
    /** Stories stored per transaction. */
    public static final int CHUNK = 100;
    private static final Logger LOG = Logger.getLogger(BulkIngest.class.getName());

    @Inject
    StoryService stories;

    @Inject
    StoryRepository store;

    @Inject
    AnalysisService analysis;

    @Inject
    jakarta.enterprise.event.Event<StoriesSaved> saved;

    @Resource
    ManagedExecutorService executor;

    /** A story to store under a CMS id. */
    public record Item(String id, StoryInput input) {
        public Item {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(input, "input");
        }
    }

    /** What happened to one story. */
    public enum Result {
        /** Stored as a new story. */
        CREATED,
        /** Analysed again and stored in place of the old version. */
        UPDATED,
        /** The same content as stored: nothing changed. */
        UNCHANGED,
        /** Its values are invalid (the problem says which). */
        INVALID,
        /** The database could not be reached: not stored, send it again later. */
        UNAVAILABLE,
        /** An unexpected failure, logged on the server: not stored. */
        FAILED
    }

    /**
     * The outcome for one story.
     *
     * @param result  what happened
     * @param version the stored story's version, when it is stored
     * @param problem why it was not stored, otherwise null
     */
    public record Outcome(Result result, Long version, String problem) {
        static Outcome stored(Result result, long version) {
            return new Outcome(result, version, null);
        }

        static Outcome refused(Result result, String problem) {
            return new Outcome(result, null, problem);
        }
    }

    /**
     * Stores {@code items} as a sequence of PUTs would: a later item of the same id wins.
     *
     * @return one outcome per item, in their order
     */
    public List<Outcome> ingest(List<Item> items) {
        Outcome[] out = new Outcome[items.size()];
        String[] hashes = new String[items.size()];
        List<Integer> batch = new ArrayList<>();
        List<Integer> repeated = new ArrayList<>(); // stored one by one after the batch, so the last one wins
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                hashes[i] = StoryService.hash(items.get(i).input().checked());
            } catch (IllegalArgumentException e) {
                out[i] = Outcome.refused(Result.INVALID, e.getMessage());
                continue;
            }
            (ids.add(items.get(i).id()) ? batch : repeated).add(i);
        }
        Map<String, StoryRepository.Stored> stored = new HashMap<>();
        for (int from = 0; from < batch.size(); from += CHUNK) {
            stored.putAll(store.stored(batch.subList(from, Math.min(batch.size(), from + CHUNK)).stream()
                    .map(i -> items.get(i).id()).toList()));
        }
        List<Integer> toAnalyse = new ArrayList<>();
        for (int i : batch) {
            StoryRepository.Stored known = stored.get(items.get(i).id());
            if (known != null && hashes[i].equals(known.contentHash())) {
                out[i] = Outcome.stored(Result.UNCHANGED, known.version());
            } else {
                toAnalyse.add(i);
            }
        }
        Analyses analyses = new Analyses(toAnalyse.stream().map(i -> items.get(i).input()).toList());
        try {
            analyses.start();
            boolean databaseLost = false;
            for (int from = 0; from < toAnalyse.size(); from += CHUNK) {
                List<Integer> chunk = toAnalyse.subList(from, Math.min(toAnalyse.size(), from + CHUNK));
                if (databaseLost) {
                    chunk.forEach(i -> out[i] = unavailable());
                    continue;
                }
                databaseLost = storeChunk(items, hashes, stored, chunk, from, analyses, out);
            }
        } finally {
            analyses.cancel();
        }
        for (int i : repeated) {
            out[i] = one(items.get(i), hashes[i]);
        }
        return List.of(out);
    }

    /** Stores one chunk in one transaction, or story by story if that fails; true if the database is lost. */
    private boolean storeChunk(List<Item> items, String[] hashes, Map<String, StoryRepository.Stored> stored, List<Integer> chunk,
                               int offset, Analyses analyses, Outcome[] out) {
        List<Integer> analysed = new ArrayList<>();
        List<Extraction> extractions = new ArrayList<>();
        for (int k = 0; k < chunk.size(); k++) {
            int i = chunk.get(k);
            try {
                extractions.add(analyses.get(offset + k));
                analysed.add(i);
            } catch (IllegalArgumentException e) {
                out[i] = Outcome.refused(Result.INVALID, e.getMessage());
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Story " + items.get(i).id() + " could not be analysed", e);
                out[i] = Outcome.refused(Result.FAILED, "The story could not be analysed; the failure has been logged.");
            }
        }
        if (analysed.isEmpty()) {
            return false;
        }
        List<String> ids = analysed.stream().map(i -> items.get(i).id()).toList();
        try {
            Map<String, Map<String, Decision>> decisions = store.decisions(ids).stream().collect(Collectors.groupingBy(
                    (DecisionEntity d) -> d.storyId, Collectors.toMap(d -> d.tagId, d -> d.decision, (a, b) -> b)));
            List<StoryRepository.StoryRows> rows = new ArrayList<>();
            for (int k = 0; k < analysed.size(); k++) {
                Item item = items.get(analysed.get(k));
                StoryRepository.Stored known = stored.get(item.id());
                rows.add(stories.rows(item.id(), item.input(), hashes[analysed.get(k)], known == null ? null : known.version(),
                        extractions.get(k), decisions.getOrDefault(item.id(), Map.of())));
            }
            store.saveAll(rows);
            for (int k = 0; k < analysed.size(); k++) {
                StoryRepository.StoryRows row = rows.get(k);
                out[analysed.get(k)] = Outcome.stored(row.created() ? Result.CREATED : Result.UPDATED, row.story().version);
            }
        } catch (Exception e) { // a failed commit may be JTA's checked RollbackException, which the proxies let through
            if (DatabaseFailure.isUnavailable(e)) {
                analysed.forEach(i -> out[i] = unavailable());
                return true;
            }
            // A story of the chunk changed meanwhile: store each on its own, with PUT's retries.
            LOG.fine(() -> "Bulk chunk stored story by story after " + e);
            boolean lost = false;
            for (int i : analysed) {
                out[i] = lost ? unavailable() : one(items.get(i), hashes[i]);
                lost = out[i].result() == Result.UNAVAILABLE;
            }
            return lost;
        }
        saved.fire(new StoriesSaved(ids));
        return false;
    }

    /** One story stored as PUT stores it. */
    private Outcome one(Item item, String hash) {
        try {
            StoryRepository.Stored known = store.stored(List.of(item.id())).get(item.id());
            if (known != null && hash.equals(known.contentHash())) {
                return Outcome.stored(Result.UNCHANGED, known.version());
            }
            StoryService.Saved done = stories.put(item.id(), item.input());
            return Outcome.stored(done.created() ? Result.CREATED : Result.UPDATED, done.story().version());
        } catch (IllegalArgumentException e) {
            return Outcome.refused(Result.INVALID, e.getMessage());
        } catch (Exception e) { // JTA's checked RollbackException included
            if (DatabaseFailure.isUnavailable(e)) {
                return unavailable();
            }
            LOG.log(Level.SEVERE, "Story " + item.id() + " could not be stored", e);
            return Outcome.refused(Result.FAILED, "The story could not be stored; the failure has been logged.");
        }
    }

    private static Outcome unavailable() {
        return Outcome.refused(Result.UNAVAILABLE, "The database cannot be reached; send the story again later");
    }

    /**
     * The analyses of a list of stories, run ahead of the storing thread by one task per core on the
     * managed executor. The storing thread takes the next unstarted story itself while it waits, so
     * the work gets done even when the executor refuses tasks.
     */
    private final class Analyses {
        private final List<StoryInput> inputs;
        private final List<CompletableFuture<Extraction>> results = new ArrayList<>();
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicBoolean cancelled = new AtomicBoolean();

        Analyses(List<StoryInput> inputs) {
            this.inputs = inputs;
            inputs.forEach(i -> results.add(new CompletableFuture<>()));
        }

        void start() {
            int workers = Math.min(Runtime.getRuntime().availableProcessors(), inputs.size());
            try {
                for (int w = 0; w < workers && executor != null; w++) {
                    executor.execute(this::work);
                }
            } catch (RejectedExecutionException e) {
                LOG.fine("The managed executor refused an analysis task; the request's thread analyses instead");
            }
        }

        /** The extraction of story {@code k}; throws what the analysis threw. */
        Extraction get(int k) {
            while (!results.get(k).isDone() && analyseNext()) {
                // help: analyse the next unstarted story on this thread
            }
            try {
                return results.get(k).join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }

        void cancel() {
            cancelled.set(true);
        }

        private void work() {
            while (!cancelled.get() && analyseNext()) {
                // until every story is taken
            }
        }

        /** Analyses the next story nobody has taken; false if there is none. */
        private boolean analyseNext() {
            int k = next.getAndIncrement();
            if (k >= inputs.size()) {
                return false;
            }
            try {
                results.get(k).complete(analysis.analyze(inputs.get(k)));
            } catch (RuntimeException e) {
                results.get(k).completeExceptionally(e);
            }
            return true;
        }
    }
}
