package org.entente.cms.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.entente.cms.domain.Decision;
import org.entente.cms.domain.TagStatus;

/**
 * Transactional storage of stories, their events, tags and decisions. Every write is one transaction
 * that holds the story's write lock ({@link #writing}): writers of one story take turns, so a story
 * is inserted only when absent, and a decision and a re-analysis never interleave.
 */
@ApplicationScoped
public class StoryRepository {
    /** The number of write locks, the rows of ENTENTE_STORY_LOCK (migration 5). */
    public static final int LOCKS = 256;

    @PersistenceContext(unitName = "entente")
    EntityManager em;

    /** The story, if stored. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StoryEntity> find(String id) {
        return Optional.ofNullable(em.find(StoryEntity.class, id));
    }

    /** The story's tags, most relevant first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TagEntity> tags(String id) {
        return em.createQuery("select t from TagEntity t where t.storyId = :id order by t.relevance desc, t.tagId", TagEntity.class)
                .setParameter("id", id).getResultList();
    }

    /** The editors' decisions on the story's tags. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DecisionEntity> decisions(String id) {
        return em.createQuery("select d from DecisionEntity d where d.storyId = :id", DecisionEntity.class)
                .setParameter("id", id).getResultList();
    }

    /** The write lock (0 to {@link #LOCKS} - 1) of the story {@code id}. */
    public static int bucket(String id) {
        return Math.floorMod(id.hashCode(), LOCKS);
    }

