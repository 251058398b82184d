package org.softkg.relation;

import java.util.List;
import java.util.Map;
import org.softkg.model.Evidence;
import org.softkg.model.Fact;

/**
 * Adds the facts read from a sentence without the words of a {@link ParticipleChain.Elision} to the facts of the
 * sentence: only new facts whose match reads across the left-out words (the rest the sentence itself gives or
 * refused), with their evidence mapped back to the sentence's tokens.
 */
final class ElidedFacts {

    private ElidedFacts() {
    }

    /** Adds {@code read} (facts of the shortened sentence) to {@code best} (facts of the sentence by key). */
    static void merge(Map<String, RelationExtractor.Found> best, List<RelationExtractor.Found> read,
                      ParticipleChain.Elision elision) {
        for (RelationExtractor.Found f : read) {
            Fact fact = f.fact();
            Evidence e = fact.evidence();
            if (best.containsKey(f.key()) || !elision.readAcross(e.matchSpan())) {
                continue;
            }
            Evidence mapped = new Evidence(e.document(), e.sentence(), elision.original(e.subjectSpan()),
                    elision.original(e.objectSpan()), elision.original(e.matchSpan()));
            best.put(f.key(), new RelationExtractor.Found(new Fact(fact.subject(), fact.relation(), fact.object(),
                    fact.confidence(), fact.rule(), mapped), f.newTypes()));
        }
    }
}
