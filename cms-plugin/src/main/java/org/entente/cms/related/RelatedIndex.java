package org.entente.cms.related;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
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
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
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
    private List<StoryProfile> load(String id) {
        return stories.profiles(id, ACTOR_KINDS).stream().map(RelatedIndex::profile).toList();
    }

    private static StoryProfile profile(StoryRepository.ProfileRow s) {
        StoryProfile.MainEvent main = s.mainEventType() == null ? null
                : new StoryProfile.MainEvent(s.mainEventType(), s.mainEventParticipants(), s.mainEventDate(), s.mainEventPlace());
        return new StoryProfile(s.id(), s.title(), s.published(), main, s.actorTags(), Terms.decode(s.terms()));
    }
}
