package org.entente.cms.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 *
 * @param type   a URI naming the kind of problem; "about:blank" for plain HTTP statuses
 * @param title  a short summary of the kind of problem
 * @param status the HTTP status
 * @param detail what went wrong with this request
 * @param errors per-field messages, when a request body has invalid fields; may be empty
 */
public record Problem(String type, String title, int status, String detail, Map<String, String> errors) {

    /** The media type of problem details. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** A response carrying this problem. */
    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }

    /** How much of a refused value a detail repeats. */
    static final int QUOTED = 60;

    /** {@code value} as a detail repeats it: its first {@value #QUOTED} characters. */
    static String clip(String value) {
        return value == null || value.length() <= QUOTED ? value : value.substring(0, QUOTED) + "… (" + value.length() + " characters)";
    }

    /** A problem for {@code status} with a detail message. */
    public static Problem of(Response.Status status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, Map.of());
    }
}
