package org.entente.cms.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Prints a users-file entry for a password:
 * {@code java -cp cms-plugin/target/classes org.entente.cms.security.PasswordHash <password>} gives
 * {@code {PBKDF2}210000:<salt>:<hash>}, to be followed by the user's roles.
 */
public final class PasswordHash {
    static final int ITERATIONS = 210_000;

    private PasswordHash() {
    }

    /** Prints the hash of the first argument. */
    public static void main(String[] args) throws GeneralSecurityException {
        if (args.length != 1) {
            System.err.println("usage: PasswordHash <password>");
            System.exit(64);
        }
        System.out.println(hash(args[0]));
    }

    /** A salted PBKDF2-HMAC-SHA256 hash in the users file's format. */
    static String hash(String password) throws GeneralSecurityException {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        return "{PBKDF2}" + ITERATIONS + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(hash);
    }
}
