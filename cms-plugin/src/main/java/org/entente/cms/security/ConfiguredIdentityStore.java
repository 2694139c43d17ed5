package org.entente.cms.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.spec.InvalidKeySpecException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The users allowed to write, read from the properties file named by the system property
 * {@code entente.users}, one user a line: the secret, then the roles separated by commas or spaces:
 * <pre>
 * cms-connector = {PBKDF2}210000:&lt;salt, Base64&gt;:&lt;PBKDF2WithHmacSHA256 hash, Base64&gt;, integration
 * alice         = {plain}only-for-tests, editor integration
 * </pre>
 * Without the property, or with an unreadable file, there are no users and every write is refused.
 */
@ApplicationScoped
public class ConfiguredIdentityStore implements IdentityStore {
    /** The system property naming the users file. */
    public static final String USERS_PROPERTY = "entente.users";
    private static final Logger LOG = Logger.getLogger(ConfiguredIdentityStore.class.getName());

    private final Map<String, User> users = new ConcurrentHashMap<>();

    private record User(String secret, Set<String> roles) {
    }

    /** Loads the users file once. */
    public ConfiguredIdentityStore() {
        String file = System.getProperty(USERS_PROPERTY);
        if (file == null || file.isBlank()) {
            LOG.warning("No -D" + USERS_PROPERTY + "=<file>: nobody can write to the Entente API");
            return;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Cannot read the Entente users file " + file + "; nobody can write", e);
            return;
        }
        for (String name : properties.stringPropertyNames()) {
            String[] parts = properties.getProperty(name).strip().split("[,\\s]+"); // secret, then roles
            Set<String> roles = new LinkedHashSet<>(Arrays.asList(parts).subList(1, parts.length));
            users.put(name.strip(), new User(parts[0], Set.copyOf(roles)));
        }
    }

    @Override
    public CredentialValidationResult validate(jakarta.security.enterprise.credential.Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        User user = users.get(login.getCaller());
        if (user == null || !matches(user.secret(), login.getPasswordAsString())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(login.getCaller(), user.roles());
    }

    private static boolean matches(String stored, String password) {
        if (stored.startsWith("{plain}")) {
            return MessageDigest.isEqual(stored.substring(7).getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8));
        }
        if (stored.startsWith("{PBKDF2}")) {
            String[] parts = stored.substring(8).split(":");
            if (parts.length != 3) {
                return false;
            }
            try {
                byte[] salt = Base64.getDecoder().decode(parts[1]);
                byte[] expected = Base64.getDecoder().decode(parts[2]);
                PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, Integer.parseInt(parts[0]), expected.length * 8);
                byte[] actual = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
                return MessageDigest.isEqual(expected, actual);
            } catch (InvalidKeySpecException | java.security.NoSuchAlgorithmException | IllegalArgumentException e) {
                return false;
            }
        }
        return false;
    }
}
