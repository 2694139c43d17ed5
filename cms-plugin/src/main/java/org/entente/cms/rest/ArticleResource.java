package org.entente.cms.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.entente.cms.domain.Decision;
import org.entente.cms.domain.StoryId;
import org.entente.cms.security.Roles;
import org.entente.cms.related.Related;
import org.entente.cms.related.RelatedCoverage;
import org.entente.cms.service.StoryService;
import org.entente.cms.service.StoryView;
import org.entente.cms.service.TagView;

/** Stories under the CMS's own ids: {@code /api/v1/articles/{id}}, its tags and the editors' decisions on them. */
@Path("/v1/articles/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {
    /** The longest tag id accepted, the width of its database column. */
    static final int MAX_TAG_ID_LENGTH = 300;

    @Inject
    StoryService stories;

    @Inject
    RelatedCoverage related;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.SecurityContext security;

    /**
     * Creates or updates a story and analyses it: 201 when created, 200 when updated or unchanged
     * (the same body twice changes nothing).
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("id") String id, InputStream body) throws IOException {
        Roles.require(security, Roles.INTEGRATION);
        checkId(id);
        StoryService.Saved saved = stories.put(id, AnalyzeResource.input(StrictJson.parse(AnalyzeRequest.class, body)));
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK).entity(saved.story()).build();
    }

    /** The story with its analysis and tags. */
    @GET
    public StoryView get(@PathParam("id") String id) {
        checkId(id);
        return stories.get(id).orElseThrow(() -> notFound(id));
    }

    /** The story's tags (rejected ones excluded), most relevant first. */
    @GET
    @Path("/tags")
    public List<TagView> tags(@PathParam("id") String id) {
        checkId(id);
        return stories.tags(id).orElseThrow(() -> notFound(id));
    }

    /**
     * Related coverage, best first, each with a score and the reasons.
     *
     * @param limit at most this many (1 to 100, default 10)
     */
    @GET
    @Path("/related")
    public List<Related> related(@PathParam("id") String id, @jakarta.ws.rs.QueryParam("limit") String limit) {
        checkId(id);
        int k = 10;
        if (limit != null) {
            try {
                k = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                k = -1;
            }
            if (k < 1 || k > 100) {
                throw new BadRequestException("limit must be a whole number from 1 to 100, was " + Problem.clip(limit));
            }
        }
        return related.related(id, k).orElseThrow(() -> notFound(id));
    }

    /** Deletes the story and everything recorded about it: 204, or 404 if there is none. */
    @DELETE
    public Response delete(@PathParam("id") String id) {
        Roles.require(security, Roles.INTEGRATION);
        checkId(id);
        if (!stories.delete(id)) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    /** Records an editor's decision on a tag; a rejected tag never comes back when the story is analysed again. */
    @POST
    @Path("/tags/{tagId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public TagView decide(@PathParam("id") String id, @PathParam("tagId") String tagId, InputStream body) throws IOException {
        Roles.require(security, Roles.EDITOR);
        checkId(id);
        return decision(id, tagId, StrictJson.parse(DecisionRequest.class, body));
    }

    /**
     * The same, with the tag's id in the body ({@code {"tag": "country:KOR", "decision": "reject"}}):
     * a tag id holds a colon, which some servers refuse in a path before the application sees it.
     */
    @POST
    @Path("/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    public TagView decideTagInBody(@PathParam("id") String id, InputStream body) throws IOException {
        Roles.require(security, Roles.EDITOR); // who asks comes before what is asked, as on every write
        checkId(id);
        DecisionRequest request = StrictJson.parse(DecisionRequest.class, body);
        if (request == null || request.tag() == null || request.tag().isBlank()) {
            throw new BadRequestException("A JSON body {\"tag\": \"<tag id>\", \"decision\": \"accept\" | \"reject\"} is required");
        }
        return decision(id, request.tag().strip(), request);
    }

    private TagView decision(String id, String tagId, DecisionRequest request) {
        Roles.require(security, Roles.EDITOR);
        checkId(id);
        if (request == null || request.decision() == null) {
            throw new BadRequestException("A JSON body {\"decision\": \"accept\" | \"reject\"} is required");
        }
        checkTagId(tagId);
        Decision decision = Decision.parse(request.decision()).orElseThrow(() -> new BadRequestException(
                "decision must be \"accept\" or \"reject\", was \"" + Problem.clip(request.decision()) + "\""));
        return stories.decide(id, tagId, decision)
                .orElseThrow(() -> new NotFoundException("Story " + id + " has no tag " + tagId));
    }

    /** 400 for an id outside the accepted set ({@link StoryId}); the bulk ingest checks its lines with it too. */
    static void checkId(String id) {
        if (!StoryId.isValid(id)) {
            throw new BadRequestException(StoryId.problem(id));
        }
    }

    /** 400 for a tag id no tag can have: longer than its column, or holding control characters or spaces. */
    private static String checkTagId(String tagId) {
        if (tagId.isEmpty() || tagId.length() > MAX_TAG_ID_LENGTH || tagId.codePoints().anyMatch(c -> Character.isISOControl(c)
                || Character.isWhitespace(c))) {
            throw new BadRequestException("A tag id is 1 to " + MAX_TAG_ID_LENGTH + " characters without spaces or control characters");
        }
        return tagId;
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("No story with id " + id);
    }
}
