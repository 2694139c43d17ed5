/**
 * Shallow syntax over the tagged tokens: noun phrases and verb groups ({@link
 * org.entente.extract.syntax.Chunker}), then clauses ({@link org.entente.extract.syntax.ClauseFinder}).
 * Rule-based over the Universal Dependencies tags, lemmas and the cue words of {@code cues.tsv};
 * positions are token indices into one sentence.
 *
 * @since 0.2
 */
package org.entente.extract.syntax;
