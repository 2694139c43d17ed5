package org.entente.cms.wordpress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.entente.cms.domain.Decision;
import org.entente.cms.domain.TagStatus;
import org.entente.cms.persistence.WordPressPostEntity;
import org.entente.cms.persistence.WordPressPostRepository;
import org.entente.cms.service.StoryInput;
import org.entente.cms.service.StoryService;
import org.entente.cms.service.TagView;
import org.entente.cms.wordpress.WordPressClient.Post;

/**
 * Brings one WordPress post and its Entente story in line: analyses the post as the story
 * {@code wp-<post id>}, treats terms Entente had added and an editor removed as rejected tags, and
 * writes the applied or accepted tags back as WordPress tags. Terms that were on the post before
 * Entente are the editors' and are never removed.
 */
@ApplicationScoped
public class WordPressSync {
    private static final Logger LOG = Logger.getLogger(WordPressSync.class.getName());

    @Inject
    StoryService stories;

    @Inject
    WordPressPostRepository store;

    /** Term ids by lower-case name, per site. */
    private final Map<String, Long> terms = new ConcurrentHashMap<>();

    /** What a sync did. */
    public enum Outcome { ANALYSED, UNCHANGED, SKIPPED, REMOVED }

    /** The story id of a post. */
    public static String storyId(long postId) {
        return "wp-" + postId;
    }

    /**
     * Syncs the post {@code postId}, read afresh: a copy listed a moment ago may predate tags this
     * connector has just written, which would then look removed by an editor.
     */
    public Outcome sync(WordPressClient wp, WordPressSettings settings, long postId) throws WordPressException {
        Optional<Post> read = wp.post(postId);
        String storyId = storyId(postId);
        if (read.isEmpty() || !read.get().status().equals("publish")) {
            stories.delete(storyId);
            store.forget(postId);
            LOG.info(() -> "WordPress post " + postId + " is deleted or unpublished: story " + storyId + " removed");
            return Outcome.REMOVED;
        }
        Post post = read.get();
        WordPressPostEntity state = store.find(postId).orElseGet(WordPressPostEntity::new);
        state.postId = postId;
        state.seenModified = later(state.seenModified, post.modified());
        Map<Long, String> written = parse(state.written);

        // Terms Entente added that an editor has since removed: rejected, so never added again.
        for (Map.Entry<Long, String> w : written.entrySet()) {
            if (!post.tags().contains(w.getKey())) {
                stories.decide(storyId, w.getValue(), Decision.REJECT);
                LOG.info(() -> "Post " + postId + ": an editor removed \"" + w.getValue() + "\" in WordPress; rejected");
            }
        }
        Outcome outcome = analyse(post, storyId);
        if (outcome == Outcome.SKIPPED) {
            done(state, post, written);
            return outcome;
        }

        Map<Long, String> ours = new LinkedHashMap<>();
        List<TagView> tags = stories.tags(storyId).orElse(List.of());
        LOG.info(() -> "WordPress post " + postId + ": " + tags.size() + " tags, on the post " + post.tags());
        for (TagView tag : tags) {
            if (tag.status() == TagStatus.APPLIED || tag.status() == TagStatus.ACCEPTED) {
                Optional<Long> term = term(wp, settings, tag.label());
                // A term already on the post that Entente did not add is the editors': not ours to remove later.
                term.filter(id -> written.containsKey(id) || !post.tags().contains(id)).ifPresent(id -> ours.put(id, tag.id()));
            }
        }
        Set<Long> wanted = new LinkedHashSet<>(post.tags());
        written.keySet().stream().filter(id -> !ours.containsKey(id)).forEach(wanted::remove);
        wanted.addAll(ours.keySet());
        if (!wanted.equals(new LinkedHashSet<>(post.tags()))) {
            try {
                wp.setTags(postId, wanted);
            } catch (WordPressException e) {
                terms.clear(); // a cached term may have been deleted in WordPress
                throw e;
            }
            LOG.info(() -> "WordPress post " + postId + ": tags written back, " + ours.size() + " from Entente");
        }
        done(state, post.withTags(wanted), ours);
        return outcome;
    }

    private Outcome analyse(Post post, String storyId) {
        if (post.content().isBlank()) {
            LOG.info(() -> "WordPress post " + post.id() + " has no content; nothing to analyse");
            return Outcome.SKIPPED;
        }
        if (post.content().getBytes(StandardCharsets.UTF_8).length > StoryInput.MAX_BYTES) {
            LOG.warning(() -> "WordPress post " + post.id() + " is larger than " + StoryInput.MAX_BYTES
                    + " bytes; not analysed");
            return Outcome.SKIPPED;
        }
        LocalDate published = post.published() == null ? null : LocalDate.ofInstant(post.published(), ZoneOffset.UTC);
        String title = post.title().isBlank() ? null : post.title();
        boolean created = stories.put(storyId, new StoryInput(null, post.content(), title, post.link(), published)).created();
        return created ? Outcome.ANALYSED : Outcome.UNCHANGED;
    }

    private void done(WordPressPostEntity state, Post post, Map<Long, String> written) {
        state.syncedVersion = post.version();
        state.written = format(written);
        state.failures = 0;
        state.retryAt = null;
        state.lastError = null;
        store.save(state);
    }

    /** The term for a tag label: found or created, or with existing-terms-only, found or none. */
    private Optional<Long> term(WordPressClient wp, WordPressSettings settings, String label) throws WordPressException {
        String key = settings.site() + " " + label.toLowerCase(java.util.Locale.ROOT);
        Long cached = terms.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Long> id = settings.existingTermsOnly() ? wp.findTag(label) : Optional.of(wp.findOrCreateTag(label));
        id.ifPresent(found -> terms.put(key, found));
        return id;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b != null && b.isAfter(a) ? b : a;
    }

    private static Map<Long, String> parse(String written) {
        Map<Long, String> out = new LinkedHashMap<>();
        if (written != null) {
            for (String line : written.split("\n")) {
                String[] parts = line.split(" ", 2);
                if (parts.length == 2) {
                    out.put(Long.parseLong(parts[0]), parts[1]);
                }
            }
        }
        return out;
    }

    private static String format(Map<Long, String> written) {
        StringBuilder out = new StringBuilder();
        written.forEach((term, tag) -> out.append(term).append(' ').append(tag).append('\n'));
        return out.toString();
    }
}
