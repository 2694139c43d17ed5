package org.entente.cms.related;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Story profiles by slot, with postings per actor tag and per main event, and what related coverage
 * scores every candidate on (main event, dates, place, number of actor tags) also kept in arrays of
 * ints: a request may visit tens of thousands of candidates, and reading arrays instead of following
 * each candidate's profile, event and dates through the heap keeps that to a millisecond or two.
 *
 * <p>A tag on {@value #COMMON} stories or more (a head of state in a year of news) is common: its
 * stories are also kept as a bit set, so that a search can draw its candidates from the rarer tags
 * only and still count the common ones of each candidate (see {@link #forEachCandidate}).
 *
 * <p>Not thread-safe: {@link RelatedIndex} guards it with a read-write lock.
 */
final class ProfileTable {
    /** An absent value in the int columns. */
    static final int NONE = Integer.MIN_VALUE;
    /** Stories from which a tag is common. */
    static final int COMMON = 2048;

    private final Map<String, Integer> slots = new HashMap<>();
    private final Map<String, Postings> postings = new HashMap<>();
    private final Map<Integer, Postings> byEvent = new HashMap<>();
    /** Main events (type and participants) and place countries as ints: comparing them is then one instruction. */
    private final Map<String, Integer> codes = new HashMap<>();
    private StoryProfile[] profiles = new StoryProfile[0]; // null once removed
    private int[] event = new int[0];
    private int[] eventDay = new int[0];
    private int[] publishedDay = new int[0];
    private int[] place = new int[0];
    private int[] tagCount = new int[0];
    /** Each id's {@link String#hashCode()}: a tie-break as cheap as the scores, and the same on every server. */
    private int[] idHash = new int[0];
    private int used;
    private int live;
    /** Per-thread marks by slot for {@link #forEachCandidate}, all zero between searches (which run concurrently). */
    private final ThreadLocal<int[]> seenScratch = ThreadLocal.withInitial(() -> new int[0]);

    /** Receives each candidate once. */
    @FunctionalInterface
    interface CandidateVisitor {
        void visit(int slot, int sharedTags);
    }

    /** Adds a story; the caller has removed any earlier profile of the same id. */
    void add(StoryProfile profile) {
        if (used == profiles.length) {
            grow(Math.max(1024, used * 2));
        }
        int slot = used++;
        profiles[slot] = profile;
        StoryProfile.MainEvent main = profile.mainEvent();
        event[slot] = main == null ? NONE : code(main.type() + " " + main.participants());
        eventDay[slot] = day(main == null ? null : main.date());
        place[slot] = main == null || main.placeCountry() == null ? NONE : code("@" + main.placeCountry());
        publishedDay[slot] = day(profile.published());
        tagCount[slot] = profile.actorTags().size();
        idHash[slot] = profile.id().hashCode();
        for (String tag : profile.actorTags()) {
            postings.computeIfAbsent(tag, t -> new Postings()).add(slot);
        }
        if (event[slot] != NONE) {
            byEvent.computeIfAbsent(event[slot], e -> new Postings()).add(slot);
        }
        slots.put(profile.id(), slot);
        live++;
    }

    /** Removes a story, if present. Its postings are skipped from now on and dropped by {@link #compactIfSparse}. */
    void remove(String id) {
        Integer slot = slots.remove(id);
        if (slot != null) {
            profiles[slot] = null;
            live--;
        }
    }

    /** Renumbers the stories once more than half the slots are removed ones, so they stop costing memory and time. */
    void compactIfSparse() {
        if (used <= 1024 || live >= used / 2) {
            return;
        }
        List<StoryProfile> current = new ArrayList<>(live);
        for (int slot = 0; slot < used; slot++) {
            if (profiles[slot] != null) {
                current.add(profiles[slot]);
            }
        }
        slots.clear();
        postings.clear();
        byEvent.clear();
        Arrays.fill(profiles, null);
        used = 0;
        live = 0;
        current.forEach(this::add);
    }

    /** The slot of a story, or -1. */
    int slot(String id) {
        Integer slot = slots.get(id);
        return slot == null ? -1 : slot;
    }

    int size() {
        return live;
    }

    StoryProfile profile(int slot) {
        return profiles[slot];
    }

    /** The main event (type and participants) as a code equal for equal events, or {@link #NONE}. */
    int event(int slot) {
        return event[slot];
    }

    /** The main event's date as an epoch day, or {@link #NONE}. */
    int eventDay(int slot) {
        return eventDay[slot];
    }

    /** The publication date as an epoch day, or {@link #NONE}. */
    int publishedDay(int slot) {
        return publishedDay[slot];
    }

    /** The main event's country as a code, or {@link #NONE}. */
    int place(int slot) {
        return place[slot];
    }

    int tagCount(int slot) {
        return tagCount[slot];
    }

    /** The hash of the story's id ({@link String#hashCode()}, which the Java language fixes). */
    int idHash(int slot) {
        return idHash[slot];
    }

    /** How many of the story's actor tags are common. */
    int commonTags(int self) {
        int common = 0;
        for (String tag : profiles[self].actorTags()) {
            if (postings.get(tag).bits != null) {
                common++;
            }
        }
        return common;
    }

    /**
     * Visits, once each, the other live stories that have the same main event as the story in
     * {@code self} or share an actor tag with it, with the number of actor tags they share.
     *
     * <p>The stories of rare tags and of the main event come first. Then come the common tags' stories,
     * from the least common tag on; before each such tag, {@code enough} is asked whether the search has
     * enough, given how many of the story's tags are left: a story not visited yet shares at most that
     * many tags, and not the main event. A head of state's tag on fifty thousand stories is then often
     * never walked.
     */
    void forEachCandidate(int self, CandidateVisitor visitor, IntPredicate enough) {
        String[] tags = tagsByRarity(self);
        Postings[] lists = new Postings[tags.length];
        int rare = 0;
        for (int t = 0; t < tags.length; t++) {
            lists[t] = postings.get(tags[t]);
            rare += lists[t].bits == null ? 1 : 0; // the rare ones sort first
        }
        int[] seen = seenScratch.get(); // 0: not visited; n > 0: visited, n - 1 rare tags shared
        if (seen.length < used) {
            seen = new int[profiles.length];
            seenScratch.set(seen);
        }
        Postings touched = new Postings();
        try {
            for (int t = 0; t < rare; t++) {
                for (int i = 0; i < lists[t].size; i++) {
                    int slot = lists[t].slots[i];
                    if (seen[slot]++ == 0) {
                        seen[slot] = 2;
                        touched.add(slot);
                    }
                }
            }
            Postings sameEvent = event[self] == NONE ? null : byEvent.get(event[self]);
            for (int i = 0; sameEvent != null && i < sameEvent.size; i++) {
                int slot = sameEvent.slots[i];
                if (seen[slot] == 0) {
                    seen[slot] = 1;
                    touched.add(slot);
                }
            }
            for (int i = 0; i < touched.size; i++) {
                int slot = touched.slots[i];
                if (slot != self && profiles[slot] != null) {
                    visitor.visit(slot, seen[slot] - 1 + shared(lists, rare, slot));
                }
            }
            for (int t = rare; t < tags.length && !enough.test(tags.length - t); t++) {
                for (int i = 0; i < lists[t].size; i++) {
                    int slot = lists[t].slots[i];
                    if (seen[slot] == 0) {
                        seen[slot] = 1;
                        touched.add(slot);
                        if (slot != self && profiles[slot] != null) {
                            visitor.visit(slot, 1 + shared(lists, t + 1, slot)); // none of the tags before t, or it was seen
                        }
                    }
                }
            }
        } finally {
            for (int i = 0; i < touched.size; i++) {
                seen[touched.slots[i]] = 0;
            }
        }
    }

    /** How many of the common tags {@code lists[from...]} the story in {@code slot} has. */
    private static int shared(Postings[] lists, int from, int slot) {
        int shared = 0;
        for (int t = from; t < lists.length; t++) {
            if (lists[t].contains(slot)) {
                shared++;
            }
        }
        return shared;
    }

    /** The story's actor tags, those on the fewest stories first. */
    private String[] tagsByRarity(int self) {
        String[] tags = profiles[self].actorTags().toArray(new String[0]);
        Arrays.sort(tags, java.util.Comparator.comparingInt((String tag) -> postings.get(tag).size).thenComparing(tag -> tag));
        return tags;
    }

    private int code(String value) {
        return codes.computeIfAbsent(value, v -> codes.size());
    }

    private static int day(LocalDate date) {
        return date == null ? NONE : Math.toIntExact(date.toEpochDay());
    }

    private void grow(int capacity) {
        profiles = Arrays.copyOf(profiles, capacity);
        event = Arrays.copyOf(event, capacity);
        eventDay = Arrays.copyOf(eventDay, capacity);
        publishedDay = Arrays.copyOf(publishedDay, capacity);
        place = Arrays.copyOf(place, capacity);
        tagCount = Arrays.copyOf(tagCount, capacity);
        idHash = Arrays.copyOf(idHash, capacity);
    }

    /** A growable list of slots, also a bit set once {@value #COMMON} long. */
    private static final class Postings {
        int[] slots = new int[8];
        int size;
        long[] bits;

        void add(int slot) {
            if (size == slots.length) {
                slots = Arrays.copyOf(slots, size * 2);
            }
            slots[size++] = slot;
            if (bits != null) {
                set(slot);
            } else if (size == COMMON) {
                bits = new long[0];
                for (int i = 0; i < size; i++) {
                    set(slots[i]);
                }
            }
        }

        boolean contains(int slot) {
            int word = slot >>> 6;
            return word < bits.length && (bits[word] & 1L << slot) != 0;
        }

        private void set(int slot) {
            int word = slot >>> 6;
            if (word >= bits.length) {
                bits = Arrays.copyOf(bits, Math.max(word + 1, bits.length * 2));
            }
            bits[word] |= 1L << slot;
        }
    }
}
