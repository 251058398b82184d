package org.softkg.confidence;

import java.util.List;
import org.softkg.model.Fact;

/**
 * One fact (subject, relation, object) of a document with all its provenance records: the {@link Fact}s
 * that state it, one per sentence, and the confidence they give together ({@link Confidence#combine}).
 *
 * @param subject    subject entity IRI
 * @param relation   relation local name
 * @param object     object entity IRI
 * @param confidence the combined confidence
 * @param records    the provenance records, in document order
 */
public record AggregatedFact(String subject, String relation, String object, double confidence, List<Fact> records) {

    public AggregatedFact {
        records = List.copyOf(records);
    }

    /** The number of distinct sentences stating the fact. */
    public long sentences() {
        return records.stream().map(f -> f.evidence().sentence()).distinct().count();
    }
}
