package org.softkg.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.softkg.corpus.InputFormatException;
import org.softkg.ner.NerData;
import org.softkg.ner.NerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code softkg train ner}: trains a name finder model. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains a model (ner: the software name finder; relations: the learned relation classifier).",
        subcommands = {TrainCommand.Ner.class, TrainRelationsCommand.class})
final class TrainCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing what to train (ner, relations)");
    }

    /** {@code softkg train ner --data FILE... -o model.bin}. */
    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {
                "Trains the software name finder (12 WikiSER types) from tagged WikiSER or CoNLL files.",
                "FILE::train/N keeps all but every Nth sentence of FILE (FILE::test/N is the held-out part)."
            })
    static final class Ner implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--data", arity = "1..*", required = true, paramLabel = "FILE", description = "Tagged training files.")
        private List<String> data;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "MODEL", description = "Model file to write.")
        private Path output;

        @Mixin
        private NerTrainingOptions training;

        @Option(names = "--threads", defaultValue = "1", paramLabel = "N", description = "MAXENT_QN: threads (default: ${DEFAULT-VALUE}).")
        private int threads;

        @Option(names = "--unlabelled", arity = "1..*", paramLabel = "FILE",
                description = "With --word-clusters: more text (tagged files, tags not used) to learn the clusters from.")
        private List<String> unlabelled = List.of();

        @Option(names = "--gazetteer-folds", defaultValue = "5", paramLabel = "N",
                description = "Jackknife the gazetteer feature over N parts of the training data; 1: no jackknife (default: ${DEFAULT-VALUE}).")
        private int gazetteerFolds;

        @Override
        public Integer call() {
            if (gazetteerFolds < 1) {
                throw new ParameterException(spec.commandLine(), "--gazetteer-folds must be >= 1");
            }
            training.check(spec.commandLine());
            if (threads < 1) {
                throw new ParameterException(spec.commandLine(), "--threads must be >= 1");
            }
            PrintWriter err = spec.commandLine().getErr();
            List<NameSample> samples = NerCli.read(data);
            List<String[]> text = new java.util.ArrayList<>();
            if (!unlabelled.isEmpty()) {
                NerCli.read(unlabelled).forEach(s -> text.add(s.getSentence()));
            }
            NerTrainer.Options options = training.options(gazetteerFolds, threads);
            err.printf("training %s, %d iterations, on %,d sentences%n", training.algorithm, training.iterations, samples.size());
            err.flush();
            TokenNameFinderModel model = NerCli.withTicker(err, "training",
                    () -> NerTrainer.train(samples, text, options, line -> { err.println(line); err.flush(); }));
            ModelFile.write(output, file -> {
                try (OutputStream out = Files.newOutputStream(file)) {
                    model.serialize(out);
                }
            });
            spec.commandLine().getOut().printf("model written to %s (%,d bytes)%n", output, ModelFile.size(output));
            return ExitCode.OK;
        }
    }
}
