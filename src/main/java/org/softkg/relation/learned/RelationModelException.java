package org.softkg.relation.learned;

/** A relation model that cannot be read: the message is one line naming the file. */
public final class RelationModelException extends RuntimeException {
    public RelationModelException(String message) {
        super(message);
    }

    public RelationModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
