package org.softkg.confidence;

/**
 * How one rule did on judged facts from text outside the gold set.
 *
 * @param facts distinct facts it produced that were judged (a fact repeated in several sentences counts once)
 * @param right of those, facts judged right
 */
public record JudgedCount(int facts, int right) {

    /** No judged fact. */
    public static final JudgedCount NONE = new JudgedCount(0, 0);

    public JudgedCount {
        if (facts < 0 || right < 0 || right > facts) {
            throw new IllegalArgumentException("right " + right + " of " + facts + " facts");
        }
    }
}
