package org.softkg.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The name finder with the fast beam search finds exactly what OpenNLP's NameFinderME finds. */
class BeamNameFinderTest {

    @Test
    void theShippedModelGetsTheFastFinder() {
        assertInstanceOf(BeamNameFinder.class, BeamNameFinder.of(NerModels.shipped()));
    }

    @Test
    void sameSpansOnOddSentences() {
        List<String[]> odd = List.of(new String[0], new String[] {"."}, new String[] {"(", ")", "(", ")"},
                "DragonFly BSD was forked from FreeBSD 4.8 in 2003 .".split(" "),
                new String[] {"x86-64", "v2.3.1", "C++", "__init__", "QEMU/KVM", "...", "®", "日本"});
        assertSameSpans(odd, 2);
    }

    /** With an outside weight, the fast search finds what OpenNLP's BeamSearch over the weighted classifier finds. */
    @Test
    void weightedOutsideGivesTheSameSpansAsOpenNlpsBeamSearch() {
        List<NameSample> samples = TinyCorpus.samples();
        TokenNameFinderModel model = NerTrainer.train(samples,
                new NerTrainer.Options(NerTrainer.Algorithm.MAXENT, 50, 0, 1), s -> { });
        MaxentModel maxent = (MaxentModel) model.getArtifact("nameFinder.model");
        List<String[]> sentences = new ArrayList<>();
        samples.forEach(s -> sentences.add(s.getSentence()));
        sentences.add("Haiku runs on Rust and Boost , not on Plan 9 .".split(" "));
        sentences.add("We ported it from Python to Zig in 2020 .".split(" "));
        int[] tokens = new int[3];
        double[] weights = {1.0, 0.3, 1e-6};
        for (int k = 0; k < weights.length; k++) {
            NameFinderME fast = BeamNameFinder.of(model, weights[k]);
            assertInstanceOf(BeamNameFinder.class, fast);
            BeamSearch reference = new BeamSearch(NameFinderME.DEFAULT_BEAM_SIZE, new OutsideWeightedModel(maxent, weights[k]));
            NameContextGenerator context = model.getFactory().createContextGenerator();
            SequenceCodec<String> codec = model.getFactory().createSequenceCodec();
            SequenceValidator<String> validator = codec.createSequenceValidator();
            for (String[] words : sentences) {
                Span[] expected = codec.decode(reference.bestSequence(words, null, context, validator).getOutcomes());
                Span[] actual = fast.find(words);
                assertArrayEquals(text(expected), text(actual), () -> String.join(" ", words));
                for (Span s : actual) {
                    tokens[k] += s.length();
                }
            }
        }
        // the weight is applied: a tiny one tags more tokens than the model as trained
        assertTrue(tokens[2] > tokens[0], java.util.Arrays.toString(tokens));
    }

    @Test
    void sameSpansOnTheWikiSerDevSplitWithAdaptiveData() {
        String shared = System.getProperty("softkg.shared.data");
        assumeTrue(shared != null, "system property softkg.shared.data not set");
        Path dev = Path.of(shared, "wikiser-small", "dev.txt");
        assumeTrue(Files.isReadable(dev), dev + " missing");
        List<String[]> sentences = new ArrayList<>();
        for (NameSample s : NerData.read(List.of(dev.toString()))) {
            sentences.add(s.getSentence());
        }
        assertEquals(7_992, sentences.size());
        int found = assertSameSpans(sentences, 100);
        assertTrue(found > 5_000, "names found: " + found);
    }

    /** Both finders over the sentences, their adaptive data cleared every {@code document} sentences. */
    private static int assertSameSpans(List<String[]> sentences, int document) {
        TokenNameFinderModel model = NerModels.shipped();
        NameFinderME fast = BeamNameFinder.of(model);
        NameFinderME reference = new NameFinderME(model);
        int found = 0;
        for (int i = 0; i < sentences.size(); i++) {
            String[] words = sentences.get(i);
            Span[] expected = reference.find(words);
            Span[] actual = fast.find(words);
            assertArrayEquals(text(expected), text(actual), () -> String.join(" ", words));
            found += expected.length;
            if ((i + 1) % document == 0) {
                reference.clearAdaptiveData();
                fast.clearAdaptiveData();
            }
        }
        return found;
    }

    private static String[] text(Span[] spans) {
        String[] out = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            out[i] = spans[i].getStart() + "-" + spans[i].getEnd() + " " + spans[i].getType();
        }
        return out;
    }
}
