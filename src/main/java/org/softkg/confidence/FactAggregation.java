package org.softkg.confidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.softkg.model.Document;
import org.softkg.model.Fact;
import org.softkg.model.Sentence;

/**
 * Groups a document's facts by (subject, relation, object): a fact stated in several sentences is one
 * {@link AggregatedFact} with several provenance records, whose confidence combines theirs by noisy-or over
 * distinct sentence texts. The document keeps one {@link Fact} per record (each written as one reifier
 * with that record's confidence); readers of the graph combine reifiers the same way
 * ({@code org.softkg.graph.KgGraph}), so a fact stated in two documents gets the same combined confidence
 * in the store as it would in one document.
 */
public final class FactAggregation {

    private FactAggregation() {
    }

    /** The document's facts, aggregated, in the order of their first record. */
    public static List<AggregatedFact> of(Document document) {
        Map<String, List<Fact>> groups = new LinkedHashMap<>();
        for (Fact f : document.facts()) {
            groups.computeIfAbsent(key(f), k -> new ArrayList<>()).add(f);
        }
        List<Sentence> sentences = document.sentences();
        List<AggregatedFact> out = new ArrayList<>();
        for (List<Fact> records : groups.values()) {
            Fact first = records.get(0);
            double c = Confidence.combine(records, f -> sentenceText(sentences, f), Fact::confidence);
            out.add(new AggregatedFact(first.subject(), first.relation(), first.object(), c, records));
        }
        return out;
    }

    /** The grouping key of a fact. */
    public static String key(Fact f) {
        return f.subject() + ' ' + f.relation() + ' ' + f.object();
    }

    private static String sentenceText(List<Sentence> sentences, Fact f) {
        int i = f.evidence().sentence();
        return i >= 0 && i < sentences.size() ? sentences.get(i).text() : "#" + i;
    }
}
