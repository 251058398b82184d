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

    /** Evaluates the sentences of {@code split}; every gold line (of any split) is checked against the dev file first. */
    public RelationEvaluation evaluate(GoldSet gold, DevSentences dev, Split split) {
        List<Sentence> sentences = new ArrayList<>();
        for (GoldSentence g : gold.sentences()) {
            sentences.add(dev.sentenceOf(gold, g));
        }
        List<SentenceOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            GoldSentence g = gold.sentences().get(i);
            if (!split.includes(g.split())) {
                continue;
            }
            Sentence s = sentences.get(i);
            Document processed = extraction.run(g.id(), s);
            outcomes.add(SentenceOutcome.judge(g, s.text(), SentenceExtraction.facts(processed),
                    SentenceExtraction.nameKeys(processed)));
        }
        return RelationEvaluation.of(outcomes);
    }
}
