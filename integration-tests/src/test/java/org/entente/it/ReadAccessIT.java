package org.entente.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reactor's WAR deployed a second time, as /entente-private, with reads that need credentials
 * (the context parameter entente.reads=authenticated in its web.xml).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadAccessIT {
    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive war() throws java.io.IOException {
        WebArchive war = Api.war();
        WebArchive renamed = org.jboss.shrinkwrap.api.ShrinkWrap.create(WebArchive.class, "entente-private.war");
        renamed.merge(war);
        return renamed.setWebXML(Api.webXml("""
                  <context-param>
                    <param-name>entente.reads</param-name>
                    <param-value>authenticated</param-value>
                  </context-param>
                """));
    }

    @Test
    void readsNeedAUserWithARole() throws Exception {
        Api api = new Api(base);
        assertEquals(201, api.sendAs(Api.CONNECTOR, "PUT", "articles/private", Api.story("Japan condemned North Korea.", "2025-11-02"))
                .statusCode());

        HttpResponse<String> anonymous = api.sendAs(null, "GET", "articles/private", null);
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals("application/problem+json", anonymous.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals(401, api.sendAs(null, "GET", "articles/private/related", null).statusCode());
        assertEquals(401, api.sendAs(null, "GET", "events?actor=JPN", null).statusCode());
        assertEquals(401, api.sendAs(null, "POST", "analyze", Map.of("text", "Japan condemned North Korea.")).statusCode());
        assertEquals(401, api.sendAs("reader:wrong", "GET", "articles/private", null).statusCode());
        assertEquals(403, api.sendAs("nobody:nobody-secret", "GET", "articles/private", null).statusCode());

        assertEquals(200, api.sendAs("reader:reader-secret", "GET", "articles/private", null).statusCode());
        assertEquals(200, api.sendAs("reader:reader-secret", "GET", "articles/private/tags", null).statusCode());
        assertEquals(200, api.sendAs(Api.EDITOR, "GET", "articles/private/related", null).statusCode());
        assertEquals(200, api.sendAs(Api.CONNECTOR, "POST", "analyze", Map.of("text", "Japan condemned North Korea.")).statusCode());
        assertEquals(403, api.sendAs("reader:reader-secret", "DELETE", "articles/private", null).statusCode(), "readers cannot write");

        HttpResponse<String> panel = api.page("panel/private");
        assertEquals(401, panel.statusCode(), "the panel is a read too");
        assertEquals(200, api.page("api/openapi.yaml").statusCode(), "the API description stays open");
    }
}