    /**
     * Runs {@code work} in a new transaction that first takes the write lock of the story {@code id}
     * (its bucket's row, read with {@link LockModeType#PESSIMISTIC_WRITE}: {@code SELECT ... FOR UPDATE}),
     * and holds it until the commit. The writes below must run inside {@code work}.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T writing(String id, Supplier<T> work) {
        if (em.find(StoryLockEntity.class, bucket(id), LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new IllegalStateException("The story write lock " + bucket(id) + " is missing: the schema is not at version 5");
        }
        return work.get();
    }

    /** Creates or replaces a story with its events and tags, under its write lock ({@link #writing}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public StoryEntity save(StoryEntity story, List<EventEntity> events, List<TagEntity> tags, boolean created) {
        StoryEntity stored;
        if (created) {
            em.persist(story);
            stored = story;
        } else {
            stored = em.merge(story);
            em.createQuery("delete from EventEntity e where e.storyId = :id").setParameter("id", story.id).executeUpdate();
            em.createQuery("delete from TagEntity t where t.storyId = :id").setParameter("id", story.id).executeUpdate();
        }
        events.forEach(em::persist);
        tags.forEach(em::persist);
        em.flush();
        return stored;
    }

    /**
     * The version and content hash of those of {@code ids} that are stored, read without their bodies.
     *
     * @return {id: {version, content hash}}
     */
    @Transactional // in a transaction of its own: GlassFish closes a bulk request's non-transactional EntityManager
    public Map<String, Stored> stored(Collection<String> ids) {
        Map<String, Stored> out = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] row : em.createQuery("select s.id, s.version, s.contentHash from StoryEntity s where s.id in :ids",
                    Object[].class).setParameter("ids", ids).getResultList()) {
                out.put((String) row[0], new Stored(((Number) row[1]).longValue(), (String) row[2]));
            }
        }
        return out;
    }

    /** A stored story's version and content hash. */
    public record Stored(long version, String contentHash) {
    }

    /** The editors' decisions on the tags of the stories {@code ids}. */
    @Transactional // as stored(ids)
    public List<DecisionEntity> decisions(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d from DecisionEntity d where d.storyId in :ids", DecisionEntity.class)
                .setParameter("ids", ids).getResultList();
    }

    /**
     * Creates or replaces several stories with their events and tags in one transaction (a bulk
     * ingest's chunk). If any of them changed meanwhile the whole transaction fails, and the caller
     * stores them one by one.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void saveAll(List<StoryRows> stories) {
        List<String> replaced = stories.stream().filter(s -> !s.created()).map(s -> s.story().id).toList();
        if (!replaced.isEmpty()) {
            em.createQuery("delete from EventEntity e where e.storyId in :ids").setParameter("ids", replaced).executeUpdate();
            em.createQuery("delete from TagEntity t where t.storyId in :ids").setParameter("ids", replaced).executeUpdate();
        }
        Map<StoryEntity, StoryEntity> merged = new HashMap<>();
        for (StoryRows s : stories) {
            if (s.created()) {
                em.persist(s.story());
            } else {
                merged.put(s.story(), em.merge(s.story()));
            }
            s.events().forEach(em::persist);
            s.tags().forEach(em::persist);
        }
        em.flush();
        merged.forEach((given, managed) -> given.version = managed.version); // as incremented by the flush
    }

    /**
     * A story with the rows stored beside it.
     *
     * @param story   the story
     * @param events  its events
     * @param tags    its tags
     * @param created whether it is new (else it replaces the stored one of its version)
     */
    public record StoryRows(StoryEntity story, List<EventEntity> events, List<TagEntity> tags, boolean created) {
    }

    /** The most recently analysed stories, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StoryEntity> recent(int max) {
        return em.createQuery("select s from StoryEntity s order by s.analyzedAt desc, s.id", StoryEntity.class)
                .setMaxResults(max).getResultList();
    }

    /** Events with an actor, type and date range, all optional; newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EventEntity> events(String actor, String type, LocalDate from, LocalDate to, int max) {
        StringBuilder query = new StringBuilder("select e from EventEntity e where 1 = 1");
        if (actor != null) {
            query.append(" and e.participants like :actor");
        }
        if (type != null) {
            query.append(" and e.type = :type");
        }
        if (from != null) {
            query.append(" and e.eventDate >= :from");
        }
        if (to != null) {
            query.append(" and e.eventDate <= :to");
        }
        query.append(" order by e.eventDate desc, e.storyId, e.eventId");
        var q = em.createQuery(query.toString(), EventEntity.class).setMaxResults(max);
        if (actor != null) {
            q.setParameter("actor", "% " + actor + " %");
        }
        if (type != null) {
            q.setParameter("type", type);
        }
        if (from != null) {
            q.setParameter("from", from);
        }
        if (to != null) {
            q.setParameter("to", to);
        }
        return q.getResultList();
    }

    /** Deletes a story and everything recorded about it, under its write lock; false if there was none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean delete(String id) {
        StoryEntity story = em.find(StoryEntity.class, id);
        if (story == null) {
            return false;
        }
        for (String entity : List.of("EventEntity", "TagEntity", "DecisionEntity")) {
            em.createQuery("delete from " + entity + " x where x.storyId = :id").setParameter("id", id).executeUpdate();
        }
        em.remove(story);
        return true;
    }

    /**
     * Records an editor's decision and applies it to the stored tag, under the story's write lock; the
     * tag disappears when rejected. A decision made again replaces the earlier one (one row per tag).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<TagEntity> decide(String storyId, String tagId, Decision decision) {
        List<TagEntity> tags = em.createQuery("select t from TagEntity t where t.storyId = :s and t.tagId = :t", TagEntity.class)
                .setParameter("s", storyId).setParameter("t", tagId).getResultList();
        List<DecisionEntity> existing = em.createQuery(
                        "select d from DecisionEntity d where d.storyId = :s and d.tagId = :t", DecisionEntity.class)
                .setParameter("s", storyId).setParameter("t", tagId).getResultList();
        if (tags.isEmpty() && existing.isEmpty()) {
            return Optional.empty();
        }
        // Changes go through merge() of a copy, never by assigning a managed entity's public fields: a
        // provider that tracks changes through woven accessors (EclipseLink) does not see such an
        // assignment, and the change would be lost.
        DecisionEntity record = new DecisionEntity();
        record.pk = existing.isEmpty() ? null : existing.get(0).pk;
        record.storyId = storyId;
        record.tagId = tagId;
        record.decision = decision;
        record.decidedAt = Instant.now();
        if (existing.isEmpty()) {
            em.persist(record);
        } else {
            em.merge(record);
        }
        if (tags.isEmpty()) {
            return Optional.of(new TagEntity()); // decided earlier, tag already gone
        }
        TagEntity tag = tags.get(0);
        if (decision == Decision.REJECT) {
            em.remove(tag);
            return Optional.of(tag);
        }
        TagEntity accepted = new TagEntity();
        accepted.pk = tag.pk;
        accepted.storyId = tag.storyId;
        accepted.tagId = tag.tagId;
        accepted.kind = tag.kind;
        accepted.label = tag.label;
        accepted.relevance = tag.relevance;
        accepted.confidence = tag.confidence;
        accepted.status = TagStatus.ACCEPTED;
        em.merge(accepted);
        return Optional.of(accepted);
    }

    /**
     * What related coverage keeps of the stories {@code ids}, or, with {@code ids} null, of all. Read
     * in a transaction: after a bulk ingest's commit on GlassFish, the request's non-transactional
     * EntityManager is closed (its analyses ran on the managed executor with the request's context).
     *
     * @param actorKinds the tag kinds that count as a story's actors
     */
    @Transactional
    public List<ProfileRow> profiles(Collection<String> ids, Collection<String> actorKinds) {
        if (ids != null && ids.isEmpty()) {
            return List.of();
        }
        String where = ids == null ? "" : " where s.id in :ids";
        var stories = em.createQuery("select s.id, s.title, s.published, s.mainEventType, s.mainEventParticipants,"
                + " s.mainEventDate, s.mainEventPlace, s.terms from StoryEntity s" + where, Object[].class);
        var tags = em.createQuery("select t.storyId, t.tagId from TagEntity t where t.kind in :kinds"
                + (ids == null ? "" : " and t.storyId in :ids"), Object[].class).setParameter("kinds", actorKinds);
        if (ids != null) {
            stories.setParameter("ids", ids);
            tags.setParameter("ids", ids);
        }
        Map<String, Set<String>> actorTags = new HashMap<>();
        for (Object[] row : tags.getResultList()) {
            actorTags.computeIfAbsent((String) row[0], s -> new HashSet<>()).add(((String) row[1]).intern()); // shared by many stories
        }
        List<ProfileRow> rows = new ArrayList<>();
        for (Object[] s : stories.getResultList()) {
            rows.add(new ProfileRow((String) s[0], (String) s[1], (LocalDate) s[2], (String) s[3], (String) s[4], (LocalDate) s[5],
                    (String) s[6], (String) s[7], actorTags.getOrDefault((String) s[0], Set.of())));
        }
        return rows;
    }

    /**
     * A story's columns that related coverage compares, with its actor tags.
     *
     * @param id                    the story's id
     * @param title                 its title
     * @param published             its publication date
     * @param mainEventType         its main event's type, or null
     * @param mainEventParticipants the main event's parties, space-separated
     * @param mainEventDate         the main event's date
     * @param mainEventPlace        the main event's country
     * @param terms                 the encoded term counts
     * @param actorTags             its actor tag ids
     */
    public record ProfileRow(String id, String title, LocalDate published, String mainEventType, String mainEventParticipants,
                             LocalDate mainEventDate, String mainEventPlace, String terms, Set<String> actorTags) {
    }
}
