package org.entente.cms.rest;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.cms.security.Roles;
import org.entente.cms.domain.StoryId;
import org.entente.cms.service.BulkIngest;
import org.entente.cms.service.StoryInput;

/**
 * {@code POST /api/v1/articles}: many stories in one request, as JSON Lines, each line a story with
 * its id and the fields of the per-story PUT. The answer is JSON Lines too, one result per input
 * line in the same order, so that one bad line never fails the others.
 *
 * <p>Limits: a body of at most {@value #MAX_BODY_MIB} MiB (413 beyond, checked by
 * {@link BodyLimitFilter}), at most {@value #MAX_LINES} lines (413 beyond), each line a story of at
 * most 2 MiB (that line's result is 413). An empty body is a 400.
 */
@Path("/v1/articles")
public class BulkResource {
    /** JSON Lines as the request and the answer are typed; {@code application/jsonl} is accepted too. */
    public static final String NDJSON = "application/x-ndjson";
    /** The other name JSON Lines goes by. */
    public static final String JSONL = "application/jsonl";
    /** The most lines (stories) in one request. */
    public static final int MAX_LINES = 1000;
    /** 8 MiB: under WildFly's default max-post-size (10 MB), which refuses larger bodies before the WAR sees them. */
    static final int MAX_BODY_MIB = 8;
    /** The largest body accepted, in bytes. */
    public static final long MAX_BODY_BYTES = MAX_BODY_MIB * 1024L * 1024;

    /** Line results need no provider of their own: one JSON-B for all requests. */
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    BulkIngest bulk;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.SecurityContext security;

    /**
     * One line of the request: a story under its CMS id.
     *
     * @param id        the story's id, as in {@code PUT /api/v1/articles/{id}}
     * @param text      the story as plain text; give this or {@code html}
     * @param html      the story as HTML; give this or {@code text}
     * @param title     the headline, if known
     * @param url       the story's absolute URL, if any
     * @param published the publication date (YYYY-MM-DD), optional
     */
    public record Line(String id, String text, String html, String title, String url, LocalDate published) {
    }

    /**
     * One line of the answer.
     *
     * @param line    the input line's number, from 1
     * @param id      the story's id, when the line gave one
     * @param status  the HTTP status the per-story PUT would have answered: 201 created, 200 updated or
     *                unchanged, 400 invalid, 413 too large, 503 database unavailable (send it again), 500
     * @param result  created, updated, unchanged or error
     * @param version the stored story's version, when stored
     * @param problem what was wrong, for an error
     */
    public record LineResult(int line, String id, int status, String result, Long version, String problem) {
    }

    /** Stores the stories of a JSON Lines body; answers 200 with one JSON line per input line. */
    @POST
    @Consumes({NDJSON, JSONL})
    @Produces(NDJSON)
    public Response ingest(InputStream body) throws IOException {
        Roles.require(security, Roles.INTEGRATION);
        List<byte[]> lines = lines(body);
        LineResult[] results = new LineResult[lines.size()];
        List<BulkIngest.Item> items = new ArrayList<>();
        List<Integer> itemLines = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            byte[] raw = lines.get(n);
            if (raw.length > StoryInput.MAX_BYTES) {
                results[n] = error(n, null, 413, "The line is longer than the limit of " + StoryInput.MAX_BYTES + " bytes (2 MiB)");
                continue;
            }
            Line line;
            try {
                String json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
                if (json.isBlank()) {
                    results[n] = error(n, null, 400, "The line is empty; each line is one story as a JSON object");
                    continue;
                }
                line = JSONB.fromJson(json, Line.class);
            } catch (CharacterCodingException e) {
                results[n] = error(n, null, 400, "The line is not UTF-8 text");
                continue;
            } catch (JsonbException e) {
                results[n] = error(n, null, 400, "The line is not a JSON object of a story: " + ProblemMappers.rootMessage(e));
                continue;
            }
            if (line == null) {
                results[n] = error(n, null, 400, "The line is not a JSON object of a story");
                continue;
            }
            try {
                ArticleResource.checkId(line.id());
            } catch (WebApplicationException e) {
                String id = line.id() == null || line.id().length() <= StoryId.MAX_LENGTH ? line.id()
                        : line.id().substring(0, StoryId.MAX_LENGTH) + "...";
                results[n] = error(n, id, 400, e.getMessage());
                continue;
            }
            items.add(new BulkIngest.Item(line.id(), new StoryInput(line.text(), line.html(), line.title(), line.url(), line.published())));
            itemLines.add(n);
        }
        List<BulkIngest.Outcome> outcomes = bulk.ingest(items);
        for (int k = 0; k < outcomes.size(); k++) {
            int n = itemLines.get(k);
            BulkIngest.Outcome o = outcomes.get(k);
            String id = items.get(k).id();
            results[n] = switch (o.result()) {
                case CREATED -> new LineResult(n + 1, id, 201, "created", o.version(), null);
                case UPDATED -> new LineResult(n + 1, id, 200, "updated", o.version(), null);
                case UNCHANGED -> new LineResult(n + 1, id, 200, "unchanged", o.version(), null);
                case INVALID -> error(n, id, 400, o.problem());
                case UNAVAILABLE -> error(n, id, 503, o.problem());
                case FAILED -> error(n, id, 500, o.problem());
            };
        }
        StringBuilder answer = new StringBuilder(lines.size() * 64);
        for (LineResult result : results) {
            answer.append(JSONB.toJson(result)).append('\n');
        }
        return Response.ok(answer.toString(), NDJSON).build();
    }

    private static LineResult error(int n, String id, int status, String problem) {
        return new LineResult(n + 1, id, status, "error", null, problem);
    }

    /**
     * The body's lines (a final newline ends the last line, it does not start another; CR LF is read
     * as LF); 400 for an empty body, 413 for more than {@value #MAX_LINES} lines.
     */
    static List<byte[]> lines(InputStream body) throws IOException {
        byte[] all = body == null ? new byte[0] : body.readAllBytes(); // at most MAX_BODY_BYTES: BodyLimitFilter
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= all.length; i++) {
            if (i == all.length ? i > start : all[i] == '\n') {
                int end = i > start && all[i - 1] == '\r' ? i - 1 : i;
                lines.add(java.util.Arrays.copyOfRange(all, start, end));
                if (lines.size() > MAX_LINES) {
                    throw new ClientErrorException("The body has more than " + MAX_LINES + " lines; send at most " + MAX_LINES
                            + " stories a request", Response.Status.REQUEST_ENTITY_TOO_LARGE);
                }
                start = i + 1;
            }
        }
        if (lines.isEmpty()) {
            throw new BadRequestException("The body is empty; send one story a line as JSON Lines (" + NDJSON + ")");
        }
        return lines;
    }
}
