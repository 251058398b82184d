package org.softkg.corpus;

import org.softkg.model.Document;

/**
 * Turns the lines of one input into documents; lines are pushed one at a time, so a parser never
 * holds more than the document it is building. Errors are {@link InputFormatException}s with the line.
 */
interface DocumentParser {

    /** Consumes line {@code number} (1-based); returns the document this line completed, or {@code null}. */
    Document line(String line, long number);

    /** The input ended: returns the last document, or {@code null} when none is left. */
    Document end();
}
