package org.softkg.cli;

import org.softkg.ner.NerTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The name finder's training options, shared by {@code train ner} and {@code eval ner --folds} (a picocli
 * mixin): the learner, its iterations, cut-off and regularisation (L1/L2 for L-BFGS, a Gaussian prior for GIS), word clusters, and the outside weight
 * stored in the model.
 */
final class NerTrainingOptions {

    @Option(names = "--algorithm", defaultValue = "PERCEPTRON", paramLabel = "ALG",
            description = "MAXENT (GIS), MAXENT_QN (L-BFGS with L1/L2 costs), PERCEPTRON or PERCEPTRON_SEQUENCE"
                    + " (default: ${DEFAULT-VALUE}).")
    NerTrainer.Algorithm algorithm;

    @Option(names = "--iterations", defaultValue = "100", paramLabel = "N", description = "Iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "1", paramLabel = "N",
            description = "Drop features seen fewer times (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Option(names = "--l1", defaultValue = "0.1", paramLabel = "COST", description = "MAXENT_QN: L1 cost (default: ${DEFAULT-VALUE}).")
    double l1;

    @Option(names = "--l2", defaultValue = "0.1", paramLabel = "COST", description = "MAXENT_QN: L2 cost (default: ${DEFAULT-VALUE}).")
    double l2;

    @Option(names = "--gaussian-sigma", defaultValue = "0", paramLabel = "S",
            description = "MAXENT: GIS with a Gaussian prior on the weights of variance S (OpenNLP's"
                    + " GaussianSmoothingSigma; smaller is stronger); 0: none (default: ${DEFAULT-VALUE}).")
    double gaussianSigma;

    @Option(names = "--outside-weight", defaultValue = "1", paramLabel = "W",
            description = "Weight of the model's 'outside' probability when tagging, stored in the model; below 1"
                    + " the model tags names more readily (default: ${DEFAULT-VALUE}).")
    double outsideWeight;

    @Option(names = "--word-clusters", negatable = true, defaultValue = "false", fallbackValue = "true",
            description = "Word cluster features learnt from the training text (default: ${DEFAULT-VALUE}).")
    boolean clusters;

    /** Rejects values no trainer accepts, as a usage error of {@code commandLine}. */
    void check(CommandLine commandLine) {
        if (iterations < 1 || cutoff < 0) {
            throw new ParameterException(commandLine, "--iterations must be >= 1 and --cutoff >= 0");
        }
        if (l1 < 0 || l2 < 0) {
            throw new ParameterException(commandLine, "--l1 and --l2 must be >= 0");
        }
        if (!(gaussianSigma >= 0) || Double.isInfinite(gaussianSigma)) {
            throw new ParameterException(commandLine, "--gaussian-sigma must be >= 0 (0: no Gaussian prior)");
        }
        if (gaussianSigma > 0 && algorithm != NerTrainer.Algorithm.MAXENT) {
            throw new ParameterException(commandLine, "--gaussian-sigma applies to --algorithm MAXENT only");
        }
        if (!(outsideWeight > 0 && outsideWeight <= 1)) {
            throw new ParameterException(commandLine, "--outside-weight must be above 0 and at most 1");
        }
    }

    /** The trainer's options with these values, {@code folds} jackknife parts and {@code threads} threads. */
    NerTrainer.Options options(int folds, int threads) {
        return new NerTrainer.Options(algorithm, iterations, cutoff, folds, l1, l2, threads, clusters, outsideWeight,
                gaussianSigma);
    }
}
