package org.entente.cms.rest;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.entente.cms.domain.DatabaseFailure;

/**
 * A lost database is a 503 with {@code Retry-After}, not a 500: the request may be sent again once
 * the database is back (every write of the API is idempotent, so sending it again is safe). Maps the persistence exceptions that
 * reach a resource; {@link ProblemMappers.Unexpected} asks {@link #response(Throwable)} for those
 * that arrive wrapped (a transaction's rollback, a retry given up).
 */
@Provider
public class DatabaseUnavailable implements ExceptionMapper<PersistenceException> {
    private static final Logger LOG = Logger.getLogger(DatabaseUnavailable.class.getName());

    @Override
    public Response toResponse(PersistenceException e) {
        Response unavailable = response(e);
        return unavailable != null ? unavailable : new ProblemMappers.Unexpected().toResponse(e);
    }

    /**
     * Checked exceptions that reach a resource through proxies unwrapped, such as JTA's
     * {@code RollbackException} from a commit the database did not answer: 503 when the database is
     * lost, else a 500 whose cause is logged but never sent to the client.
     */
    @Provider
    public static final class Checked implements ExceptionMapper<Exception> {
        @Override
        public Response toResponse(Exception e) {
            Response unavailable = response(e);
            if (unavailable != null) {
                return unavailable;
            }
            if (e instanceof RuntimeException runtime) {
                return new ProblemMappers.Unexpected().toResponse(runtime);
            }
            LOG.log(java.util.logging.Level.SEVERE, "Unexpected failure", e);
            return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "An unexpected error occurred; it has been logged.").toResponse();
        }
    }

    /** The 503 problem if {@code e} says the database cannot be reached, else null. */
    static Response response(Throwable e) {
        if (!DatabaseFailure.isUnavailable(e)) {
            return null;
        }
        LOG.warning(() -> "The database cannot be reached: " + ProblemMappers.rootMessage(e) + "; answering 503");
        return Response.fromResponse(Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                        "The database cannot be reached; send the request again in " + DatabaseFailure.RETRY_AFTER_SECONDS
                                + " seconds (writes are idempotent)").toResponse())
                .header(HttpHeaders.RETRY_AFTER, DatabaseFailure.RETRY_AFTER_SECONDS).build();
    }
}
