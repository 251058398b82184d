package org.softkg.ner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import opennlp.tools.ml.EventModelSequenceTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderEventStream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleSequenceStream;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the softkg name finder: OpenNLP's {@link NameFinderME} with the features of
 * {@code org/softkg/ner/features.xml} ({@link TokenFeatures}, {@link GazetteerFeatures}, optionally
 * {@link ClusterFeatures}), BILOU outcomes (BIO for the structured perceptron)
 * and a {@link Gazetteer} of the training names stored inside the model.
 */
public final class NerTrainer {

    /**
     * How to train: maxent by GIS ({@code MAXENT}) or by L-BFGS with L1/L2 regularisation
     * ({@code MAXENT_QN}), the averaged perceptron ({@code PERCEPTRON}) or the structured perceptron over
     * whole sentences ({@code PERCEPTRON_SEQUENCE}).
     */
    public enum Algorithm { MAXENT, MAXENT_QN, PERCEPTRON, PERCEPTRON_SEQUENCE }

    /** Default L1 and L2 costs of {@code MAXENT_QN} (OpenNLP's defaults). */
    public static final double DEFAULT_L1 = 0.1;
    public static final double DEFAULT_L2 = 0.1;

    /**
     * @param algorithm  how to train
     * @param iterations training iterations (for MAXENT_QN: the most L-BFGS iterations)
     * @param cutoff     features seen fewer times are dropped
     * @param folds      jackknife parts for the gazetteer feature (1: none)
     * @param l1         L1 cost (MAXENT_QN only)
     * @param l2         L2 cost (MAXENT_QN only)
     * @param threads    threads computing the likelihood (MAXENT_QN only)
     * @param clusters   add word cluster features ({@link WordClusters}) learnt from the training text
     * @param outsideWeight weight of the model's "outside" probability when it tags ({@link SoftwareNameFinder}),
     *                   stored in the model
     * @param gaussianSigma MAXENT only: GIS with a Gaussian prior on the weights (OpenNLP's
     *                   {@code GaussianSmoothing}, {@code GaussianSmoothingSigma}: the prior's variance, smaller
     *                   is stronger); 0: plain GIS
     */
    public record Options(Algorithm algorithm, int iterations, int cutoff, int folds, double l1, double l2,
                          int threads, boolean clusters, double outsideWeight, double gaussianSigma) {

        /** Options of plain GIS (no Gaussian prior). */
        public Options(Algorithm algorithm, int iterations, int cutoff, int folds, double l1, double l2,
                       int threads, boolean clusters, double outsideWeight) {
            this(algorithm, iterations, cutoff, folds, l1, l2, threads, clusters, outsideWeight, 0.0);
        }

        /** Options with the default regularisation, one thread, no word clusters, outside weight 1. */
        public Options(Algorithm algorithm, int iterations, int cutoff, int folds) {
            this(algorithm, iterations, cutoff, folds, DEFAULT_L1, DEFAULT_L2, 1, false);
        }

        /** Options with outside weight 1. */
        public Options(Algorithm algorithm, int iterations, int cutoff, int folds, double l1, double l2,
                       int threads, boolean clusters) {
            this(algorithm, iterations, cutoff, folds, l1, l2, threads, clusters, 1.0);
        }

        public static Options defaults() {
            return new Options(Algorithm.PERCEPTRON, 100, 1, 5);
        }
    }

    /** GISTrainer's parameter names (private constants there, OpenNLP 2.5.6). */
    static final String GAUSSIAN_SMOOTHING_PARAM = "GaussianSmoothing";
    static final String GAUSSIAN_SIGMA_PARAM = "GaussianSmoothingSigma";

    private static final String DESCRIPTOR = "/org/softkg/ner/features.xml";
    private static final String DESCRIPTOR_CLUSTERS = "/org/softkg/ner/features-clusters.xml";

    private NerTrainer() {
    }

    /** Trains a model on {@code samples}; {@code progress} gets a line per phase. */
    public static TokenNameFinderModel train(List<NameSample> samples, Options options, Consumer<String> progress) {
        return train(samples, List.of(), options, progress);
    }

