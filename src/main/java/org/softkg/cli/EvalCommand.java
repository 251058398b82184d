package org.softkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.softkg.ner.ConsistentNames;
import org.softkg.ner.NerEvaluator;
import org.softkg.ner.NerModels;
import org.softkg.ner.NerScore;
import org.softkg.ner.NerTrainer;
import org.softkg.ner.SoftwareNameFinder;
import java.util.concurrent.Callable;
import org.softkg.eval.DevSentences;
import org.softkg.eval.EvaluationReport;
import org.softkg.eval.GoldSet;
import org.softkg.eval.RelationEvaluation;
import org.softkg.eval.RelationEvaluator;
import org.softkg.eval.SentenceExtraction;
import org.softkg.eval.Split;
import org.apache.jena.atlas.json.JsonObject;
import org.softkg.consistency.ConstraintTally;
import org.softkg.consistency.FactChecks;
import org.softkg.eval.TypeEvaluation;
import org.softkg.rdf.Vocab;
import org.softkg.relation.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code softkg eval relations|types|ner}: measures the extractor and the name finder. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures relation extraction and entity typing against a gold set of development sentences, "
                + "or a name finder against tagged data.",
        subcommands = {EvalCommand.Relations.class, EvalCommand.Types.class, EvalCommand.Ner.class})
final class EvalCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command (relations, types, ner)");
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

        @Option(names = "--round", paramLabel = "N",
                description = "Only the sentences of annotation round N (a line without \"round\" is round 1).")
        Integer round;

        GoldSet readGold() {
            GoldSet all = GoldSet.read(gold);
            return round == null ? all : all.ofRound(round);
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

        @Mixin
        private RuleTuningOptions tuning;

        @Mixin
        private LearnedRelationOptions learnedRelations;

        @Override
        public Integer call() {
            tuning.check(spec, options.split);
            GoldSet gold = options.readGold();
            DevSentences dev = options.readDev();
            tuning.readJudged(dev, options.gold);
            RuleSet rules = tuning.rules();
            FactChecks checks = new FactChecks(tuning.minConfidence, new ConstraintTally(),
                    tuning.factScorer ? FactScorers.shipped() : null);
            RelationEvaluation ev = new RelationEvaluator(new SentenceExtraction(rules, checks, learnedRelations.stage()))
                    .evaluate(gold, dev, options.split);
            PrintWriter out = spec.commandLine().getOut();
            if (options.json) {
                JsonObject root = EvaluationReport.json(ev, gold.file(), options.split, details);
                tuning.json(root, rules, ev, checks.tally());
                out.println(root);
                out.flush();
            } else {
                EvaluationReport.text(ev, gold.file(), options.split, details, out);
                tuning.text(out, rules, ev, checks.tally());
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

        @Option(names = "--details", description = "List every found gold argument whose entity has another type, "
                + "with its sentence.")
        boolean details;

        @Override
        public Integer call() {
            GoldSet gold = options.readGold();
            DevSentences dev = options.readDev();
            TypeEvaluation t = TypeEvaluation.evaluate(gold, dev, options.split, GoldOptions.extraction());
            PrintWriter out = spec.commandLine().getOut();
            if (options.json) {
                out.println(EvaluationReport.json(t, gold.file(), options.split, details));
                out.flush();
            } else {
                EvaluationReport.text(t, gold.file(), options.split, details, out);
            }
            return ExitCode.OK;
        }
    }

    /** {@code softkg eval ner [--model M] --data FILE... [--folds K]}. */
    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {
                "Entity-level precision, recall and F1 (exact span and type, CoNLL scoring) per type, an error",
                "summary, and last 'overall precision P recall R f1 F'. Types the data does not use are left out.",
                "With --folds K: K-fold cross-validation of training (interleaved folds) instead of a model.",
                "FILE::test/N reads every Nth sentence of FILE only (the part 'train ner' leaves out with FILE::train/N).",
                "The training options (--algorithm ... --word-clusters) apply with --folds; --outside-weight also",
                "applies to a model (--model or the shipped one): it replaces the weight stored in the model.",
                "The names of all the --data sentences (of each fold's test part with --folds) are made consistent",
                "as one input: a generic word (no capital, no digit) tagged in few of its places there, with a low",
                "probability, is untagged (--no-consistent-names scores the name finder's names as they are)."
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

        @Option(names = "--also-train", arity = "1..*", paramLabel = "FILE",
                description = "With --folds: tagged files added to the training part of every fold, never scored.")
        private List<String> alsoTrain = List.of();

        @Mixin
        private NerTrainingOptions training;

        @Option(names = "--jobs", defaultValue = "1", paramLabel = "N",
                description = "With --folds: folds trained at once (about 2 GB of memory each; default: ${DEFAULT-VALUE}).")
        private int jobs;

        @Option(names = "--consistent-names", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "Untag generic words tagged in few of their places in the input with a low probability (default: on).")
        private boolean consistentNames;

        @Override
        public Integer call() {
            if (folds != null && model != null) {
                throw new ParameterException(spec.commandLine(), "--folds trains its own models: leave out --model");
            }
            if (folds == null && !alsoTrain.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--also-train needs --folds");
            }
            training.check(spec.commandLine());
            PrintWriter err = spec.commandLine().getErr();
            List<NameSample> samples = NerCli.read(data);
            NerScore score;
            if (folds != null) {
                NerTrainer.Options options = training.options(NerTrainer.Options.defaults().folds(), 1);
                List<NameSample> extra = alsoTrain.isEmpty() ? List.of() : NerCli.read(alsoTrain);
                score = NerCli.withTicker(err, folds + "-fold cross-validation", () -> NerEvaluator.crossValidate(
                        samples, extra, folds, options, jobs, consistent(), line -> { err.println(line); err.flush(); }));
            } else {
                TokenNameFinderModel m;
                try {
                    m = model == null ? NerModels.shipped() : NerModels.load(model);
                } catch (NerModels.NerModelException e) {
                    throw new UserException(e.getMessage());
                }
                NerEvaluator.evaluate(m, samples.subList(0, Math.min(200, samples.size()))); // warm-up
                long t0 = System.nanoTime();
                double weight = spec.commandLine().getParseResult().hasMatchedOption("--outside-weight")
                        ? training.outsideWeight : SoftwareNameFinder.outsideWeight(m);
                score = NerEvaluator.evaluate(m, samples, weight, consistent());
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

        private ConsistentNames consistent() {
            return consistentNames ? new ConsistentNames() : null;
        }
    }
}
