package org.entente.cms.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** {@code GET /api/openapi.yaml}: the OpenAPI description of this API. */
@Path("/openapi.yaml")
public class OpenApiResource {

    /** The OpenAPI 3 document. */
    @GET
    @Produces("application/yaml")
    public String openApi() {
        try (InputStream in = OpenApiResource.class.getClassLoader().getResourceAsStream("openapi.yaml")) {
            if (in == null) {
                throw new NotFoundException("The OpenAPI description is missing from this build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
