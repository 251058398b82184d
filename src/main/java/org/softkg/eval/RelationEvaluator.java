package org.softkg.eval;

import java.util.ArrayList;
import java.util.List;
import org.softkg.model.Document;
import org.softkg.model.Sentence;

/** Runs the extraction on the gold sentences of one split and judges the facts. */
public final class RelationEvaluator {

    private final SentenceExtraction extraction;

    public RelationEvaluator(SentenceExtraction extraction) {
        this.extraction = extraction;
    }

    /** Evaluates the sentences of {@code split}; every gold line is checked against the dev file first. */
    public RelationEvaluation evaluate(GoldSet gold, DevSentences dev, Split split) {
        List<SentenceOutcome> outcomes = new ArrayList<>();
        for (GoldSentence g : gold.sentences()) {
            Sentence s = dev.sentenceOf(gold, g);
            if (!split.includes(g.split())) {
                continue;
            }
            Document processed = extraction.run(g.id(), s);
            outcomes.add(SentenceOutcome.judge(g, s.text(), SentenceExtraction.facts(processed)));
        }
        return RelationEvaluation.of(outcomes);
    }
}
