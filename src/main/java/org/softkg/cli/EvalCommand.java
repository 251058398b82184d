package org.softkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.softkg.ner.NerEvaluator;
import org.softkg.ner.NerModels;
import org.softkg.ner.NerScore;
import org.softkg.ner.NerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code softkg eval ner}: scores a name finder. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluates a model (ner: the software name finder).",
        subcommands = EvalCommand.Ner.class)
final class EvalCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing what to evaluate (ner)");
    }

    /** {@code softkg eval ner [--model M] --data FILE... [--folds K]}. */
    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {
                "Entity-level precision, recall and F1 (exact span and type, CoNLL scoring) per type, an error",
                "summary, and last 'overall precision P recall R f1 F'. Types the data does not use are left out.",
                "With --folds K: K-fold cross-validation of training (interleaved folds) instead of a model.",
                "FILE::test/N reads every Nth sentence of FILE only (the part 'train ner' leaves out with FILE::train/N)."
            })
    static final class Ner implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--model", paramLabel = "MODEL", description = "Model file (default: the shipped model).")
        private Path model;

        @Option(names = "--data", arity = "1..*", required = true, paramLabel = "FILE", description = "Tagged files.")
        private List<String> data;

        @Option(names = "--folds", paramLabel = "K", description = "Cross-validate training over K interleaved folds.")
        private Integer folds;

        @Option(names = "--algorithm", defaultValue = "PERCEPTRON", paramLabel = "ALG",
                description = "With --folds: MAXENT or PERCEPTRON (default: ${DEFAULT-VALUE}).")
        private NerTrainer.Algorithm algorithm;

        @Option(names = "--iterations", defaultValue = "100", paramLabel = "N", description = "With --folds (default: ${DEFAULT-VALUE}).")
        private int iterations;

        @Option(names = "--cutoff", defaultValue = "1", paramLabel = "N", description = "With --folds (default: ${DEFAULT-VALUE}).")
        private int cutoff;

        @Override
        public Integer call() {
            if (folds != null && model != null) {
                throw new ParameterException(spec.commandLine(), "--folds trains its own models: leave out --model");
            }
            PrintWriter err = spec.commandLine().getErr();
            List<NameSample> samples = NerCli.read(data);
            NerScore score;
            if (folds != null) {
                NerTrainer.Options options = new NerTrainer.Options(algorithm, iterations, cutoff,
                        NerTrainer.Options.defaults().folds());
                score = NerCli.withTicker(err, folds + "-fold cross-validation", () -> NerEvaluator.crossValidate(
                        samples, folds, options, line -> { err.println(line); err.flush(); }));
            } else {
                TokenNameFinderModel m;
                try {
                    m = model == null ? NerModels.shipped() : NerModels.load(model);
                } catch (NerModels.NerModelException e) {
                    throw new UserException(e.getMessage());
                }
                NerEvaluator.evaluate(m, samples.subList(0, Math.min(200, samples.size()))); // warm-up
                long t0 = System.nanoTime();
                score = NerEvaluator.evaluate(m, samples);
                double seconds = (System.nanoTime() - t0) / 1e9;
                long tokens = samples.stream().mapToLong(s -> s.getSentence().length).sum();
                err.printf("tagging: %,d tokens in %.1f s, %,.0f tokens/s on one thread%n", tokens, seconds, tokens / seconds);
                err.flush();
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%,d sentences, %,d entities%n", samples.size(), score.overall().gold());
            score.report().forEach(out::println);
            out.flush();
            return ExitCode.OK;
        }
    }
}
