package org.entente.cms.wordpress;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Instant;
import java.util.Map;
import org.entente.cms.rest.Problem;

/**
 * {@code POST /api/v1/connectors/wordpress/webhook}: the Entente WordPress plugin announces a
 * published, updated or deleted post. The call is signed ({@link WebhookSignature}); nothing is done
 * before the signature, its age and its novelty are checked. The post is then read from WordPress
 * and synced in the background: 202 Accepted.
 */
@Path("/v1/connectors/wordpress/webhook")
public class WordPressWebhook {
    @Inject
    WordPressConnector connector;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response announce(@HeaderParam(WebhookSignature.HEADER) String signature, String body) {
        WordPressSettings site = connector.configuration().orElse(null);
        if (site == null) {
            return Problem.of(Response.Status.SERVICE_UNAVAILABLE, "The WordPress connector is not configured").toResponse();
        }
        WebhookSignature.Signed signed;
        try {
            signed = WebhookSignature.verify(site.webhookSecret(), signature, body == null ? "" : body, Instant.now());
        } catch (WebhookSignature.Invalid e) {
            return Problem.of(Response.Status.UNAUTHORIZED, e.getMessage()).toResponse();
        }
        if (!connector.firstUse(signed)) {
            return Problem.of(Response.Status.CONFLICT, "This signed call was received before; replays are refused").toResponse();
        }
        long postId = postId(body);
        connector.submit(postId);
        return Response.accepted(Map.of("post_id", postId, "story", WordPressSync.storyId(postId))).build();
    }

    private static long postId(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            if (reader.readValue() instanceof JsonObject call) {
                String action = call.get("action") instanceof JsonString s ? s.getString() : "save";
                if (!action.equals("save") && !action.equals("delete")) {
                    throw new BadRequestException("action must be \"save\" or \"delete\", was \"" + action + "\"");
                }
                if (call.get("post_id") instanceof JsonNumber n && n.isIntegral() && n.longValue() > 0) {
                    return n.longValue();
                }
            }
        } catch (JsonParsingException e) {
            throw new BadRequestException("The body is not JSON: " + e.getMessage());
        }
        throw new BadRequestException("The body must be {\"post_id\": <positive whole number>, \"action\": \"save\" | \"delete\"}");
    }
}
