package org.softkg.confidence;

import java.util.Locale;
import java.util.Optional;

/** A reader's verdict on one extracted fact (eval/gold/GUIDELINES.md): stated in the sentence, not stated, or not settled. */
public enum Verdict {
    RIGHT, WRONG, UNCLEAR;

    /** The verdict a judged-facts file spells in lower case ({@code right}, {@code wrong}, {@code unclear}). */
    public static Optional<Verdict> parse(String text) {
        for (Verdict v : values()) {
            if (v.name().toLowerCase(Locale.ROOT).equals(text)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
