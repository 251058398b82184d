package org.softkg.eval;

/**
 * The counts of one relation (or of all, micro-averaged) and the figures made from them.
 *
 * @param relation  the relation's local name, or {@code overall}
 * @param extracted facts extracted
 * @param right     extracted facts that match a gold fact
 * @param gold      gold facts
 * @param found     gold facts matched by an extracted fact
 */
public record Score(String relation, int extracted, int right, int gold, int found) {

    /** right / extracted; 0 when nothing was extracted. */
    public double precision() {
        return extracted == 0 ? 0 : (double) right / extracted;
    }

    /** found / gold; 0 when there is no gold fact. */
    public double recall() {
        return gold == 0 ? 0 : (double) found / gold;
    }

    /** The harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Score plus(Score other) {
        return new Score(relation, extracted + other.extracted, right + other.right, gold + other.gold,
                found + other.found);
    }
}
