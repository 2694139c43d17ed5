package org.entente.cms.related;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Logger;
import org.entente.cms.domain.DatabaseFailure;
import org.entente.cms.domain.StoriesSaved;
import org.entente.cms.domain.StoryChanged;
import org.entente.cms.persistence.StoryRepository;

/**
 * Every stored story's {@link StoryProfile} in memory (a {@link ProfileTable}), so that related
 * coverage reads no database row per request. Built from the database on first use and kept current
 * by the {@link StoryChanged} events of each committed write on this server. The index lives in one
 * server's memory: on a cluster, each node sees only the writes made through it until it restarts.
 */
@ApplicationScoped
public class RelatedIndex {
    private static final List<String> ACTOR_KINDS = StoryProfile.ACTOR_KINDS.stream().map(Enum::name).toList();
    private static final Logger LOG = Logger.getLogger(RelatedIndex.class.getName());
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    /** Stories written whose profiles are still to be read (the database was lost at the time). */
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final ProfileTable table = new ProfileTable();
    private boolean loaded;

    @Inject
    StoryRepository stories;

    /** A search of the table from one story's slot. */
    @FunctionalInterface
    interface Search<R> {
        R run(ProfileTable table, int self);
    }

    /** Re-reads one story after a committed write: added, changed or, if no longer stored, removed. */
    void refresh(@Observes StoryChanged change) {
        refresh(List.of(change.storyId()));
    }

    /** Re-reads the stories a bulk ingest stored, in two queries. */
    void refresh(@Observes StoriesSaved change) {
        refresh(change.storyIds());
    }

    /**
     * Re-reads stories, and any whose earlier refresh failed. The write is committed whatever happens
     * here: if the database is lost before the profiles are read, they are read on a later refresh
     * (a failed refresh never fails the write that caused it).
     */
    private void refresh(List<String> ids) {
        pending.addAll(ids);
        List<String> due = List.copyOf(pending);
        Map<String, StoryProfile> profiles = new HashMap<>();
        try {
            ensureLoaded();
            load(due).forEach(p -> profiles.put(p.id(), p));
        } catch (RuntimeException e) {
            if (!DatabaseFailure.isUnavailable(e)) {
                throw e;
            }
            LOG.warning(() -> "Related coverage: the database cannot be reached; " + pending.size()
                    + " stories will be indexed again when it can");
            return;
        }
        lock.writeLock().lock();
        try {
            for (String id : due) {
                table.remove(id);
                StoryProfile profile = profiles.get(id);
                if (profile != null) {
                    table.add(profile);
                }
            }
            table.compactIfSparse();
            pending.removeAll(due);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Runs {@code search} from the story {@code id} under a read lock; empty if there is no such story. */
    <R> Optional<R> search(String id, Search<R> search) {
        if (!pending.isEmpty()) {
            refresh(List.of()); // writes committed while the database was lost
        }
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
                pending.clear(); // all read just now
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The profiles of the stories {@code ids} that are stored, or of every story when {@code ids} is null. */
    private List<StoryProfile> load(List<String> ids) {
        return stories.profiles(ids, ACTOR_KINDS).stream().map(RelatedIndex::profile).toList();
    }

    private static StoryProfile profile(StoryRepository.ProfileRow s) {
        StoryProfile.MainEvent main = s.mainEventType() == null ? null
                : new StoryProfile.MainEvent(s.mainEventType(), s.mainEventParticipants(), s.mainEventDate(), s.mainEventPlace());
        return new StoryProfile(s.id(), s.title(), s.published(), main, s.actorTags(), Terms.decode(s.terms()));
    }
}
