package org.entente.cms.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.entente.cms.service.AnalysisService;
import org.entente.model.Extraction;

/** {@code POST /api/v1/analyze}: codes an article and returns the extraction; stores nothing. */
@Path("/v1/analyze")
public class AnalyzeResource {

    @Inject
    AnalysisService analysis;

    /**
     * Codes the article in the body.
     *
     * @param request text or HTML, with optional title, URL and publication date
     * @return the events, tags and main event
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Extraction analyze(AnalyzeRequest request) {
        check(request);
        return analysis.analyze(request);
    }

    /** Fails with 400 unless the body holds exactly one of text and HTML. */
    static void check(AnalyzeRequest request) {
        if (request == null) {
            throw new BadRequestException("A JSON body with \"text\" or \"html\" is required");
        }
        boolean hasText = request.text() != null && !request.text().isBlank();
        boolean hasHtml = request.html() != null && !request.html().isBlank();
        if (hasText == hasHtml) {
            throw new BadRequestException("Give exactly one of \"text\" and \"html\"");
        }
    }
}
