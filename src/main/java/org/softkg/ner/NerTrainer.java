package org.softkg.ner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the softkg name finder: OpenNLP's {@link NameFinderME} with the features of
 * {@code org/softkg/ner/features.xml} ({@link TokenFeatures}, {@link GazetteerFeatures}), BILOU outcomes
 * and a {@link Gazetteer} of the training names stored inside the model.
 */
public final class NerTrainer {

    /** How to train. */
    public enum Algorithm { MAXENT, PERCEPTRON }

    /**
     * @param algorithm  MAXENT or PERCEPTRON
     * @param iterations training iterations
     * @param cutoff     features seen fewer times are dropped
     * @param folds      jackknife parts for the gazetteer feature (1: none)
     */
    public record Options(Algorithm algorithm, int iterations, int cutoff, int folds) {
        public static Options defaults() {
            return new Options(Algorithm.PERCEPTRON, 100, 1, 5);
        }
    }

    private static final String DESCRIPTOR = "/org/softkg/ner/features.xml";

    private NerTrainer() {
    }

    /** Trains a model on {@code samples}; {@code progress} gets a line per phase. */
    public static TokenNameFinderModel train(List<NameSample> samples, Options options, Consumer<String> progress) {
        if (samples.stream().noneMatch(s -> s.getNames().length > 0)) {
            throw new IllegalArgumentException("the training data has no tagged entity");
        }
        Gazetteer gazetteer = Gazetteer.build(samples, options.folds());
        progress.accept(String.format("gazetteer: %,d names from %,d sentences", gazetteer.size(), samples.size()));
        Map<String, Object> resources = new HashMap<>();
        resources.put(GazetteerFeatures.RESOURCE, gazetteer);
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, options.algorithm().name());
        params.put(TrainingParameters.ITERATIONS_PARAM, options.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, options.cutoff());
        try {
            TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, descriptor(), resources, new BilouCodec());
            TokenNameFinderModel model = NameFinderME.train("en", null,
                    new CollectionObjectStream<>(samples), params, factory);
            gazetteer.freeze();
            // a round trip through bytes: the model as a user will load it
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            model.serialize(bytes);
            return new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException("name finder training failed: " + e.getMessage(), e);
        }
    }

    /** The feature generator descriptor shipped in the jar. */
    static byte[] descriptor() throws IOException {
        try (InputStream in = NerTrainer.class.getResourceAsStream(DESCRIPTOR)) {
            if (in == null) {
                throw new IOException(DESCRIPTOR + " missing from the class path");
            }
            return in.readAllBytes();
        }
    }
}
