package org.entente.cms.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The connector's record of each post, one transaction per change. */
@ApplicationScoped
public class WordPressPostRepository {
    @PersistenceContext(unitName = "entente")
    EntityManager em;

    /** The record of a post, detached (a copy to change and {@link #save}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<WordPressPostEntity> find(long postId) {
        return Optional.ofNullable(em.find(WordPressPostEntity.class, postId));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void save(WordPressPostEntity post) {
        em.merge(post);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forget(long postId) {
        WordPressPostEntity post = em.find(WordPressPostEntity.class, postId);
        if (post != null) {
            em.remove(post);
        }
    }

    /** The latest modification seen of any post, if any was seen. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> latestSeen() {
        // Ordered and limited rather than max(): an aggregate of a converted attribute comes back
        // converted or not depending on the provider.
        return em.createQuery("select p.seenModified from WordPressPostEntity p where p.seenModified is not null"
                + " order by p.seenModified desc", Instant.class).setMaxResults(1).getResultList().stream().findFirst();
    }

    /** Posts whose retry is due, earliest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> due(Instant now, int max) {
        // Compared here, not in the query: providers differ in converting a parameter for a converted attribute.
        return em.createQuery("select p from WordPressPostEntity p where p.retryAt is not null order by p.retryAt",
                        WordPressPostEntity.class).getResultList().stream()
                .filter(p -> !p.retryAt.isAfter(now)).limit(max).map(p -> p.postId).toList();
    }
}
