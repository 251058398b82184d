package org.softkg.remote;

/** A push failed; the message is one line for the user (endpoint, HTTP status, what to do). */
public final class PushException extends RuntimeException {
    PushException(String message) {
        super(message);
    }

    PushException(String message, Throwable cause) {
        super(message, cause);
    }
}
