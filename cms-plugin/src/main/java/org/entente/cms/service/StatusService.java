package org.entente.cms.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.entente.cms.persistence.SchemaMigration;

/** What an operator checks after a deployment: the schema version the migrations reached, and how. */
@ApplicationScoped
public class StatusService {
    @Inject
    SchemaMigration schema;

    /**
     * The deployment's status.
     *
     * @param schemaVersion the database schema's version
     * @param migrations    every migration applied, oldest first; a BASELINE is a schema adopted as it was
     */
    public record Status(String schemaVersion, List<Migration> migrations) {
    }

    /**
     * One applied migration.
     *
     * @param version     the version it made
     * @param description what it did
     * @param type        SQL, or BASELINE for a schema adopted as it was
     * @param installedOn when
     */
    public record Migration(String version, String description, String type, Instant installedOn) {
    }

    /** The current status, read from the database. */
    public Status status() {
        List<Migration> migrations = schema.history().stream()
                .map(m -> new Migration(m.version(), m.description(), m.type(), m.installedOn())).toList();
        return new Status(migrations.isEmpty() ? null : migrations.get(migrations.size() - 1).version(), migrations);
    }
}
