package org.softkg.server;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link SparqlServer} serves a store: where it listens, how long one query may run, and whether
 * it accepts writes. Writes always need credentials: {@code update} without them is refused at
 * construction, so an open writable endpoint cannot be configured by mistake.
 *
 * @param host     the address to bind (loopback by default)
 * @param port     the TCP port; 0 picks a free one
 * @param timeout  the longest a query may run before the server stops it
 * @param update   true to enable SPARQL Update and Graph Store Protocol writes
 * @param writer   the user allowed to write (required when {@code update})
 */
public record ServerSettings(String host, int port, Duration timeout, boolean update, Optional<Credentials> writer) {

    /** The default bind address: loopback only. */
    public static final String LOOPBACK = "127.0.0.1";
    /** The default query timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    /** Validates the settings. */
    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(writer, "writer");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is out of range (0-65535)");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the query timeout must be positive");
        }
        if (update && writer.isEmpty()) {
            throw new IllegalArgumentException("--update needs a password (HTTP basic auth protects writes)");
        }
    }

    /** A read-only server on loopback with the default timeout. */
    public static ServerSettings readOnly(int port) {
        return new ServerSettings(LOOPBACK, port, DEFAULT_TIMEOUT, false, Optional.empty());
    }

    /** A copy with another timeout. */
    public ServerSettings withTimeout(Duration newTimeout) {
        return new ServerSettings(host, port, newTimeout, update, writer);
    }

    /** A copy that accepts writes from {@code credentials}. */
    public ServerSettings withUpdate(Credentials credentials) {
        return new ServerSettings(host, port, timeout, true, Optional.of(credentials));
    }
}
