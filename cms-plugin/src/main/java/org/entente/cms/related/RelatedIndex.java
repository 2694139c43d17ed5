package org.entente.cms.related;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.entente.cms.persistence.StoryChanged;

/**
 * Every stored story's {@link StoryProfile} in memory (a {@link ProfileTable}), so that related
 * coverage reads no database row per request. Built from the database on first use and kept current
 * by the {@link StoryChanged} events of each committed write on this server. The index lives in one
 * server's memory: on a cluster, each node sees only the writes made through it until it restarts.
 */
@ApplicationScoped
public class RelatedIndex {
    private static final List<String> ACTOR_KINDS = StoryProfile.ACTOR_KINDS.stream().map(Enum::name).toList();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final ProfileTable table = new ProfileTable();
    private boolean loaded;

    @PersistenceContext(unitName = "entente")
    EntityManager em;

    /** A search of the table from one story's slot. */
    @FunctionalInterface
    interface Search<R> {
        R run(ProfileTable table, int self);
    }

    /** Re-reads one story after a committed write: added, changed or, if no longer stored, removed. */
    void refresh(@Observes StoryChanged change) {
        ensureLoaded();
        Optional<StoryProfile> profile = load(change.storyId()).stream().findFirst();
        lock.writeLock().lock();
        try {
            table.remove(change.storyId());
            profile.ifPresent(table::add);
            table.compactIfSparse();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Runs {@code search} from the story {@code id} under a read lock; empty if there is no such story. */
    <R> Optional<R> search(String id, Search<R> search) {
        ensureLoaded();
        lock.readLock().lock();
        try {
            int slot = table.slot(id);
            return slot < 0 ? Optional.empty() : Optional.of(search.run(table, slot));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The number of stories indexed. */
    public int size() {
        ensureLoaded();
        lock.readLock().lock();
        try {
            return table.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    private void ensureLoaded() {
        lock.readLock().lock();
        try {
            if (loaded) {
                return;
            }
        } finally {
            lock.readLock().unlock();
        }
        lock.writeLock().lock();
        try {
            if (!loaded) {
                load(null).forEach(table::add);
                loaded = true;
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The profile of one story, or of every story when {@code id} is null. */
    private Collection<StoryProfile> load(String id) {
        String where = id == null ? "" : " where s.id = :id";
        var stories = em.createQuery("select s.id, s.title, s.published, s.mainEventType, s.mainEventParticipants,"
                + " s.mainEventDate, s.mainEventPlace, s.terms from StoryEntity s" + where, Object[].class);
        var tags = em.createQuery("select t.storyId, t.tagId from TagEntity t where t.kind in :kinds"
                + (id == null ? "" : " and t.storyId = :id"), Object[].class).setParameter("kinds", ACTOR_KINDS);
        if (id != null) {
            stories.setParameter("id", id);
            tags.setParameter("id", id);
        }
        Map<String, Set<String>> actorTags = new HashMap<>();
        for (Object[] row : tags.getResultList()) {
            actorTags.computeIfAbsent((String) row[0], s -> new HashSet<>()).add(((String) row[1]).intern()); // shared by many stories
        }
        List<StoryProfile> profiles = new ArrayList<>();
        for (Object[] s : stories.getResultList()) {
            String type = (String) s[3];
            StoryProfile.MainEvent main = type == null ? null
                    : new StoryProfile.MainEvent(type, (String) s[4], (LocalDate) s[5], (String) s[6]);
            profiles.add(new StoryProfile((String) s[0], (String) s[1], (LocalDate) s[2], main,
                    actorTags.getOrDefault((String) s[0], Set.of()), Terms.decode((String) s[7])));
        }
        return profiles;
    }
}
