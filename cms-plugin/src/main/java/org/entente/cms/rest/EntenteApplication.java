package org.entente.cms.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Switches Jakarta REST on under {@code /entente/api}. */
@ApplicationPath("/api")
public class EntenteApplication extends Application {
}
