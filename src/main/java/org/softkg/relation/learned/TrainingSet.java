package org.softkg.relation.learned;

import java.util.ArrayList;
import java.util.List;
import org.softkg.eval.DevSentences;
import org.softkg.eval.GoldSentence;
import org.softkg.eval.GoldSet;
import org.softkg.eval.Split;
import org.softkg.pipeline.Pipeline;
import org.softkg.pipeline.StandardPipeline;
import org.softkg.relation.RuleSet;

/**
 * The training sentences of a gold set: the sentences of its tuning part only (the held-out part is never read),
 * each run through the rules and labelled. Every gold line of the tuning part is checked against the development
 * file.
 */
public final class TrainingSet {

    private TrainingSet() {
    }

    /** The tuning sentences of {@code gold}, in file order, processed with {@code rules}. */
    public static List<TrainingSentence> tune(GoldSet gold, DevSentences dev, RuleSet rules) {
        Pipeline rulesOnly = StandardPipeline.rulesOnly(rules);
        List<TrainingSentence> out = new ArrayList<>();
        for (GoldSentence g : gold.select(Split.TUNE)) {
            out.add(TrainingSentence.of(rulesOnly, g, dev.sentenceOf(gold, g)));
        }
        return out;
    }

    /** Number of gold facts of these sentences. */
    public static int facts(List<TrainingSentence> sentences) {
        return sentences.stream().mapToInt(s -> s.gold().facts().size()).sum();
    }
}
