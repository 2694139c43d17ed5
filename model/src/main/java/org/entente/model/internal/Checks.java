package org.entente.model.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Argument checks shared by the model's constructors. Each returns its argument, so a compact
 * constructor can check and normalise in one line; each message names the offending parameter.
 * Internal: not exported from the module.
 */
public final class Checks {
    private Checks() {
    }

    /** Fails with "{@code name} is required" when {@code value} is null. */
    public static <T> T required(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    /** Fails unless {@code value} has at least one non-whitespace character; returns it stripped. */
    public static String notBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value.strip();
    }

    /** Returns null for null or blank input, otherwise the stripped value. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Fails unless {@code value} lies within {@code [0, 1]}. */
    public static double unitInterval(double value, String name) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value);
        }
        return value;
    }

    /** Fails unless {@code value} lies within {@code [min, max]}. */
    public static double within(double value, double min, double max, String name) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(
                    name + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    /** An unmodifiable copy of {@code values} (null means empty); fails on null elements. */
    public static <T> List<T> listOf(Collection<? extends T> values, String name) {
        if (values == null) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(values.size());
        for (T value : values) {
            copy.add(required(value, name + " element"));
        }
        return List.copyOf(copy);
    }

    /** Like {@link #listOf} but drops duplicates, keeping the first occurrence's position. */
    public static <T> List<T> distinctListOf(Collection<? extends T> values, String name) {
        return List.copyOf(new java.util.LinkedHashSet<T>(listOf(values, name)));
    }

    /** Strings stripped, blank ones dropped, duplicates removed. */
    public static List<String> names(Collection<String> values, String name) {
        return listOf(values, name).stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
