package org.softkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.softkg.eval.DevSentences;
import org.softkg.eval.EvaluationReport;
import org.softkg.eval.GoldSet;
import org.softkg.eval.RelationEvaluation;
import org.softkg.eval.RelationEvaluator;
import org.softkg.eval.SentenceExtraction;
import org.softkg.eval.Split;
import org.softkg.eval.TypeEvaluation;
import org.softkg.rdf.Vocab;
import org.softkg.relation.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code softkg eval relations|types}: measures the extractor against a gold set. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures extraction against a gold set of development sentences.",
        subcommands = {EvalCommand.Relations.class, EvalCommand.Types.class})
final class EvalCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command (relations, types)");
    }

    /** Options shared by the eval subcommands. */
    static final class GoldOptions {
        @Option(names = "--gold", required = true, paramLabel = "FILE",
                description = "The gold set (JSON Lines), e.g. eval/gold/dev-relations.jsonl.")
        Path gold;

        @Option(names = "--data", paramLabel = "DEV.txt", defaultValue = DevSentences.DEFAULT_FILE,
                description = "The development file the gold set points into (default: ${DEFAULT-VALUE}).")
        Path data;

        @Option(names = "--split", paramLabel = "PART", defaultValue = "tune",
                description = "Which part to evaluate: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        Split split;

        @Option(names = "--json", description = "Print the figures as JSON.")
        boolean json;

        GoldSet readGold() {
            return GoldSet.read(gold);
        }

        DevSentences readDev() {
            return DevSentences.read(data);
        }

        static SentenceExtraction extraction() {
            return new SentenceExtraction(RuleSet.loadDefault(Vocab.relationNames()));
        }
    }

    /** {@code softkg eval relations}: precision, recall and F1 per relation. */
    @Command(name = "relations", mixinStandardHelpOptions = true,
            description = "Runs the extraction on the gold sentences and prints precision, recall and F1 per relation "
                    + "and overall (micro).")
    static final class Relations implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Mixin
        private GoldOptions options;

        @Option(names = "--details", description = "List the missed and the wrong facts with their sentences.")
        boolean details;

        @Override
        public Integer call() {
            GoldSet gold = options.readGold();
            DevSentences dev = options.readDev();
            RelationEvaluation ev = new RelationEvaluator(GoldOptions.extraction()).evaluate(gold, dev, options.split);
            PrintWriter out = spec.commandLine().getOut();
            if (options.json) {
                out.println(EvaluationReport.json(ev, gold.file(), options.split, details));
                out.flush();
            } else {
                EvaluationReport.text(ev, gold.file(), options.split, details, out);
            }
            return ExitCode.OK;
        }
    }

    /** {@code softkg eval types}: accuracy of entity types on the gold arguments. */
    @Command(name = "types", mixinStandardHelpOptions = true,
            description = "Runs the extraction on the gold sentences and prints how often the entities of the gold "
                    + "arguments get their reference type.")
    static final class Types implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Mixin
        private GoldOptions options;

        @Override
        public Integer call() {
            GoldSet gold = options.readGold();
            DevSentences dev = options.readDev();
            TypeEvaluation t = TypeEvaluation.evaluate(gold, dev, options.split, GoldOptions.extraction());
            PrintWriter out = spec.commandLine().getOut();
            if (options.json) {
                out.println(EvaluationReport.json(t, gold.file(), options.split));
                out.flush();
            } else {
                EvaluationReport.text(t, gold.file(), options.split, out);
            }
            return ExitCode.OK;
        }
    }
}
