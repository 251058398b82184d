package org.softkg.confidence;

/**
 * How one rule did on the judged sentences: the gold set's tune part and, when given, judged facts from other text.
 *
 * @param rule        the rule id
 * @param relation    its relation
 * @param confidence  its confidence in the rule file (the prior of {@link #calibrated})
 * @param fired       facts it produced on the gold sentences
 * @param right       of those, facts the gold set states
 * @param judged      judged facts (outside the gold set) it produced, see {@link JudgedFacts#counts()}
 * @param judgedRight of those, facts judged right
 */
public record RuleScore(String rule, String relation, double confidence, int fired, int right, int judged,
        int judgedRight) {

    /** Pseudo-counts given to the prior when blending it with measured precision (the rules file header says 4). */
    public static final int PSEUDO_COUNTS = 4;

    /** A score on the gold sentences only. */
    public RuleScore(String rule, String relation, double confidence, int fired, int right) {
        this(rule, relation, confidence, fired, right, 0, 0);
    }

    /** right / fired on the gold sentences, or NaN when the rule never fired there. */
    public double precision() {
        return fired == 0 ? Double.NaN : (double) right / fired;
    }

    /** judgedRight / judged, or NaN without judged facts. */
    public double judgedPrecision() {
        return judged == 0 ? Double.NaN : (double) judgedRight / judged;
    }

    /** Gold plus judged facts: what calibration counts. */
    public int totalFired() {
        return fired + judged;
    }

    /** Right gold plus right judged facts. */
    public int totalRight() {
        return right + judgedRight;
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

    /**
     * {@link #blend} with this rule's confidence as the prior, over the gold and the judged facts together:
     * {@code (right + judgedRight + 4 * prior) / (fired + judged + 4)}.
     */
    public double calibrated() {
        return blend(confidence, totalFired(), totalRight());
    }
}
