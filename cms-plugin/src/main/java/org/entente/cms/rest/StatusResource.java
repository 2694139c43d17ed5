package org.entente.cms.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.entente.cms.service.StatusService;

/** {@code GET /api/v1/status}: the schema version the deployment migrated the database to. */
@Path("/v1/status")
public class StatusResource {
    @Inject
    StatusService status;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public StatusService.Status status() {
        return status.status();
    }
}
