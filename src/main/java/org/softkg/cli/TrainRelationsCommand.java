package org.softkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import opennlp.tools.ml.model.MaxentModel;
import org.softkg.eval.DevSentences;
import org.softkg.eval.GoldSet;
import org.softkg.eval.Split;
import org.softkg.rdf.Vocab;
import org.softkg.relation.RuleSet;
import org.softkg.relation.learned.CrossValidation;
import org.softkg.relation.learned.CrossValidationReport;
import org.softkg.relation.learned.RelationClassifier;
import org.softkg.relation.learned.RelationTrainer;
import org.softkg.relation.learned.TrainingSentence;
import org.softkg.relation.learned.TrainingSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code softkg train relations --gold FILE --split tune --folds K [-o MODEL]}: cross-validates the learned relation
 * classifier on the tuning part of a gold set (rules alone against rules plus classifier), picks its threshold and
 * calibration, and writes the model trained on the whole tuning part.
 */
@Command(name = "relations", mixinStandardHelpOptions = true,
        description = "Trains the learned relation classifier (it adds facts where the rules find none) on the tuning "
                + "part of a gold set: K-fold cross-validation by sentence prints rules alone vs rules + classifier per "
                + "relation, picks the threshold (best F1 whose classifier-only facts reach --min-precision) and the "
                + "confidence per probability band; with -o the model trained on all tuning sentences is written.")
final class TrainRelationsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The gold set, e.g. eval/gold/dev-relations.jsonl.")
    private Path gold;

    @Option(names = "--data", paramLabel = "DEV.txt", defaultValue = DevSentences.DEFAULT_FILE,
            description = "The development file the gold set points into (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--split", paramLabel = "PART", defaultValue = "tune",
            description = "The part to learn from: only tune is accepted (the held-out part is for measuring).")
    private Split split;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
    private int folds;

    @Option(names = "--min-precision", paramLabel = "P", defaultValue = "0.75",
            description = "The lowest cross-validated precision of the classifier's own facts at the chosen threshold (default: ${DEFAULT-VALUE}).")
    private double minPrecision;

    @Option(names = "--exclude", paramLabel = "GOLD", description = "Leave the sentences of this gold file (by id) out of "
            + "training and cross-validation, e.g. a check part kept to measure a model on sentences it has not seen.")
    private Path exclude;

    @Option(names = {"-o", "--output"}, paramLabel = "MODEL", description = "Where to write the trained model.")
    private Path output;

    @Override
    public Integer call() {
        if (split != Split.TUNE) {
            throw new ParameterException(spec.commandLine(), "--split must be tune: the classifier never learns from the held-out part");
        }
        if (folds < 2) {
            throw new ParameterException(spec.commandLine(), "--folds must be 2 or more");
        }
        if (!(minPrecision >= 0 && minPrecision <= 1)) {
            throw new ParameterException(spec.commandLine(), "--min-precision must be between 0 and 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        GoldSet goldSet = GoldSet.read(gold);
        if (exclude != null) {
            GoldSet excluded = GoldSet.read(exclude);
            int before = goldSet.select(Split.TUNE).size();
            goldSet = GoldExclusion.without(goldSet, excluded);
            err.printf("left out %d tuning sentences listed in %s%n", before - goldSet.select(Split.TUNE).size(), exclude);
        }
        DevSentences dev = DevSentences.read(data);
        RuleSet rules = RuleSet.loadDefault(Vocab.relationNames());
        err.println("running the rules on the tuning sentences ...");
        err.flush();
        List<TrainingSentence> sentences = TrainingSet.tune(goldSet, dev, rules);
        RelationTrainer trainer = RelationTrainer.defaults();
        err.printf("%d-fold cross-validation ...%n", folds);
        err.flush();
        CrossValidation.Result result = new CrossValidation(trainer, folds, minPrecision).run(sentences);
        CrossValidationReport.text(result, folds, sentences.size(), TrainingSet.facts(sentences), out);
        if (output != null) {
            MaxentModel model = trainer.train(sentences);
            RelationClassifier classifier = new RelationClassifier(model, result.calibration());
            ModelFile.write(output, classifier::write);
            out.printf("model trained on all %d tuning sentences written to %s (%,d bytes)%n", sentences.size(), output, ModelFile.size(output));
        }
        out.flush();
        return ExitCode.OK;
    }
}
