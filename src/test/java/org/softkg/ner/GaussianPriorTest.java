package org.softkg.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;

/** GIS with OpenNLP's Gaussian prior ({@code NerTrainer.Options#gaussianSigma}). */
class GaussianPriorTest {

    private static NerTrainer.Options maxent(double sigma) {
        return new NerTrainer.Options(NerTrainer.Algorithm.MAXENT, 50, 0, 1, 0.1, 0.1, 1, false, 1.0, sigma);
    }

    /** The mean probability of the outcomes the model picks for {@code words}. */
    private static double sureness(TokenNameFinderModel model, String[] words) {
        NameFinderME finder = new NameFinderME(model);
        finder.find(words);
        double sum = 0;
        for (double p : finder.probs()) {
            sum += p;
        }
        return sum / words.length;
    }

    @Test
    void aStrongerPriorMakesTheModelLessSureButItStillFindsItsNames() {
        List<NameSample> samples = TinyCorpus.samples();
        List<String> progress = new ArrayList<>();
        TokenNameFinderModel plain = NerTrainer.train(samples, maxent(0), s -> { });
        TokenNameFinderModel weak = NerTrainer.train(samples, maxent(2), progress::add);
        TokenNameFinderModel strong = NerTrainer.train(samples, maxent(0.05), s -> { });
        assertTrue(progress.contains("GIS with a Gaussian prior, sigma 2.0"), progress.toString());
        String[] words = {"We", "use", "Rust", "every", "day", "."};
        double p0 = sureness(plain, words);
        double p2 = sureness(weak, words);
        double p005 = sureness(strong, words);
        // the prior pulls the weights towards 0, the more the smaller its variance
        assertTrue(p0 > p2 && p2 > p005, p0 + " " + p2 + " " + p005);
        assertEquals(1.0, NerEvaluator.evaluate(weak, samples).overall().f1(), 1e-9);
    }

    @Test
    void plainGisIsTheDefault() {
        NerTrainer.Options nine = new NerTrainer.Options(NerTrainer.Algorithm.MAXENT, 50, 0, 1, 0.1, 0.1, 1, false, 0.5);
        assertEquals(0.0, nine.gaussianSigma(), 0);
        assertEquals(0.0, new NerTrainer.Options(NerTrainer.Algorithm.MAXENT, 50, 0, 1).gaussianSigma(), 0);
    }

    @Test
    void aModelCanBeScoredAtAnotherOutsideWeightThanItsOwn() {
        List<NameSample> samples = TinyCorpus.samples();
        TokenNameFinderModel model = NerTrainer.train(samples, maxent(0), s -> { });
        NerScore own = NerEvaluator.evaluate(model, samples);
        NerScore same = NerEvaluator.evaluate(model, samples, 1.0);
        NerScore eager = NerEvaluator.evaluate(model, samples, 1e-12);
        assertEquals(own.report(), same.report());
        assertTrue(eager.overall().precision() < own.overall().precision(), eager.report().toString());
    }
}
