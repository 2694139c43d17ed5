/**
 * What Entente reads and what it codes: an {@link org.entente.model.Article}, the
 * {@link org.entente.model.Event events} coded from it with their evidence, and the
 * {@link org.entente.model.Tag tags} and main event that make up an
 * {@link org.entente.model.Extraction}.
 *
 * <p>All types are immutable records or enums, checked when constructed (an
 * {@link IllegalArgumentException} names the offending component), and map to JSON with JSON-B's
 * defaults: record components become fields of the same name, enums their constant names, dates
 * ISO-8601 strings.
 *
 * @since 0.1
 */
package org.entente.model;