    /**
     * Trains a model on {@code samples}; with {@link Options#clusters()}, the word clusters are learnt from the
     * training sentences and the {@code unlabelled} ones (their tags, if any, are not used).
     */
    public static TokenNameFinderModel train(List<NameSample> samples, List<String[]> unlabelled, Options options,
                                             Consumer<String> progress) {
        if (samples.stream().noneMatch(s -> s.getNames().length > 0)) {
            throw new IllegalArgumentException("the training data has no tagged entity");
        }
        Gazetteer gazetteer = Gazetteer.build(samples, options.folds());
        progress.accept(String.format("gazetteer: %,d names from %,d sentences", gazetteer.size(), samples.size()));
        Map<String, Object> resources = new HashMap<>();
        resources.put(GazetteerFeatures.RESOURCE, gazetteer);
        if (options.clusters()) {
            List<String[]> text = new ArrayList<>(unlabelled);
            samples.forEach(s -> text.add(s.getSentence()));
            WordClusters clusters = WordClusters.learn(text);
            progress.accept(String.format("word clusters: %,d words from %,d sentences", clusters.size(), text.size()));
            resources.put(ClusterFeatures.RESOURCE, clusters);
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, options.algorithm().name());
        params.put(TrainingParameters.ITERATIONS_PARAM, options.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, options.cutoff());
        if (options.algorithm() == Algorithm.MAXENT_QN) {
            params.put(QNTrainer.L1COST_PARAM, options.l1());
            params.put(QNTrainer.L2COST_PARAM, options.l2());
            params.put(QNTrainer.THREADS_PARAM, Math.max(1, options.threads()));
        }
        if (options.algorithm() == Algorithm.MAXENT && options.gaussianSigma() > 0) {
            params.put(GAUSSIAN_SMOOTHING_PARAM, true);
            params.put(GAUSSIAN_SIGMA_PARAM, options.gaussianSigma());
            progress.accept("GIS with a Gaussian prior, sigma " + options.gaussianSigma());
        }
        try {
            TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, descriptor(options), resources,
                    options.algorithm() == Algorithm.PERCEPTRON_SEQUENCE ? new BioCodec() : new BilouCodec());
            Map<String, String> manifest = new HashMap<>();
            MaxentModel classifier;
            if (options.algorithm() == Algorithm.PERCEPTRON_SEQUENCE) {
                classifier = trainSequence(samples, params, factory, manifest);
            } else {
                // as NameFinderME.train does, with the manifest entries kept for the outside weight
                EventTrainer trainer = TrainerFactory.getEventTrainer(params, manifest);
                classifier = trainer.train(new NameFinderEventStream(new CollectionObjectStream<>(samples), null,
                        factory.createContextGenerator(), factory.createSequenceCodec()));
            }
            manifest.put(SoftwareNameFinder.OUTSIDE_WEIGHT_PROPERTY, Double.toString(options.outsideWeight()));
            TokenNameFinderModel model = new TokenNameFinderModel("en", classifier, NameFinderME.DEFAULT_BEAM_SIZE,
                    descriptor(options), resources, manifest, factory.createSequenceCodec(), factory);
            gazetteer.freeze();
            // a round trip through bytes: the model as a user will load it
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            model.serialize(bytes);
            return new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException("name finder training failed: " + e.getMessage(), e);
        }
    }

    /**
     * The structured perceptron, with BIO outcomes: OpenNLP's sequence stream tags the training sentences
     * with a BIO model between iterations whatever the codec ({@code NameSampleSequenceStream.updateContext}),
     * so BILOU outcomes fail there.
     */
    private static MaxentModel trainSequence(List<NameSample> samples, TrainingParameters params,
                                             TokenNameFinderFactory factory, Map<String, String> manifest)
            throws IOException {
        NameSampleSequenceStream stream = new NameSampleSequenceStream(new CollectionObjectStream<>(samples),
                factory.createContextGenerator(), true, factory.createSequenceCodec());
        EventModelSequenceTrainer<NameSample> trainer = TrainerFactory.getEventModelSequenceTrainer(params, manifest);
        return trainer.train(stream);
    }

    /** The feature generator descriptor shipped in the jar (with or without word clusters). */
    static byte[] descriptor(Options options) throws IOException {
        String name = options.clusters() ? DESCRIPTOR_CLUSTERS : DESCRIPTOR;
        try (InputStream in = NerTrainer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " missing from the class path");
            }
            return in.readAllBytes();
        }
    }
}
