package org.entente.extract.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Stages run in order over a {@link Document}. The chain is checked once, when it is built: every
 * layer a stage requires must be added by a stage before it, and every layer a stage claims to
 * add must be there after it ran. Immutable and thread-safe when its stages are.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.builder().add(cleaner).add(splitter).add(new MyStage()).build();
 * Document done = pipeline.apply(Document.of(article, false));
 * }</pre>
 *
 * @since 0.2
 */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder(List.of());
    }

    /** A builder holding this pipeline's stages, to add or replace some. */
    public Builder toBuilder() {
        return new Builder(stages);
    }

    /** The stages, in order. */
    public List<Stage> stages() {
        return stages;
    }

    /** The layers the whole pipeline adds. */
    public Set<Layer<?>> adds() {
        Set<Layer<?>> all = new LinkedHashSet<>();
        stages.forEach(s -> all.addAll(s.adds()));
        return all;
    }

    /**
     * Runs every stage over {@code document}.
     *
     * @throws IllegalStateException if a stage did not add a layer it declared
     */
    public Document apply(Document document) {
        Document current = Objects.requireNonNull(document, "document");
        for (Stage stage : stages) {
            current = stage.apply(current);
            for (Layer<?> layer : stage.adds()) {
                if (!current.has(layer)) {
                    throw new IllegalStateException(name(stage) + " declares layer " + layer + " but did not add it");
                }
            }
        }
        return current;
    }

    private static String name(Stage stage) {
        return stage.getClass().getSimpleName();
    }

    /** Collects stages, then checks the chain. Not thread-safe. */
    public static final class Builder {
        private final List<Stage> stages;

        private Builder(List<Stage> stages) {
            this.stages = new ArrayList<>(stages);
        }

        /** Adds {@code stage} at the end; this builder, for chaining. */
        public Builder add(Stage stage) {
            stages.add(Objects.requireNonNull(stage, "stage"));
            return this;
        }

        /**
         * Replaces the stage of class {@code type} with what {@code replacement} makes of it; this
         * builder, for chaining.
         *
         * @throws IllegalArgumentException if no stage has that class
         */
        public <S extends Stage> Builder replace(Class<S> type, UnaryOperator<Stage> replacement) {
            Objects.requireNonNull(type, "type");
            for (int i = 0; i < stages.size(); i++) {
                if (type.isInstance(stages.get(i))) {
                    stages.set(i, Objects.requireNonNull(replacement.apply(stages.get(i)), "replacement"));
                    return this;
                }
            }
            throw new IllegalArgumentException("No stage of type " + type.getSimpleName() + " in " + stages);
        }

        /**
         * The pipeline.
         *
         * @throws IllegalStateException if a stage requires a layer no earlier stage adds (the
         *                               message names the stage and the layer)
         */
        public Pipeline build() {
            Set<Layer<?>> available = new LinkedHashSet<>();
            for (Stage stage : stages) {
                for (Layer<?> layer : stage.requires()) {
                    if (!available.contains(layer)) {
                        throw new IllegalStateException(name(stage) + " requires layer " + layer
                                + ", which no stage before it adds (available: " + available + ")");
                    }
                }
                available.addAll(stage.adds());
            }
            return new Pipeline(stages);
        }
    }
}
