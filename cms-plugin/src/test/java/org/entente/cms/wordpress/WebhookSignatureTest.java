package org.entente.cms.wordpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
    private static final String SECRET = "s3cret-shared-with-wordpress";
    private static final String BODY = "{\"post_id\":12,\"action\":\"save\",\"site\":\"http://127.0.0.1:18081\"}";
    private static final long T = 1_795_000_000L;

    @Test
    void aSignedCallVerifies() throws Exception {
        String header = WebhookSignature.sign(SECRET, T, BODY);
        assertTrue(header.matches("t=1795000000, sha256=[0-9a-f]{64}"), header);
        assertEquals(T, WebhookSignature.verify(SECRET, header, BODY, Instant.ofEpochSecond(T + 299)).timestamp());
        // Parts in either order, upper-case hex: what a proxy or another signer might produce.
        String[] parts = header.split(", ");
        WebhookSignature.verify(SECRET, parts[1].toUpperCase().replace("SHA256", "sha256") + "," + parts[0], BODY,
                Instant.ofEpochSecond(T));
    }

    @Test
    void aChangedBodyOrSecretOrTimestampFails() {
        String header = WebhookSignature.sign(SECRET, T, BODY);
        Instant now = Instant.ofEpochSecond(T);
        assertThrows(WebhookSignature.Invalid.class, () -> WebhookSignature.verify(SECRET, header, BODY.replace("12", "13"), now));
        assertThrows(WebhookSignature.Invalid.class, () -> WebhookSignature.verify("other", header, BODY, now));
        assertThrows(WebhookSignature.Invalid.class, () -> WebhookSignature.verify(SECRET, header.replace("t=" + T, "t=" + (T + 1)), BODY, now));
    }

    @Test
    void anOldCallIsAReplay() {
        String header = WebhookSignature.sign(SECRET, T, BODY);
        WebhookSignature.Invalid late = assertThrows(WebhookSignature.Invalid.class,
                () -> WebhookSignature.verify(SECRET, header, BODY, Instant.ofEpochSecond(T + 301)));
        assertTrue(late.getMessage().contains("301 s"), late.getMessage());
        assertThrows(WebhookSignature.Invalid.class, () -> WebhookSignature.verify(SECRET, header, BODY, Instant.ofEpochSecond(T - 301)));
    }

    @Test
    void malformedHeadersSayWhatIsExpected() {
        Instant now = Instant.ofEpochSecond(T);
        for (String header : new String[] {null, "", "sha256=abc", "t=12", "t=soon, sha256=abc", "signature"}) {
            WebhookSignature.Invalid e = assertThrows(WebhookSignature.Invalid.class, () -> WebhookSignature.verify(SECRET, header, BODY, now));
            assertTrue(e.getMessage().contains(WebhookSignature.HEADER), e.getMessage());
        }
    }
}
