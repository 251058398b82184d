package org.softkg.relation.learned;

import java.util.Arrays;

/**
 * The decision threshold of the classifier and what its probabilities are worth: the precision measured by
 * cross-validation in bands of probability, each band from its lower bound up to the next one. With no band, a
 * fact's confidence is its probability.
 *
 * @param threshold  the lowest probability at which a pair becomes a fact
 * @param lower      the lower bound of each band, increasing
 * @param precision  the measured precision of each band (smoothed), used as the fact's confidence
 */
public record Calibration(double threshold, double[] lower, double[] precision) {

    public Calibration {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold outside [0,1]: " + threshold);
        }
        if (lower.length != precision.length) {
            throw new IllegalArgumentException("calibration needs one precision per band");
        }
        lower = lower.clone();
        precision = precision.clone();
        for (int i = 1; i < lower.length; i++) {
            if (!(lower[i] > lower[i - 1])) {
                throw new IllegalArgumentException("band bounds must increase: " + Arrays.toString(lower));
            }
        }
        for (double p : precision) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("band precision outside [0,1]: " + p);
            }
        }
    }

    /** The threshold with the probability itself as confidence (before anything was measured). */
    public static Calibration uncalibrated(double threshold) {
        return new Calibration(threshold, new double[0], new double[0]);
    }

    /** The confidence of a fact of this probability: its band's measured precision, or the probability when there is no band. */
    public double confidence(double probability) {
        if (lower.length == 0) {
            return Math.min(1, Math.max(0, probability));
        }
        int band = 0;
        for (int i = 0; i < lower.length; i++) {
            if (probability >= lower[i]) {
                band = i;
            }
        }
        return precision[band];
    }

    @Override
    public double[] lower() {
        return lower.clone();
    }

    @Override
    public double[] precision() {
        return precision.clone();
    }
}
