package org.entente.cms.wordpress;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.entente.cms.domain.DatabaseFailure;
import org.entente.cms.domain.SchemaReady;
import org.entente.cms.domain.StoryChanged;
import org.entente.cms.persistence.WordPressPostEntity;
import org.entente.cms.persistence.WordPressPostRepository;
import org.entente.cms.service.Settings;
import org.entente.cms.wordpress.WordPressClient.Page;
import org.entente.cms.wordpress.WordPressClient.Post;

/**
 * The WordPress connector: polls the site for changed posts on a schedule, syncs the posts its
 * webhook announces, and writes tags back after an editor's decision. Configured by the deployment
 * setting {@code entente.wordpress.config} (the path of a {@link WordPressSettings} file, read
 * afresh on every poll; without it the connector is idle) and {@code entente.wordpress.poll-seconds}
 * (default 60).
 *
 * <p>Failures never stop the poller: when WordPress is down or answers 5xx, the poll is logged and
 * tried again with a doubling delay (up to {@link #MAX_BACKOFF}); a post that fails on its own is
 * recorded and retried with the same back-off while the others go on. When the database is lost,
 * the poll backs off too (up to {@link #DATABASE_MAX_BACKOFF}) and records nothing; the posts it
 * could not sync are listed again, and synced, once the database is back. Posts are synced one at a time.
 */
@ApplicationScoped
public class WordPressConnector {
    static final Duration MAX_BACKOFF = Duration.ofMinutes(10);
    /**
     * The longest wait between polls while the database is lost: trying it costs a refused
     * connection, nothing on the WordPress site, so the connector comes back within a minute of it.
     */
    static final Duration DATABASE_MAX_BACKOFF = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(WordPressConnector.class.getName());
    /**
     * Changes are asked for from this long before the latest seen. WordPress compares modified_after
     * with the post's modification time in the site's own time zone, so the window must cover any
     * zone's offset from UTC; posts listed again and already synced are skipped.
     */
    private static final Duration OVERLAP = Duration.ofHours(14);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Settings settings;

    @Inject
    WordPressSync sync;

    @Inject
    WordPressPostRepository store;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ReentrantLock syncing = new ReentrantLock();
    private final Map<String, Instant> seenSignatures = new ConcurrentHashMap<>();
    private volatile ScheduledFuture<?> nextPoll;
    private volatile boolean stopped;
    private Duration backoff = Duration.ZERO;
    private String lastProblem;

    /** Polls once the tables it records posts in are there. */
    void start(@Observes SchemaReady deployed) {
        schedule(Duration.ofSeconds(1));
    }

    @PreDestroy
    void stop() {
        stopped = true;
        if (nextPoll != null) {
            nextPoll.cancel(false);
        }
    }

