package org.entente.cms.security;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The roles of the plugin and the check every write endpoint makes: no credentials is 401 (with a
 * Basic challenge), the wrong role is 403.
 */
public final class Roles {
    /** The realm named in the Basic challenge. */
    public static final String REALM = "entente";
    /** Editors accept and reject tags. */
    public static final String EDITOR = "editor";
    /** Readers may read when reads need credentials ({@link ReadAccess}); editors and connectors may too. */
    public static final String READER = "reader";
    /** CMS connectors create, update and delete stories. */
    public static final String INTEGRATION = "integration";

    private Roles() {
    }

    /**
     * Fails unless the caller is authenticated and has {@code role}.
     *
     * @throws NotAuthorizedException 401 when the request carries no valid credentials
     * @throws ForbiddenException     403 when the caller lacks the role
     */
    public static void require(SecurityContext security, String role) {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Credentials are required (HTTP Basic, role " + role + ")",
                    "Basic realm=\"" + REALM + "\"");
        }
        if (!security.isUserInRole(role)) {
            throw new ForbiddenException("User " + security.getUserPrincipal().getName() + " lacks the role " + role);
        }
    }
}
