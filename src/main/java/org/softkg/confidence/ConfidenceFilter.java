package org.softkg.confidence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.softkg.model.Document;
import org.softkg.model.Fact;
import org.softkg.pipeline.Annotation;
import org.softkg.pipeline.DocumentStage;

/**
 * Drops the facts whose combined confidence in the document ({@link FactAggregation}) is below a threshold,
 * with all their provenance records; a fact kept keeps all its records. Thread-safe.
 */
public final class ConfidenceFilter implements DocumentStage {

    private final double min;

    /** @param min the lowest combined confidence kept, in [0,1] */
    public ConfidenceFilter(double min) {
        if (!(min >= 0 && min <= 1)) {
            throw new IllegalArgumentException("minimum confidence " + min + " outside [0,1]");
        }
        this.min = min;
    }

    /** The threshold. */
    public double min() {
        return min;
    }

    @Override
    public Document process(Document document) {
        if (min == 0 || document.facts().isEmpty()) {
            return document;
        }
        Set<String> keep = new HashSet<>();
        for (AggregatedFact a : FactAggregation.of(document)) {
            // a small tolerance so that a rule of confidence 0.9 passes --min-confidence 0.9
            if (a.confidence() >= min - 1e-9) {
                keep.add(a.subject() + ' ' + a.relation() + ' ' + a.object());
            }
        }
        List<Fact> facts = new ArrayList<>();
        for (Fact f : document.facts()) {
            if (keep.contains(FactAggregation.key(f))) {
                facts.add(f);
            }
        }
        return facts.size() == document.facts().size() ? document : document.withFacts(facts);
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.FACTS);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of();
    }
}
