package org.entente.cms.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure into a problem detail, once, for all resources: HTTP errors keep their status,
 * unreadable bodies are 400, invalid values (the model's checks) are 400, and anything else is a 500
 * whose cause is logged but never sent to the client.
 */
public final class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    /** HTTP errors raised on purpose (404, 413, 415, ...). */
    @Provider
    public static final class HttpErrors implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
            if (status == null) {
                status = Response.Status.BAD_REQUEST;
            }
            if (e.getCause() instanceof jakarta.json.bind.JsonbException || e.getCause() instanceof ProcessingException) {
                return Problem.of(Response.Status.BAD_REQUEST, "The request body is not valid JSON for this endpoint: "
                        + rootMessage(e)).toResponse();
            }
            Response problem = Problem.of(status, e.getMessage()).toResponse();
            String challenge = e.getResponse().getHeaderString(jakarta.ws.rs.core.HttpHeaders.WWW_AUTHENTICATE);
            return challenge == null ? problem
                    : Response.fromResponse(problem).header(jakarta.ws.rs.core.HttpHeaders.WWW_AUTHENTICATE, challenge).build();
        }
    }

    /** A body JSON-B could not read. */
    @Provider
    public static final class UnreadableBodies implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return Problem.of(Response.Status.BAD_REQUEST, "The request body is not valid JSON for this endpoint: "
                    + rootMessage(e)).toResponse();
        }
    }

    /** Values the model rejects ("confidence must be between 0 and 1", "url must be absolute"). */
    @Provider
    public static final class InvalidValues implements ExceptionMapper<IllegalArgumentException> {
        @Override
        public Response toResponse(IllegalArgumentException e) {
            return Problem.of(Response.Status.BAD_REQUEST, e.getMessage()).toResponse();
        }
    }

    /** Anything unexpected: logged here, a bare 500 for the client. */
    @Provider
    public static final class Unexpected implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException e) {
            if (e instanceof WebApplicationException web) {
                return new HttpErrors().toResponse(web);
            }
            if (e instanceof IllegalArgumentException invalid) {
                return new InvalidValues().toResponse(invalid);
            }
            Response unavailable = DatabaseUnavailable.response(e);
            if (unavailable != null) {
                return unavailable;
            }
            LOG.log(Level.SEVERE, "Unexpected failure", e);
            return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "An unexpected error occurred; it has been logged.")
                    .toResponse();
        }
    }

    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
}
