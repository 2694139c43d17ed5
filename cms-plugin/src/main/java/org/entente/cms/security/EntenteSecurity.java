package org.entente.cms.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/**
 * Turns on HTTP Basic authentication through Jakarta Security, checked against
 * {@link ConfiguredIdentityStore}. Which endpoint needs which role is decided by {@link Roles}.
 */
@BasicAuthenticationMechanismDefinition(realmName = Roles.REALM)
@ApplicationScoped
public class EntenteSecurity {
}
