/**
 * Who acts: {@link org.entente.model.actor.Actor actors} made of a country (ISO 3166-1 alpha-3) or
 * an international organisation and an {@link org.entente.model.actor.ActorRole role}, with the
 * registries of {@link org.entente.model.actor.Countries countries} and
 * {@link org.entente.model.actor.Organizations organisations} they draw on.
 *
 * @since 0.1
 */
package org.entente.model.actor;
