package org.softkg.eval;

import java.util.Locale;

/** The parts of the gold set: tuning (look at it freely), held-out (only measure on it), or both. */
public enum Split {
    TUNE, HELDOUT, ALL;

    /** True when a sentence of part {@code part} is evaluated under this choice. */
    public boolean includes(Split part) {
        return this == ALL || this == part;
    }

    /** The name used in the gold file and on the command line ({@code tune}, {@code heldout}, {@code all}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The part named {@code label} in a gold file, or {@code null} when it is none of tune, heldout. */
    static Split ofGoldLabel(String label) {
        return switch (label) {
            case "tune" -> TUNE;
            case "heldout" -> HELDOUT;
            default -> null;
        };
    }
}
