package org.entente.model;

import java.util.Locale;
import org.entente.model.internal.Checks;

/**
 * A label for an article, as a CMS shows it: a country, person, organisation, place, event type or
 * topic, with how central it is to the article and how sure Entente is of it.
 *
 * @param id         stable identifier: the kind's {@link TagKind#prefix() prefix}, a colon and a key
 *                   ({@code country:KOR}, {@code person:lee-jae-myung}, {@code event-type:CONSULT});
 *                   the same entity gets the same id in every article
 * @param kind       what the tag names
 * @param label      the display label ("South Korea")
 * @param relevance  how central the tag is to the article, 0 to 1
 * @param confidence how sure Entente is that the tag is right, 0 to 1
 * @since 0.1
 */
public record Tag(String id, TagKind kind, String label, double relevance, double confidence) {

    /** Checks the id's prefix, the label and both scores. */
    public Tag {
        Checks.required(kind, "kind");
        id = Checks.notBlank(id, "id");
        if (!id.startsWith(kind.prefix() + ":") || id.length() == kind.prefix().length() + 1) {
            throw new IllegalArgumentException("Tag id must be '" + kind.prefix() + ":<key>' for a " + kind + " tag, was " + id);
        }
        label = Checks.notBlank(label, "label");
        Checks.unitInterval(relevance, "relevance");
        Checks.unitInterval(confidence, "confidence");
    }

    /**
     * A tag whose id is made from {@code kind} and {@code key}: the key is kept as given when it is a
     * code (upper-case letters and digits, like {@code KOR} or {@code CONSULT}) and otherwise
     * lower-cased with runs of other characters turned into hyphens ({@code Lee Jae Myung} becomes
     * {@code lee-jae-myung}).
     */
    public static Tag of(TagKind kind, String key, String label, double relevance, double confidence) {
        return new Tag(idOf(kind, key), kind, label, relevance, confidence);
    }

    /**
     * The id {@link #of} makes from {@code kind} and {@code key}: keys that differ only in case or
     * punctuation ({@code Lee Jae Myung}, {@code Lee Jae MYung}) make the same id.
     *
     * @throws IllegalArgumentException if the key has no letters or digits
     */
    public static String idOf(TagKind kind, String key) {
        Checks.required(kind, "kind");
        return kind.prefix() + ":" + slug(Checks.notBlank(key, "key"));
    }

    private static String slug(String key) {
        if (key.matches("[A-Z0-9_]+")) {
            return key;
        }
        String slug = key.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("Tag key '" + key + "' has no letters or digits");
        }
        return slug;
    }
}
