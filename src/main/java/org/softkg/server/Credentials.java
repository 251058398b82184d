package org.softkg.server;

import java.util.Objects;

/**
 * A user name and password for HTTP basic authentication. {@link #toString()} never shows the password,
 * so credentials can be logged or printed in error messages safely.
 */
public record Credentials(String user, String password) {

    /** Checks that neither part is blank and the user name has no colon (basic auth forbids it). */
    public Credentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isBlank() || user.contains(":")) {
            throw new IllegalArgumentException("the user name must be non-empty and contain no ':'");
        }
        if (password.isEmpty()) {
            throw new IllegalArgumentException("the password is empty");
        }
    }

    /** The value of an {@code Authorization} header for these credentials. */
    public String basicHeader() {
        String pair = user + ":" + password;
        return "Basic " + java.util.Base64.getEncoder().encodeToString(pair.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=***]";
    }
}
