package org.entente.cms.service;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Collectors;
import org.entente.cms.domain.DatabaseFailure;
import org.entente.cms.domain.Decision;
import org.entente.cms.domain.StoryChanged;
import org.entente.cms.domain.StoryId;
import org.entente.cms.domain.TagStatus;
import org.entente.cms.persistence.DecisionEntity;
import org.entente.cms.persistence.EventEntity;
import org.entente.cms.persistence.StoryEntity;
import org.entente.cms.persistence.StoryRepository;
import org.entente.cms.persistence.TagEntity;
import org.entente.cms.related.StoryProfile;
import org.entente.model.Event;
import org.entente.model.Extraction;
import org.entente.model.Tag;

/**
 * Stories under the CMS's ids: analyse, store, read, delete, and record editors' tag decisions.
 * Storing is idempotent (the same content twice changes nothing) and safe under concurrency: every
 * write of a story runs under its write lock, so concurrent writes of one story take turns, lose
 * nothing and create no duplicates, without a key collision to catch.
 */
@ApplicationScoped
public class StoryService {
    private static final int ATTEMPTS = 5;

    /** The order of a story's tags, as {@link StoryRepository#tags} reads them. */
    private static final Comparator<TagEntity> BY_RELEVANCE = Comparator.comparingDouble((TagEntity t) -> t.relevance).reversed()
            .thenComparing(t -> t.tagId);

    /** This server's queue for each write lock ({@link #writing}). */
    private final ReentrantLock[] locks = IntStream.range(0, StoryRepository.LOCKS).mapToObj(i -> new ReentrantLock())
            .toArray(ReentrantLock[]::new);

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    @Inject
    AnalysisService analysis;

    @Inject
    StoryRepository store;

    @Inject
    Settings settings;

    @Inject
    jakarta.enterprise.event.Event<StoryChanged> changes;

    /** The result of a PUT: the story and whether it was created. */
    public record Saved(StoryView story, boolean created) {
    }

    /**
     * Creates or updates the story {@code id} from {@code request}. The story is analysed first, then
     * written under its write lock, where it is looked up again: inserted if absent, left alone if it
     * now holds the same content, replaced otherwise (with the decisions made meanwhile applied).
     *
     * @throws IllegalArgumentException for an id outside {@link StoryId}'s set or a body without exactly one of text and HTML
     */
    public Saved put(String id, StoryInput request) {
        StoryId.check(id);
        request.checked();
        String hash = hash(request);
        Optional<StoryEntity> stored = store.find(id);
        if (stored.isPresent() && hash.equals(stored.get().contentHash)) {
            return new Saved(view(stored.get()), false);
        }
        Extraction extraction = analysis.analyze(request);
        Written written = writing(id, () -> {
            StoryEntity existing = store.find(id).orElse(null);
            if (existing != null && hash.equals(existing.contentHash)) {
                return new Written(new Saved(view(existing), false), false); // the same content arrived meanwhile
            }
            return new Written(new Saved(save(id, request, hash, extraction, existing), existing == null), true);
        });
        if (written.changed()) {
            changes.fire(new StoryChanged(id, StoryChanged.Kind.SAVED));
        }
        return written.saved();
    }

    /** What a locked write did: its answer, and whether it changed the story. */
    private record Written(Saved saved, boolean changed) {
    }

