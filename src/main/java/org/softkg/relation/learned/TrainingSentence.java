package org.softkg.relation.learned;

import java.util.ArrayList;
import java.util.List;
import org.softkg.eval.GoldSentence;
import org.softkg.model.Document;
import org.softkg.model.Sentence;
import org.softkg.pipeline.Pipeline;

/**
 * One gold sentence made ready for training: the document the rules left (before the fact checks), its candidate
 * pairs and each pair's gold outcome.
 *
 * @param gold       the gold sentence
 * @param text       the sentence's text
 * @param document   the one-sentence document after the rule engine
 * @param candidates the candidate pairs
 * @param outcomes   the gold outcome of each candidate
 */
public record TrainingSentence(GoldSentence gold, String text, Document document, List<Candidate> candidates,
                               List<String> outcomes) {

    public TrainingSentence {
        candidates = List.copyOf(candidates);
        outcomes = List.copyOf(outcomes);
    }

    /** Runs {@code rulesOnly} on the sentence (a one-sentence document with no title, as the evaluator does) and labels its pairs. */
    public static TrainingSentence of(Pipeline rulesOnly, GoldSentence gold, Sentence sentence) {
        Document doc = rulesOnly.process(Document.of("dev-" + gold.id(), null, "dev:" + gold.id(),
                List.of(Sentence.ofTokens(0, sentence.tokens()))));
        List<Candidate> candidates = CandidatePairs.of(doc.sentences().get(0), doc.mentionsIn(0));
        GoldAlignment alignment = new GoldAlignment(doc);
        List<String> outcomes = new ArrayList<>();
        for (Candidate c : candidates) {
            outcomes.add(alignment.outcome(c, gold.facts()));
        }
        return new TrainingSentence(gold, sentence.text(), doc, candidates, outcomes);
    }
}
