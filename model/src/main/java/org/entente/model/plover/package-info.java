/**
 * The PLOVER event ontology: the sixteen {@link org.entente.model.plover.EventType event types},
 * each with its {@link org.entente.model.plover.QuadClass quad class}, its
 * {@link org.entente.model.plover.Mode modes} and a cooperation-conflict score, and the
 * {@link org.entente.model.plover.Context contexts} that can qualify any event.
 *
 * <p>Source: the PLOVER manual (Open Event Data Alliance, draft 0.7/0.8, 2021), CC BY-SA 4.0; the
 * type names, mode and context names and scores are used as facts.
 *
 * @since 0.1
 */
package org.entente.model.plover;
