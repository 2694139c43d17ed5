package org.entente.cms.wordpress;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature the Entente WordPress plugin puts on each webhook call, in the header
 * {@value #HEADER}: {@code t=<unix seconds>, sha256=<hex>}, where the hex is the HMAC-SHA256, keyed
 * with the shared secret, of the timestamp, a dot and the exact body. A call is accepted only if
 * the signature matches and the timestamp is within {@link #TOLERANCE} of now, so a captured call
 * cannot be replayed later.
 */
public final class WebhookSignature {
    /** The request header carrying the signature. */
    public static final String HEADER = "X-Entente-Signature";
    /** How far a timestamp may be from the receiver's clock. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private WebhookSignature() {
    }

    /** Why a call was refused. */
    public static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    /** The parts of a valid header. */
    public record Signed(long timestamp, String signature) {
    }

    /** The header value for {@code body} signed at {@code timestamp} (what the plugin sends). */
    public static String sign(String secret, long timestamp, String body) {
        return "t=" + timestamp + ", sha256=" + HexFormat.of().formatHex(hmac(secret, timestamp + "." + body));
    }

    /**
     * Checks {@code header} against {@code body}.
     *
     * @return the timestamp and signature, for replay detection
     * @throws Invalid if the header is missing or malformed, the signature does not match, or the
     *                 timestamp is outside the tolerance
     */
    public static Signed verify(String secret, String header, String body, Instant now) throws Invalid {
        if (header == null || header.isBlank()) {
            throw new Invalid("The " + HEADER + " header is missing");
        }
        Long timestamp = null;
        String signature = null;
        for (String part : header.split(",")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length == 2 && kv[0].equals("t")) {
                try {
                    timestamp = Long.parseLong(kv[1].strip());
                } catch (NumberFormatException e) {
                    throw new Invalid("The timestamp of " + HEADER + " is not a number");
                }
            } else if (kv.length == 2 && kv[0].equals("sha256")) {
                signature = kv[1].strip().toLowerCase(Locale.ROOT);
            }
        }
        if (timestamp == null || signature == null) {
            throw new Invalid(HEADER + " must be \"t=<unix seconds>, sha256=<hex>\"");
        }
        byte[] expected = HexFormat.of().formatHex(hmac(secret, timestamp + "." + body)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
            throw new Invalid("The signature does not match the body");
        }
        long skew = Math.abs(now.getEpochSecond() - timestamp);
        if (skew > TOLERANCE.toSeconds()) {
            throw new Invalid("The signature's timestamp is " + skew + " s away from now; at most "
                    + TOLERANCE.toSeconds() + " s are accepted");
        }
        return new Signed(timestamp, signature);
    }

    private static byte[] hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }
}
