package org.entente.cms.domain;

/**
 * Fired once at deployment, when the database schema has been migrated and checked.
 *
 * @param version the schema version reached
 */
public record SchemaReady(String version) {
}
