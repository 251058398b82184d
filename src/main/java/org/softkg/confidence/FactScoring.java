package org.softkg.confidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.softkg.model.Document;
import org.softkg.model.Fact;
import org.softkg.pipeline.Annotation;
import org.softkg.pipeline.DocumentStage;

/**
 * Replaces each provenance record's confidence (its rule's) by the {@link FactScorer}'s score of its
 * {@link FactEvidence}, before facts are combined by noisy-or or filtered by {@code --min-confidence}.
 * Off by default (extract/eval {@code --fact-scorer}). Thread-safe.
 */
public final class FactScoring implements DocumentStage {

    private final FactScorer scorer;

    public FactScoring(FactScorer scorer) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
    }

    @Override
    public Document process(Document document) {
        if (document.facts().isEmpty()) {
            return document;
        }
        List<Fact> out = new ArrayList<>(document.facts().size());
        for (Fact f : document.facts()) {
            double c = scorer.score(FactEvidence.of(document, f));
            out.add(new Fact(f.subject(), f.relation(), f.object(), c, f.rule(), f.evidence()));
        }
        return document.withFacts(out);
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
