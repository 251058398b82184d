package org.softkg.server;

/** The server could not start; the message is one line for the user. */
public final class ServerStartException extends RuntimeException {
    ServerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
