package org.softkg.confidence;

/**
 * How one rule did on the judged sentences.
 *
 * @param rule       the rule id
 * @param relation   its relation
 * @param confidence its confidence in the rule file (the prior of {@link #calibrated})
 * @param fired      facts it produced
 * @param right      of those, facts the gold set states
 */
public record RuleScore(String rule, String relation, double confidence, int fired, int right) {

    /** Pseudo-counts given to the prior when blending it with measured precision (the rules file header says 4). */
    public static final int PSEUDO_COUNTS = 4;

    /** right / fired, or NaN when the rule never fired. */
    public double precision() {
        return fired == 0 ? Double.NaN : (double) right / fired;
    }

    /**
     * The measured precision blended with a prior: {@code (right + 4 * prior) / (fired + 4)}, rounded to two
     * decimals; the prior itself when the rule never fired.
     */
    public static double blend(double prior, int fired, int right) {
        if (fired == 0) {
            return prior;
        }
        double v = (right + PSEUDO_COUNTS * prior) / (fired + PSEUDO_COUNTS);
        return Math.round(v * 100) / 100.0;
    }

    /** {@link #blend} with this rule's confidence as the prior. */
    public double calibrated() {
        return blend(confidence, fired, right);
    }
}
