package org.entente.cms.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.entente.cms.service.Settings;

/**
 * Who may read: everyone (the default, {@code entente.reads=open}), or only signed-in users with
 * any of the plugin's roles ({@code entente.reads=authenticated}). The setting is the deployment's
 * context parameter {@code entente.reads} (web.xml), else the system property of that name. Reads are the GET requests of
 * the API and the editor panel, and {@code POST /api/v1/analyze}, which stores nothing. The OpenAPI
 * description stays open. Writes are checked by {@link Roles} whatever this says.
 */
@WebFilter(urlPatterns = {"/api/*", "/panel/*"})
// The roles the plugin checks, declared for the module: some servers (GlassFish) answer isUserInRole
// only for declared roles.
@DeclareRoles({Roles.EDITOR, Roles.READER, Roles.INTEGRATION})
public class ReadAccess extends HttpFilter {
    private static final String SETTING = "entente.reads";

    private boolean authenticated;

    @Inject
    Settings settings;

    @Override
    public void init() throws ServletException {
        String value = settings.get(SETTING).orElse("open").toLowerCase(Locale.ROOT);
        if (!value.equals("open") && !value.equals("authenticated")) {
            throw new ServletException(SETTING + " must be open or authenticated, was " + value);
        }
        authenticated = value.equals("authenticated");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (authenticated && isRead(request)) {
            if (request.getUserPrincipal() == null) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"" + Roles.REALM + "\"");
                problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                        "Reading requires credentials on this server (HTTP Basic)");
                return;
            }
            if (!request.isUserInRole(Roles.READER) && !request.isUserInRole(Roles.EDITOR) && !request.isUserInRole(Roles.INTEGRATION)) {
                problem(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "The user has none of the roles that may read");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isRead(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/api/openapi.yaml")) {
            return false;
        }
        String method = request.getMethod();
        return method.equals("GET") || method.equals("HEAD") || method.equals("POST") && path.startsWith("/api/v1/analyze");
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
