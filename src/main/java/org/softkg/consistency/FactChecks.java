package org.softkg.consistency;

import java.util.ArrayList;
import java.util.List;
import org.softkg.confidence.ConfidenceFilter;
import org.softkg.pipeline.DocumentStage;

/**
 * The checks run on a document's facts after extraction: the domain/range check, counting into
 * {@code tally}, then, when {@code minConfidence > 0}, the confidence threshold.
 *
 * @param minConfidence the lowest combined confidence kept (0 keeps every fact)
 * @param tally         where the domain/range check counts what it did
 */
public record FactChecks(double minConfidence, ConstraintTally tally) {

    public FactChecks {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minimum confidence " + minConfidence + " outside [0,1]");
        }
    }

    /** No threshold, a tally nobody reads. */
    public static FactChecks defaults() {
        return new FactChecks(0, new ConstraintTally());
    }

    /** The stages, in order, for one pipeline. */
    public List<DocumentStage> stages() {
        List<DocumentStage> out = new ArrayList<>();
        out.add(new TypeConstraints(tally));
        if (minConfidence > 0) {
            out.add(new ConfidenceFilter(minConfidence));
        }
        return out;
    }
}