    /**
     * Runs {@code work} under the story's write lock, in one transaction ({@link StoryRepository#writing}).
     * Within this server, writers of one bucket queue here first, so the database sees at most one
     * waiter per lock from each server and no wait runs into a lock timeout. A write that still fails
     * to commit (a server sharing the database with a stale cache) is tried again, up to {@value #ATTEMPTS} times.
     */
    private <T> T writing(String id, Supplier<T> work) {
        ReentrantLock lock = locks[StoryRepository.bucket(id)];
        RuntimeException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            lock.lock();
            try {
                return store.writing(id, work);
            } catch (PersistenceException | jakarta.transaction.TransactionalException e) { // incl. OptimisticLockException
                if (DatabaseFailure.isUnavailable(e)) {
                    throw e; // not a conflict: trying again at once cannot help (the API answers 503)
                }
                last = e; // another request changed or created the story meanwhile: read again and retry
            } catch (RuntimeException e) {
                if (!(e.getCause() instanceof RollbackException)) {
                    throw e;
                }
                last = e;
            } catch (Exception e) { // a failed commit: JTA's checked RollbackException, which the proxies let through
                if (DatabaseFailure.isUnavailable(e)) {
                    throw new PersistenceException("The database cannot be reached", e);
                }
                last = new IllegalStateException(e);
            } finally {
                lock.unlock();
            }
        }
        throw new IllegalStateException("Story " + id + " kept changing under concurrent updates", last);
    }

    private StoryView save(String id, StoryInput request, String hash, Extraction extraction, StoryEntity existing) {
        Map<String, Decision> decisions = store.decisions(id).stream()
                .collect(Collectors.toMap((DecisionEntity d) -> d.tagId, d -> d.decision, (a, b) -> b));
        StoryRepository.StoryRows rows = rows(id, request, hash, existing == null ? null : existing.version, extraction, decisions);
        StoryEntity saved = store.save(rows.story(), rows.events(), rows.tags(), existing == null);
        // From what was just written: no need to parse the extraction back or to read the tags again.
        return new StoryView(saved.id, saved.version, saved.title, saved.url, saved.published, saved.analyzedAt, extraction,
                rows.tags().stream().sorted(BY_RELEVANCE).map(StoryService::tagView).toList());
    }

    /**
     * The rows that store a story analysed as {@code extraction}: the story, its events and its tags
     * less those an editor rejected.
     *
     * @param version   the stored story's version, or null for a new story
     * @param decisions the editors' decisions on the story's tags, by tag id
     */
    StoryRepository.StoryRows rows(String id, StoryInput request, String hash, Long version, Extraction extraction,
                                   Map<String, Decision> decisions) {
        StoryEntity story = new StoryEntity();
        story.id = id;
        story.version = version == null ? 0 : version;
        String title = extraction.article().title(); // a headline the extractor found may be longer than one given
        story.title = title == null || title.length() <= StoryInput.MAX_TITLE ? title : title.substring(0, StoryInput.MAX_TITLE);
        story.url = request.url();
        story.published = extraction.article().published();
        story.html = request.isHtml();
        story.body = story.html ? request.html() : request.text();
        story.contentHash = hash;
        story.extractionJson = jsonb.toJson(extraction);
        story.analyzedAt = Instant.now();
        StoryProfile profile = StoryProfile.of(id, extraction); // what related coverage will read back
        if (profile.mainEvent() != null) {
            story.mainEventType = profile.mainEvent().type();
            story.mainEventParticipants = profile.mainEvent().participants();
            story.mainEventDate = profile.mainEvent().date();
            story.mainEventPlace = profile.mainEvent().placeCountry();
        }
        story.terms = profile.terms().encode();
        List<EventEntity> events = new ArrayList<>();
        for (Event e : extraction.events()) {
            EventEntity row = new EventEntity();
            row.storyId = id;
            row.eventId = e.id();
            row.type = e.type().name();
            row.cameo = e.cameo();
            row.participants = " " + StoryProfile.MainEvent.participants(e) + " "; // padded: queries match " KOR "
            row.eventDate = e.date();
            row.modality = e.modality().name();
            events.add(row);
        }
        TaggingMode mode = settings.taggingMode();
        List<TagEntity> tags = new ArrayList<>();
        for (Tag t : extraction.tags()) {
            Decision decision = decisions.get(t.id());
            if (decision == Decision.REJECT) {
                continue; // an editor rejected it: it never comes back
            }
            TagEntity row = new TagEntity();
            row.storyId = id;
            row.tagId = t.id();
            row.kind = t.kind().name();
            row.label = t.label();
            row.relevance = t.relevance();
            row.confidence = t.confidence();
            row.status = decision == Decision.ACCEPT ? TagStatus.ACCEPTED : mode == TaggingMode.AUTO ? TagStatus.APPLIED : TagStatus.SUGGESTED;
            tags.add(row);
        }
        return new StoryRepository.StoryRows(story, events, tags, version == null);
    }

    /** The story, if stored. */
    public Optional<StoryView> get(String id) {
        return store.find(StoryId.check(id)).map(this::view);
    }

    /** The story's tags, or empty if there is no such story. */
    public Optional<List<TagView>> tags(String id) {
        return store.find(StoryId.check(id)).map(s -> tagViews(id));
    }

    /** Deletes the story, under its write lock; false if there was none. */
    public boolean delete(String id) {
        StoryId.check(id);
        boolean deleted = writing(id, () -> store.delete(id));
        if (deleted) {
            changes.fire(new StoryChanged(id, StoryChanged.Kind.DELETED));
        }
        return deleted;
    }

    /** The most recently analysed stories, newest first. */
    public List<StorySummary> recent(int max) {
        return store.recent(max).stream().map(s -> new StorySummary(s.id, s.title)).toList();
    }

    /**
     * Records an editor's decision on a tag of a story.
     *
     * @return the tag after the decision, or empty if the story has no such tag
     */
    public Optional<TagView> decide(String storyId, String tagId, Decision decision) {
        StoryId.check(storyId);
        Optional<TagView> decided = writing(storyId, () -> store.find(storyId).isEmpty() ? Optional.<TagView>empty()
                : store.decide(storyId, tagId, decision).map(t -> new TagView(tagId, t.kind, t.label, t.relevance, t.confidence,
                        decision.status())));
        decided.ifPresent(t -> changes.fire(new StoryChanged(storyId, StoryChanged.Kind.DECIDED)));
        return decided;
    }

    private StoryView view(StoryEntity s) {
        Extraction extraction = jsonb.fromJson(s.extractionJson, Extraction.class);
        return new StoryView(s.id, s.version, s.title, s.url, s.published, s.analyzedAt, extraction, tagViews(s.id));
    }

    private List<TagView> tagViews(String id) {
        return store.tags(id).stream().map(StoryService::tagView).toList();
    }

    private static TagView tagView(TagEntity t) {
        return new TagView(t.tagId, t.kind, t.label, t.relevance, t.confidence, t.status);
    }

    /** SHA-256 of everything a story's analysis depends on. */
    static String hash(StoryInput r) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object part : new Object[] {r.text(), r.html(), r.title(), r.url(), r.published()}) {
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            // nothing to release
        }
    }
}
