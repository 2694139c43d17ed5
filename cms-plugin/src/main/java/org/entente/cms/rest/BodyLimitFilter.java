package org.entente.cms.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.entente.cms.service.StoryInput;

/**
 * Rejects request bodies over {@link #MAX_BODY_BYTES} (over {@link BulkResource#MAX_BODY_BYTES} for
 * the bulk ingest) with 413 before they are parsed: at once when Content-Length says so, otherwise as
 * soon as a streamed body passes the limit. Up to {@link #DRAIN_BYTES} of such a body is read and
 * discarded before the answer: a server that answers while a body is still unread may close the
 * connection instead (GlassFish does), and the client, still sending, never sees the 413. A larger
 * body is refused without reading it, and may see that happen.
 */
@Provider
@PreMatching
public class BodyLimitFilter implements ContainerRequestFilter {
    /** The largest request body accepted: 2 MiB, the largest story. */
    public static final long MAX_BODY_BYTES = StoryInput.MAX_BYTES;
    /** The most of a refused body read and discarded so that its client gets the answer: 16 MiB. */
    public static final long DRAIN_BYTES = 16L * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getMediaType() == null && request.hasEntity()
                && ("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()))) {
            // a body without a Content-Type is no JSON the API reads; servers differ in what they
            // assume (RESTEasy refuses it, Jersey passes it on), so the WAR says so itself
            drain(request.getEntityStream());
            request.abortWith(Problem.of(Response.Status.UNSUPPORTED_MEDIA_TYPE,
                    "A request body needs a Content-Type (application/json; application/x-ndjson for the bulk ingest)").toResponse());
            return;
        }
        long limit = isBulk(request) ? BulkResource.MAX_BODY_BYTES : MAX_BODY_BYTES;
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && !length.isBlank()) {
            try {
                long declared = Long.parseLong(length.strip());
                if (declared > limit) {
                    if (declared <= DRAIN_BYTES) {
                        drain(request.getEntityStream());
                    }
                    request.abortWith(tooLarge(limit).toResponse());
                    return;
                }
            } catch (NumberFormatException e) {
                request.abortWith(Problem.of(Response.Status.BAD_REQUEST, "Content-Length is not a number").toResponse());
                return;
            }
        }
        request.setEntityStream(new Limited(request.getEntityStream(), limit));
    }

    /**
     * Reads and discards what is left of a refused body, at most {@link #DRAIN_BYTES}, so that the
     * answer reaches a client that is still sending.
     */
    static void drain(InputStream body) {
        byte[] buffer = new byte[64 * 1024];
        long drained = 0;
        try {
            for (int n = body.read(buffer); n >= 0 && drained <= DRAIN_BYTES; n = body.read(buffer)) {
                drained += n;
            }
        } catch (IOException e) {
            // the client went away: nothing left to answer
        }
    }

    /** The bulk ingest, {@code POST /api/v1/articles}, takes many stories in a body. */
    private static boolean isBulk(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return "POST".equals(request.getMethod()) && path.replaceAll("^/+|/+$", "").equals("v1/articles");
    }

    private static Problem tooLarge(long limit) {
        return Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "The request body is larger than the limit of " + limit + " bytes (" + limit / (1024 * 1024) + " MiB)");
    }

    /** A stream that fails with 413 once more than the limit has been read. */
    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                drain(in);
                throw new WebApplicationException(tooLarge(limit).toResponse());
            }
        }
    }
}
