package org.softkg.mention;

import java.util.Objects;
import org.softkg.model.Span;

/**
 * A long form and its short form written as "LONG ( SHORT )" in one sentence:
 * "lightweight kernel threads ( LWKT )", "Common Address Redundancy Protocol ( commonly referred to as CARP )".
 *
 * @param sentence  index of the sentence in its document
 * @param longSpan  the tokens of the long form
 * @param shortSpan the token of the short form
 */
public record Abbreviation(int sentence, Span longSpan, Span shortSpan) {
    public Abbreviation {
        Objects.requireNonNull(longSpan, "longSpan");
        Objects.requireNonNull(shortSpan, "shortSpan");
        if (longSpan.overlaps(shortSpan)) {
            throw new IllegalArgumentException("long form " + longSpan + " overlaps short form " + shortSpan
                    + " in sentence " + sentence);
        }
    }
}
