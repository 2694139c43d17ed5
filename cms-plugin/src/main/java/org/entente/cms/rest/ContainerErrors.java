package org.entente.cms.rest;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * The WAR's error page ({@code web.xml}): an error the server or the REST runtime answers with
 * {@code sendError} instead of through {@link ProblemMappers} (a path that is not UTF-8, which the REST
 * runtime cannot decode; a Basic challenge; a server's own refusal) still gets a problem detail of its
 * status, never the server's HTML page or a stack trace. The detail is the status's own words: what a
 * server puts in its message is not for clients.
 */
@WebServlet(ContainerErrors.PATH)
public class ContainerErrors extends HttpServlet {
    /** Where web.xml sends errors. */
    static final String PATH = "/error-problem";
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer n ? n : HttpServletResponse.SC_NOT_FOUND; // asked for directly: nothing here
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error " + status : known.getReasonPhrase();
        String detail = status == HttpServletResponse.SC_BAD_REQUEST ? "The request could not be read: its URL, headers or body are malformed"
                : status >= 500 ? "The server failed to handle the request" : title;
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"detail\":\"" + detail + "\",\"errors\":{},\"status\":" + status + ",\"title\":\"" + title
                + "\",\"type\":\"about:blank\"}");
    }
}
