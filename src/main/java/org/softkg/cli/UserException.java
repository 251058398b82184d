package org.softkg.cli;

/** A failure whose message is already the one line the user should read. */
final class UserException extends RuntimeException {
    UserException(String message) {
        super(message);
    }

    UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
