package org.entente.cms.persistence;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.entente.cms.domain.SchemaReady;

/**
 * Runs the schema migrations when the WAR is deployed: a servlet context listener finishes before
 * the application serves any request, and runs in the web module's naming context on every server.
 * Work that needs the tables at start (the WordPress poller) waits for the {@link SchemaReady} event.
 */
@WebListener
public class MigrateOnDeploy implements ServletContextListener {
    @Inject
    SchemaMigration schema;

    @Inject
    Event<SchemaReady> ready;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ready.fire(new SchemaReady(schema.migrateAndCheck()));
    }
}
