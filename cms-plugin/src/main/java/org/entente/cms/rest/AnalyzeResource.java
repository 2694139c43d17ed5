package org.entente.cms.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import org.entente.cms.service.AnalysisService;
import org.entente.cms.service.StoryInput;
import org.entente.model.Extraction;

/** {@code POST /api/v1/analyze}: codes an article and returns the extraction; stores nothing. */
@Path("/v1/analyze")
public class AnalyzeResource {

    @Inject
    AnalysisService analysis;

    /**
     * Codes the article in the body.
     *
     * @param body an {@link AnalyzeRequest}: text or HTML, with optional title, URL and publication date
     * @return the events, tags and main event
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Extraction analyze(InputStream body) throws IOException {
        return analysis.analyze(input(StrictJson.parse(AnalyzeRequest.class, body)));
    }

    /** The story in a body; 400 without one (exactly one of text and HTML is checked by the services, also 400). */
    static StoryInput input(AnalyzeRequest request) {
        if (request == null) {
            throw new BadRequestException("A JSON body with \"text\" or \"html\" is required");
        }
        return request.toInput();
    }
}
