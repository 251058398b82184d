package org.softkg.ner;

import java.util.List;
import java.util.function.Consumer;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;

/** Runs a name finder model over tagged sentences and scores it ({@link NerScore}), or cross-validates training. */
public final class NerEvaluator {

    private NerEvaluator() {
    }

    /** Scores {@code model} on {@code samples}. */
    public static NerScore evaluate(TokenNameFinderModel model, List<NameSample> samples) {
        NerScore score = new NerScore(NerScore.typesOf(samples));
        evaluate(model, samples, score);
        return score;
    }

    private static void evaluate(TokenNameFinderModel model, List<NameSample> samples, NerScore score) {
        SoftwareNameFinder finder = new SoftwareNameFinder(model);
        for (NameSample s : samples) {
            score.add(s.getNames(), finder.find(s.getSentence()));
            finder.clearAdaptiveData();
        }
    }

    /**
     * K-fold cross-validation with interleaved folds (sentence i is in fold i mod K), so clustered
     * data spreads over all folds; the scores of all folds are summed.
     */
    public static NerScore crossValidate(List<NameSample> samples, int k, NerTrainer.Options options,
                                         Consumer<String> progress) {
        if (k < 2 || k > samples.size()) {
            throw new IllegalArgumentException("--folds must be between 2 and the number of sentences (" + samples.size() + ")");
        }
        NerScore score = new NerScore(NerScore.typesOf(samples));
        for (int f = 0; f < k; f++) {
            progress.accept("fold " + (f + 1) + "/" + k + ": training");
            TokenNameFinderModel model = NerTrainer.train(NerData.fold(samples, k, f, false), options, s -> { });
            evaluate(model, NerData.fold(samples, k, f, true), score);
            progress.accept(String.format("fold %d/%d: cumulative f1 %.3f", f + 1, k, score.overall().f1()));
        }
        return score;
    }
}
