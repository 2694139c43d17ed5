package org.entente.cms.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The deployment's configuration: a context parameter of the WAR (in its web.xml) wins over the
 * server's system property of the same name, so one server can run differently configured copies.
 */
@ApplicationScoped
public class Settings {
    @Inject
    ServletContext servletContext;

    private Map<String, String> parameters;

    /** Reads the context parameters at deployment, while the servlet context is at hand: background threads have none. */
    @PostConstruct
    void read() {
        Map<String, String> read = new HashMap<>();
        for (String name : Collections.list(servletContext.getInitParameterNames())) {
            read.put(name, servletContext.getInitParameter(name));
        }
        parameters = Map.copyOf(read);
    }

    void deployed(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // nothing: observing the start of the application creates this bean, and reads the parameters, then
    }

    /** The value of {@code name}, stripped, if set and not blank. */
    public Optional<String> get(String name) {
        String value = parameters.get(name);
        if (value == null) {
            value = System.getProperty(name);
        }
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** The tagging mode of this deployment ({@code entente.tagging.mode}). */
    public TaggingMode taggingMode() {
        return TaggingMode.parse(get("entente.tagging.mode").orElse("suggest"));
    }
}