    /** The site's settings, or empty when the connector is not configured or its file is unreadable (logged). */
    public Optional<WordPressSettings> configuration() {
        Optional<String> path = settings.get("entente.wordpress.config");
        if (path.isEmpty()) {
            return Optional.empty();
        }
        Path file = Path.of(path.get());
        if (!Files.exists(file)) {
            problem("WordPress connector: " + file + " does not exist (yet); idle");
            return Optional.empty();
        }
        try {
            return Optional.of(WordPressSettings.read(file));
        } catch (IOException | IllegalArgumentException e) {
            problem("WordPress connector: cannot use " + file + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Remembers a webhook signature for as long as its timestamp is acceptable.
     *
     * @return false if the same signed call was received before (a replay)
     */
    boolean firstUse(WebhookSignature.Signed signed) {
        Instant now = Instant.now();
        seenSignatures.values().removeIf(expiry -> expiry.isBefore(now));
        Instant expiry = Instant.ofEpochSecond(signed.timestamp()).plus(WebhookSignature.TOLERANCE);
        return seenSignatures.putIfAbsent(signed.signature(), expiry) == null;
    }

    /** Syncs a post soon, on the connector's executor (what the webhook asks for). */
    void submit(long postId) {
        scheduler.execute(() -> {
            try {
                configuration().ifPresent(site -> syncOne(new WordPressClient(http, site), site, postId, null));
            } catch (Exception e) {
                if (DatabaseFailure.isUnavailable(e)) {
                    LOG.warning("WordPress connector: post " + postId + " not synced now, the database cannot be reached;"
                            + " a poll will sync it once it can");
                } else {
                    LOG.log(Level.SEVERE, "WordPress connector: post " + postId + " could not be synced", e);
                }
            }
        });
    }

    /** After an editor's decision on a WordPress story, writes its tags back. */
    void decided(@Observes StoryChanged change) {
        if (change.kind() == StoryChanged.Kind.DECIDED && change.storyId().startsWith("wp-")) {
            try {
                submit(Long.parseLong(change.storyId().substring(3)));
            } catch (NumberFormatException e) {
                // a story the API stored under a wp- id of its own: not a WordPress post
            }
        }
    }

    private void schedule(Duration delay) {
        if (!stopped) {
            nextPoll = scheduler.schedule(this::poll, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void poll() {
        Duration interval = Duration.ofSeconds(60);
        try {
            interval = Duration.ofSeconds(settings.get("entente.wordpress.poll-seconds").map(Long::parseLong).orElse(60L));
            Optional<WordPressSettings> site = configuration();
            if (site.isPresent()) {
                WordPressClient wp = new WordPressClient(http, site.get());
                pollChanges(wp, site.get());
                retryDue(wp, site.get());
                if (!backoff.isZero()) {
                    LOG.info("WordPress connector: " + site.get().site() + " answers again");
                }
                backoff = Duration.ZERO;
                lastProblem = null;
            }
        } catch (WordPressException e) {
            backoff = backoff.isZero() ? interval : min(backoff.multipliedBy(2), MAX_BACKOFF);
            LOG.warning("WordPress connector: " + e.getMessage() + "; next poll in " + backoff.toSeconds() + " s");
        } catch (Exception e) { // a failed commit may be JTA's checked RollbackException, which the proxies let through
            if (DatabaseFailure.isUnavailable(e)) {
                // Nothing was synced that is not synced again: the posts changed since the latest one recorded
                // are listed again once the database is back.
                backoff = backoff.isZero() ? interval : min(backoff.multipliedBy(2), DATABASE_MAX_BACKOFF);
                LOG.warning("WordPress connector: the database cannot be reached; next poll in " + backoff.toSeconds() + " s");
            } else {
                backoff = backoff.isZero() ? interval : min(backoff.multipliedBy(2), MAX_BACKOFF);
                LOG.log(Level.SEVERE, "WordPress connector: poll failed; next poll in " + backoff.toSeconds() + " s", e);
            }
        } finally {
            schedule(backoff.isZero() ? interval : backoff);
        }
    }

    /** Every published post changed since the latest one seen, page by page. */
    private void pollChanges(WordPressClient wp, WordPressSettings site) throws WordPressException {
        Instant after = store.latestSeen().map(t -> t.minus(OVERLAP)).orElse(Instant.EPOCH);
        for (int page = 1; ; page++) {
            Page listed = wp.postsModifiedAfter(after, page);
            for (Post post : listed.posts()) {
                WordPressPostEntity state = store.find(post.id()).orElse(null);
                if (state != null && post.version().equals(state.syncedVersion) && state.retryAt == null) {
                    continue; // listed again in the overlap, or only our own tag write-back: nothing new
                }
                syncOne(wp, site, post.id(), post);
            }
            if (page >= listed.totalPages()) {
                return;
            }
        }
    }

    private void retryDue(WordPressClient wp, WordPressSettings site) throws WordPressException {
        for (long postId : store.due(Instant.now(), 50)) {
            syncOne(wp, site, postId, null);
        }
    }

    /** Syncs one post; any failure is logged and recorded, and the post retried later with back-off. */
    private void syncOne(WordPressClient wp, WordPressSettings site, long postId, Post known) {
        syncing.lock();
        try {
            WordPressSync.Outcome outcome = sync.sync(wp, site, postId);
            LOG.info(() -> "WordPress post " + postId + ": " + outcome.name().toLowerCase(java.util.Locale.ROOT));
        } catch (WordPressException e) {
            recordFailure(postId, known, e);
        } catch (Exception e) { // JTA's checked RollbackException included
            if (DatabaseFailure.isUnavailable(e)) {
                // not the post's fault, and it could not be recorded: the poll backs off
                throw e instanceof RuntimeException r ? r : new jakarta.persistence.PersistenceException(e);
            }
            recordFailure(postId, known, e);
        } finally {
            syncing.unlock();
        }
    }

    private void recordFailure(long postId, Post known, Exception e) {
        WordPressPostEntity state = store.find(postId).orElseGet(WordPressPostEntity::new);
        state.postId = postId;
        if (known != null && (state.seenModified == null || known.modified().isAfter(state.seenModified))) {
            state.seenModified = known.modified(); // later polls go on from here; this post is retried on its own
        }
        state.failures++;
        Duration wait = min(Duration.ofSeconds(30).multipliedBy(1L << Math.min(state.failures - 1, 10)), MAX_BACKOFF);
        state.retryAt = Instant.now().plus(wait);
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        state.lastError = message.length() > 1000 ? message.substring(0, 1000) : message;
        store.save(state);
        Level level = e instanceof RuntimeException ? Level.SEVERE : Level.WARNING;
        LOG.log(level, "WordPress post " + postId + ": sync failed (attempt " + state.failures + "), retry in "
                + wait.toSeconds() + " s: " + message, e instanceof RuntimeException ? e : null);
    }

    private void problem(String message) {
        if (!message.equals(lastProblem)) { // once, not every poll
            LOG.warning(message);
            lastProblem = message;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
