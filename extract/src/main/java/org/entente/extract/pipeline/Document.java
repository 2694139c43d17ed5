package org.entente.extract.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.entente.model.Article;

/**
 * One article on its way through a {@link Pipeline}: the article as given and the layers the
 * stages have added so far. Immutable: a stage returns a new document with one more layer
 * ({@link #with(Layer, Object)}), so per-article state never lives in a stage and a document can be
 * shared between threads.
 *
 * @since 0.2
 */
public final class Document {
    private final Article article;
    private final boolean html;
    private final Map<Layer<?>, Object> layers;

    private Document(Article article, boolean html, Map<Layer<?>, Object> layers) {
        this.article = article;
        this.html = html;
        this.layers = layers;
    }

    /**
     * A document with no layers yet.
     *
     * @param article the article as given
     * @param html    whether its text is HTML rather than plain text
     */
    public static Document of(Article article, boolean html) {
        return new Document(Objects.requireNonNull(article, "article"), html, Map.of());
    }

    /** The article as given to the pipeline. */
    public Article article() {
        return article;
    }

    /** Whether the article's text is HTML. */
    public boolean html() {
        return html;
    }

    /** Whether the document has {@code layer}. */
    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    /** The layers the document has, in the order they were added. */
    public Set<Layer<?>> layers() {
        return Collections.unmodifiableSet(layers.keySet());
    }

    /**
     * The value of {@code layer}.
     *
     * @throws IllegalStateException if no stage has added it
     */
    public <T> T get(Layer<T> layer) {
        Object value = layers.get(Objects.requireNonNull(layer, "layer"));
        if (value == null) {
            throw new IllegalStateException("The document has no layer " + layer + " (it has " + layers.keySet() + ")");
        }
        return layer.cast(value);
    }

    /** A copy of this document with {@code layer} set to {@code value} (replacing any earlier value). */
    public <T> Document with(Layer<T> layer, T value) {
        Objects.requireNonNull(layer, "layer");
        Map<Layer<?>, Object> copy = new LinkedHashMap<>(layers);
        copy.put(layer, layer.cast(Objects.requireNonNull(value, "value")));
        return new Document(article, html, Collections.unmodifiableMap(copy));
    }
}
