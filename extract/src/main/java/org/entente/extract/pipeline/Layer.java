package org.entente.extract.pipeline;

import java.util.Objects;

/**
 * A typed key for one layer of a {@link Document}: the sentences, the actor mentions, the events.
 * Each layer is declared once, as a constant beside the stage that adds it, and compared by
 * identity, so two layers with one name are still two layers.
 *
 * @param <T> the type of the layer's value
 * @since 0.2
 */
public final class Layer<T> {
    private final String name;
    private final Class<?> type;

    private Layer(String name, Class<?> type) {
        this.name = name;
        this.type = type;
    }

    /**
     * A new layer.
     *
     * @param name what the layer holds, for messages ("sentences")
     * @param type the class of its value (the raw class for generic values: {@code List.class})
     */
    public static <T> Layer<T> of(String name, Class<? super T> type) {
        if (Objects.requireNonNull(name, "name").isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        return new Layer<>(name, Objects.requireNonNull(type, "type"));
    }

    /** What the layer holds. */
    public String name() {
        return name;
    }

    @SuppressWarnings("unchecked")
    T cast(Object value) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("Layer " + name + " holds " + type.getName() + ", not "
                    + value.getClass().getName());
        }
        return (T) value;
    }

    @Override
    public String toString() {
        return name;
    }
}
