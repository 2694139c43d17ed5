package org.entente.cms.related;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiFunction;
import org.entente.cms.persistence.StoryChanged;

/**
 * Every stored story's {@link StoryProfile} in memory, with the stories of each actor tag, so that
 * related coverage reads no database row per request. Built from the database on first use and kept
 * current by the {@link StoryChanged} events of each committed write on this server. The index lives in
 * one server's memory: on a cluster, each node sees only the writes made through it until it restarts.
 */
@ApplicationScoped
public class RelatedIndex {
    private static final List<String> ACTOR_KINDS = List.of("COUNTRY", "PERSON", "ORGANIZATION");
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Integer> slots = new HashMap<>();
    private final Map<String, Postings> postings = new HashMap<>();
    private StoryProfile[] profiles = new StoryProfile[1024]; // by slot; null once removed
    private int used;
    private int live;
    private boolean loaded;

    @PersistenceContext(unitName = "entente")
    EntityManager em;

    /** A story sharing actor tags with the one searched, and how many it shares. */
    public interface Candidates {
        void forEach(CandidateVisitor visitor);
    }

    /** Receives each candidate once. */
    @FunctionalInterface
    public interface CandidateVisitor {
        void visit(StoryProfile candidate, int sharedTags);
    }

    /** Re-reads one story after a committed write: added, changed or, if no longer stored, removed. */
    void refresh(@Observes StoryChanged change) {
        ensureLoaded();
        String id = change.storyId();
        Optional<StoryProfile> profile = load(id).stream().findFirst();
        lock.writeLock().lock();
        try {
            remove(id);
            profile.ifPresent(this::add);
            if (used > 1024 && live < used / 2) {
                compact();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Runs {@code search} on the story {@code id} and the stories sharing an actor tag with it, under a
     * read lock; empty if there is no such story.
     */
    public <R> Optional<R> search(String id, BiFunction<StoryProfile, Candidates, R> search) {
        ensureLoaded();
        lock.readLock().lock();
        try {
            Integer slot = slots.get(id);
            if (slot == null) {
                return Optional.empty();
            }
            StoryProfile self = profiles[slot];
            return Optional.of(search.apply(self, visitor -> visit(self, slot, visitor)));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The number of stories indexed. */
    public int size() {
        ensureLoaded();
        lock.readLock().lock();
        try {
            return live;
        } finally {
            lock.readLock().unlock();
        }
    }

    private void visit(StoryProfile self, int selfSlot, CandidateVisitor visitor) {
        int[] shared = new int[used];
        Postings touched = new Postings();
        for (String tag : self.actorTags()) {
            Postings stories = postings.get(tag);
            for (int i = 0; stories != null && i < stories.size; i++) {
                int slot = stories.slots[i];
                if (slot != selfSlot && profiles[slot] != null && shared[slot]++ == 0) {
                    touched.add(slot);
                }
            }
        }
        for (int i = 0; i < touched.size; i++) {
            int slot = touched.slots[i];
            visitor.visit(profiles[slot], shared[slot]);
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
                load(null).forEach(this::add);
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

    private void add(StoryProfile profile) {
        if (used == profiles.length) {
            profiles = Arrays.copyOf(profiles, used * 2);
        }
        int slot = used++;
        profiles[slot] = profile;
        slots.put(profile.id(), slot);
        live++;
        for (String tag : profile.actorTags()) {
            postings.computeIfAbsent(tag, t -> new Postings()).add(slot);
        }
    }

    private void remove(String id) {
        Integer slot = slots.remove(id);
        if (slot != null) {
            profiles[slot] = null; // its postings are skipped from now on and dropped by the next compaction
            live--;
        }
    }

    /** Renumbers the live stories so removed ones stop costing memory and time. */
    private void compact() {
        List<StoryProfile> current = Arrays.stream(profiles, 0, used).filter(p -> p != null).toList();
        slots.clear();
        postings.clear();
        profiles = new StoryProfile[Math.max(1024, current.size() * 2)];
        used = 0;
        live = 0;
        current.forEach(this::add);
    }

    /** A growable list of slots. */
    private static final class Postings {
        int[] slots = new int[8];
        int size;

        void add(int slot) {
            if (size == slots.length) {
                slots = Arrays.copyOf(slots, size * 2);
            }
            slots[size++] = slot;
        }
    }
}
