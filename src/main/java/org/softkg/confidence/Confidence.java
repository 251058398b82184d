package org.softkg.confidence;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * How the confidences of several provenance records of one fact combine: noisy-or,
 * {@code 1 - (1 - c1)(1 - c2)...}, each record being an independent chance that the fact is right.
 * Records are independent only when their sentences differ: records from sentences with the same text
 * (a sentence repeated in a corpus, or read by two rules) count once, with their highest confidence.
 */
public final class Confidence {

    private Confidence() {
    }

    /** Noisy-or of independent confidences; 0 for none. NaN values are ignored. */
    public static double noisyOr(Collection<Double> confidences) {
        double wrong = 1;
        for (double c : confidences) {
            if (!Double.isNaN(c)) {
                wrong *= 1 - clamp(c);
            }
        }
        return clamp(1 - wrong);
    }

    /**
     * The combined confidence of records keyed by their sentence text: per distinct key the highest
     * confidence, then noisy-or over the keys.
     */
    public static <T> double combine(Collection<T> records, Function<T, String> sentenceKey, ToDoubleFunction<T> confidence) {
        Map<String, Double> best = new LinkedHashMap<>();
        for (T r : records) {
            double c = confidence.applyAsDouble(r);
            if (Double.isNaN(c)) {
                continue;
            }
            best.merge(sentenceKey.apply(r), c, Math::max);
        }
        return best.isEmpty() ? Double.NaN : noisyOr(best.values());
    }

    private static double clamp(double c) {
        return Math.max(0, Math.min(1, c));
    }
}
