package org.softkg.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The name finder's spans with probabilities, and scoring a whole input made consistent. */
class ScoredNamesTest {

    private static final NerTrainer.Options MAXENT = new NerTrainer.Options(NerTrainer.Algorithm.MAXENT, 30, 0, 1);

    @Test
    void scoredSpansAreTheSpansFoundWithAProbability() {
        List<NameSample> samples = TinyCorpus.samples();
        TokenNameFinderModel model = NerTrainer.train(samples, MAXENT, s -> { });
        SoftwareNameFinder finder = new SoftwareNameFinder(model);
        String[][] sentences = {
            {"We", "use", "Rust", "every", "day", "."},
            {"It", "runs", "on", "Haiku", "and", "more", "."},
            {"Nothing", "here", "."}};
        assertEquals(1, finder.findScored(sentences[0]).length);
        finder.clearAdaptiveData();
        for (String[] words : sentences) {
            Span[] plain = finder.find(words);
            finder.clearAdaptiveData();
            Span[] scored = finder.findScored(words);
            finder.clearAdaptiveData();
            assertArrayEquals(plain, scored);
            for (Span s : scored) {
                assertTrue(s.getProb() > 0 && s.getProb() <= 1, s + " " + s.getProb());
            }
        }
    }

    @Test
    void aConsistentInputScoresAsTheFinderWhenNothingIsUntagged() {
        List<NameSample> samples = TinyCorpus.samples();
        TokenNameFinderModel model = NerTrainer.train(samples, MAXENT, s -> { });
        NerScore plain = NerEvaluator.evaluate(model, samples, 1.0, null);
        NerScore consistent = NerEvaluator.evaluate(model, samples, 1.0, new ConsistentNames());
        assertEquals(plain.overall().correct(), consistent.overall().correct());
        assertEquals(plain.overall().predicted(), consistent.overall().predicted());
        assertEquals(1.0, consistent.overall().f1(), 1e-9);
    }
}
