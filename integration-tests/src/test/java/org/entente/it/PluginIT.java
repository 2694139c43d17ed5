package org.entente.it;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** What every integration test shares: the reactor's WAR deployed on WildFly, reached over HTTP as a client. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class PluginIT {
    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive war() {
        return Api.war();
    }

    /** The client for this deployment. */
    Api api() {
        return new Api(base);
    }

    /** A request under {@code /entente/api/v1/}, as the user a write of that kind needs. */
    HttpResponse<String> send(String method, String path, Object body) throws Exception {
        return api().send(method, path, body);
    }
}
