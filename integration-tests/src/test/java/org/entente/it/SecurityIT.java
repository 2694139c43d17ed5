package org.entente.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Writes need credentials (401) and the right role (403); reads are open. */
class SecurityIT extends PluginIT {
    @Test
    void writesNeedTheirRole() throws Exception {
        Api api = api();
        Map<String, Object> body = Api.story("Japan condemned North Korea.", "2025-11-02");
        HttpResponse<String> anonymous = api.sendAs(null, "PUT", "articles/secured", body);
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), anonymous.headers().toString());
        assertEquals("application/problem+json", anonymous.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals(401, api.sendAs("connector:wrong", "PUT", "articles/secured", body).statusCode());
        assertEquals(403, api.sendAs(Api.EDITOR, "PUT", "articles/secured", body).statusCode());
        assertEquals(201, api.sendAs(Api.CONNECTOR, "PUT", "articles/secured", body).statusCode());
        assertEquals(200, api.sendAs("hashed:hashed-secret", "PUT", "articles/secured", body).statusCode(), "a PBKDF2 user");
        assertEquals(401, api.sendAs("hashed:hashed-secreT", "PUT", "articles/secured", body).statusCode());

        Map<String, String> reject = Map.of("decision", "reject");
        assertEquals(401, api.sendAs(null, "POST", "articles/secured/tags/country:JPN/decision", reject).statusCode());
        assertEquals(403, api.sendAs(Api.CONNECTOR, "POST", "articles/secured/tags/country:JPN/decision", reject).statusCode());
        assertEquals(200, api.sendAs(Api.EDITOR, "POST", "articles/secured/tags/country:JPN/decision", reject).statusCode());

        assertEquals(200, api.sendAs(null, "GET", "articles/secured", null).statusCode(), "reads are open");
        assertEquals(401, api.sendAs(null, "DELETE", "articles/secured", null).statusCode());
        assertEquals(403, api.sendAs(Api.EDITOR, "DELETE", "articles/secured", null).statusCode());
        assertEquals(204, api.sendAs(Api.CONNECTOR, "DELETE", "articles/secured", null).statusCode());
    }
}
