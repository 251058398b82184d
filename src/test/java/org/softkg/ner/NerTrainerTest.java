package org.softkg.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class NerTrainerTest {

    private static final NerTrainer.Options QUICK = new NerTrainer.Options(NerTrainer.Algorithm.PERCEPTRON, 30, 0, 1);

    @Test
    void modelTrainedOnATinyCorpusFindsItsNamesAndSurvivesSerialization() throws Exception {
        List<String> progress = new ArrayList<>();
        TokenNameFinderModel model = NerTrainer.train(TinyCorpus.samples(), QUICK, progress::add);
        assertTrue(progress.get(0).startsWith("gazetteer: 9 names"), progress.toString());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.serialize(bytes);
        TokenNameFinderModel reloaded = new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));
        NameFinderME finder = new NameFinderME(reloaded);
        Span[] found = finder.find(new String[] {"We", "use", "Rust", "every", "day", "."});
        assertArrayEquals(new Span[] {new Span(2, 3, "Language")}, found);
        // a known name in an unseen sentence: the gazetteer and the word features carry over
        Span[] other = finder.find(new String[] {"Boost", "was", "released", "in", "2001", "."});
        assertArrayEquals(new Span[] {new Span(0, 1, "Library")}, other);
    }

    @Test
    void trainedModelScoresPerfectlyOnItsTrainingData() {
        List<NameSample> samples = TinyCorpus.samples();
        TokenNameFinderModel model = NerTrainer.train(samples, QUICK, s -> { });
        NerScore score = NerEvaluator.evaluate(model, samples);
        assertEquals(36, score.overall().gold());
        assertEquals(1.0, score.overall().f1(), 1e-9);
        assertEquals(List.of("Language", "Library", "Operating_System"), List.copyOf(score.byType().keySet()));
    }

    @Test
    void dataWithoutEntitiesIsRefused() {
        List<NameSample> none = List.of(new NameSample(new String[] {"nothing", "here"}, new Span[0], false));
        assertThrows(IllegalArgumentException.class, () -> NerTrainer.train(none, QUICK, s -> { }));
    }

    @Test
    void crossValidationGivesTheSameScoresWhateverTheNumberOfJobs() {
        List<NameSample> samples = TinyCorpus.samples();
        NerScore one = NerEvaluator.crossValidate(samples, 3, QUICK, 1, s -> { });
        NerScore three = NerEvaluator.crossValidate(samples, 3, QUICK, 3, s -> { });
        assertEquals(36, one.overall().gold());
        assertEquals(one.report(), three.report());
    }

    @Test
    void crossValidationTrainsOnTheExtraSentencesButNeverScoresThem() {
        List<NameSample> samples = TinyCorpus.samples();
        NerScore plain = NerEvaluator.crossValidate(samples, 3, QUICK, 1, s -> { });
        // every fold's model also sees the whole corpus: its held-out sentences are no longer unseen
        NerScore extra = NerEvaluator.crossValidate(samples, samples, 3, QUICK, 2, s -> { });
        assertEquals(36, extra.overall().gold());
        assertEquals(1.0, extra.overall().f1(), 1e-9);
        assertTrue(extra.overall().f1() >= plain.overall().f1());
        assertEquals(36, NerEvaluator.crossValidate(samples, List.of(), 3, QUICK, 1, s -> { }).overall().gold());
    }

    @Test
    void everyAlgorithmTrainsAModelThatFindsItsTrainingNames() {
        List<NameSample> samples = TinyCorpus.samples();
        for (NerTrainer.Algorithm a : NerTrainer.Algorithm.values()) {
            TokenNameFinderModel model = NerTrainer.train(samples,
                    new NerTrainer.Options(a, 50, 0, 1, 0.0, 0.01, 1, false), s -> { });
            assertEquals(1.0, NerEvaluator.evaluate(model, samples).overall().f1(), 1e-9, a.name());
        }
    }

    @Test
    void wordClustersTravelInsideTheModel() throws Exception {
        List<NameSample> samples = TinyCorpus.samples();
        List<String[]> text = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            text.add(new String[] {"word" + (i % 1500), "and", "word" + ((i * 7) % 1500), "again", "."});
        }
        List<String> progress = new ArrayList<>();
        TokenNameFinderModel model = NerTrainer.train(samples, text,
                new NerTrainer.Options(NerTrainer.Algorithm.PERCEPTRON, 30, 0, 1, 0.1, 0.1, 1, true), progress::add);
        assertTrue(progress.stream().anyMatch(p -> p.startsWith("word clusters: ")), progress.toString());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.serialize(bytes);
        TokenNameFinderModel reloaded = new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));
        Object clusters = reloaded.getArtifact(ClusterFeatures.RESOURCE);
        assertTrue(clusters instanceof WordClusters w && w.size() > 1400, String.valueOf(clusters));
        assertEquals(1.0, NerEvaluator.evaluate(reloaded, samples).overall().f1(), 1e-9);
    }

    @Test
    void theOutsideWeightIsStoredInTheModelAndMakesTheFinderTagMoreReadily() throws Exception {
        List<NameSample> samples = TinyCorpus.samples();
        TokenNameFinderModel plain = NerTrainer.train(samples,
                new NerTrainer.Options(NerTrainer.Algorithm.MAXENT, 50, 0, 1), s -> { });
        TokenNameFinderModel weighted = NerTrainer.train(samples,
                new NerTrainer.Options(NerTrainer.Algorithm.MAXENT, 50, 0, 1, 0.1, 0.1, 1, false, 0.01), s -> { });
        assertEquals(1.0, SoftwareNameFinder.outsideWeight(plain), 0);
        assertEquals(0.01, SoftwareNameFinder.outsideWeight(weighted), 0);
        // as trained (weight 1), the finder decodes as OpenNLP's NameFinderME does
        String[] unseen = {"Haiku", "runs", "on", "Rust", "and", "Boost", "."};
        SoftwareNameFinder asTrained = new SoftwareNameFinder(weighted, 2.0, 1.0);
        assertArrayEquals(new NameFinderME(weighted).find(unseen), asTrained.find(unseen));
        // a lower weight finds at least the names found without it, and tags more tokens overall
        Span[] more = new SoftwareNameFinder(weighted).find(unseen);
        Span[] fewer = asTrained.find(unseen);
        assertTrue(tokens(more) >= tokens(fewer), List.of(more) + " vs " + List.of(fewer));
        assertTrue(tokens(new SoftwareNameFinder(weighted, 2.0, 1e-9).find(unseen)) > tokens(fewer));
    }

    private static int tokens(Span[] spans) {
        int n = 0;
        for (Span s : spans) {
            n += s.length();
        }
        return n;
    }

    @Test
    void maxentTrainsAUsableModelToo() {
        List<NameSample> samples = TinyCorpus.samples();
        TokenNameFinderModel model = NerTrainer.train(samples,
                new NerTrainer.Options(NerTrainer.Algorithm.MAXENT, 50, 0, 1), s -> { });
        assertEquals(1.0, NerEvaluator.evaluate(model, samples).overall().f1(), 1e-9);
    }
}
