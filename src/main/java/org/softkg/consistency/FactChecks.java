package org.softkg.consistency;

import java.util.ArrayList;
import java.util.List;
import org.softkg.confidence.ConfidenceFilter;
import org.softkg.confidence.FactScorer;
import org.softkg.confidence.FactScoring;
import org.softkg.pipeline.DocumentStage;

/**
 * The checks run on a document's facts after extraction: the domain/range check, counting into
 * {@code tally}, the fact scorer when given, then, when {@code minConfidence > 0}, the confidence threshold.
 *
 * @param minConfidence the lowest combined confidence kept (0 keeps every fact)
 * @param tally         where the domain/range check counts what it did
 * @param scorer        rescores each provenance record from its sentence before the threshold (null: the rule's
 *                      confidence stays; README "Scoring each fact by its sentence", docs/relations-log.md "Tenth session")
 */
public record FactChecks(double minConfidence, ConstraintTally tally, FactScorer scorer) {

    /** Checks without a fact scorer. */
    public FactChecks(double minConfidence, ConstraintTally tally) {
        this(minConfidence, tally, null);
    }

    public FactChecks {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minimum confidence " + minConfidence + " outside [0,1]");
        }
    }

    /** No threshold, a tally nobody reads. */
    public static FactChecks defaults() {
        return new FactChecks(0, new ConstraintTally());
    }

    /** The stages, in order, for one pipeline: {@link #sentenceStages()}, then {@link #documentStages()}. */
    public List<DocumentStage> stages() {
        List<DocumentStage> out = new ArrayList<>(sentenceStages());
        out.addAll(documentStages());
        return out;
    }

    /** The checks each fact's own sentence decides (domain and range by the types its entities have there). */
    public List<DocumentStage> sentenceStages() {
        return List.of(new TypeConstraints(tally));
    }

    /** The checks that combine a fact's sentences (the fact scorer, then the confidence threshold), or none. */
    public List<DocumentStage> documentStages() {
        List<DocumentStage> out = new ArrayList<>();
        if (scorer != null) {
            out.add(new FactScoring(scorer));
        }
        if (minConfidence > 0) {
            out.add(new ConfidenceFilter(minConfidence));
        }
        return List.copyOf(out);
    }
}
