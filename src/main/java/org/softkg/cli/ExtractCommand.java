package org.softkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.softkg.ner.NerModels;
import org.softkg.confidence.AggregatedFact;
import org.softkg.confidence.FactAggregation;
import org.softkg.consistency.ConstraintTally;
import org.softkg.consistency.FactChecks;
import org.softkg.nlp.SharedModels;
import org.softkg.ner.StoreNameReader;
import org.softkg.ner.ConsistentNames;
import org.softkg.ner.StoreNames;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.softkg.corpus.InputFormat;
import org.softkg.model.Document;
import org.softkg.model.Entity;
import org.softkg.model.Fact;
import org.softkg.pipeline.DocumentSink;
import org.softkg.pipeline.ExtractionSummary;
import org.softkg.pipeline.ParallelExtraction;
import org.softkg.pipeline.DocumentStage;
import org.softkg.pipeline.StandardPipeline;
import org.softkg.rdf.Vocab;
import org.softkg.relation.RuleSet;
import org.softkg.store.RdfFileSink;
import org.softkg.store.StoreSink;
import org.softkg.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code softkg extract INPUT...}: text in, facts into the store or an RDF file. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {
            "Extracts entities and facts from tagged corpora (WikiSER, CoNLL), raw text and Markdown",
            "(files, folders, .gz, '-' for stdin); raw text is tagged by the name finder (--ner-model),",
            "into the store (default), or into an RDF file with -o/--format.",
            "Re-extracting a document replaces its graph; a bad file is reported and skipped."
        })
final class ExtractCommand implements Callable<Integer> {

    /** Up to this many facts are listed after the summary. */
    private static final int LIST_LIMIT = 60;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders or '-' (stdin).")
    private List<String> inputs;

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto (from the name and content), wikiser, conll, raw or markdown (default: ${DEFAULT-VALUE}).")
    private InputFormat inputFormat;

    @Option(names = "--ner-model", paramLabel = "FILE",
            description = "Name finder model for raw text (from 'softkg train ner'; default: the shipped model).")
    private Path nerModel;

    @Option(names = "--store-names", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Find the names of the store's entities again in raw text, next to the name finder's"
                    + " (default: on when extracting into the store; --no-store-names turns it off).")
    private boolean storeNames;

    @Option(names = "--consistent-names", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "In each raw-text document, untag generic words the name finder tagged in few of their"
                    + " places with a low probability (default: on).")
    private boolean consistentNames;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Relation rules of your own, used with the default rules.")
    private Path rules;

    @Option(names = "--only-rules", description = "With --rules: use only your rules, not the default ones.")
    private boolean onlyRules;

    @Option(names = {"-q", "--quiet"}, description = "Print the summary only: no facts, no progress on stderr.")
    private boolean quiet;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0",
            description = "Keep only facts whose confidence, combined over the sentences of a document that state "
                    + "them, is at least X, in [0,1] (default: ${DEFAULT-VALUE}, keep all).")
    private double minConfidence;

    @Option(names = "--fact-scorer", description = "Rescore each fact's confidence from its sentence (a form of "
            + "be/have between the names, an untagged subject) with the shipped fact-evidence scorer, before "
            + "--min-confidence (default: off, the rule's confidence; README, \"Scoring each fact by its sentence\").")
    private boolean factScorer;

    @Option(names = "--jobs", paramLabel = "N",
            description = "Worker threads (default: the number of cores); the output is the same for any N.")
    private Integer jobs;

    @Mixin
    private LearnedRelationOptions learnedRelations;

    @Mixin
    private StoreOptions storeOptions;

    @Mixin
    private RdfOutputOptions rdfOptions;

    @Mixin
    private ExtractPushOptions pushOptions;

    @Override
    public Integer call() {
        SharedModels.preloadInBackground(); // overlaps model loading with Jena's start-up and the store opening
        RuleSet ruleSet = loadRules();
        // with RDF on stdout, the report goes to stderr so that the RDF stays parseable
        PrintWriter report = rdfOptions.requested() && rdfOptions.toStdout()
                ? spec.commandLine().getErr() : spec.commandLine().getOut();
        SmallRun small = new SmallRun();
        int workers = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (workers < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1");
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--min-confidence must be in [0,1]");
        }
        FactChecks checks = new FactChecks(minConfidence, new ConstraintTally(), factScorer ? FactScorers.shipped() : null);
        DocumentStage learned = learnedRelations.stage();
        Supplier<TokenNameFinderModel> names = nameFinder();
        AtomicReference<Supplier<StoreNames>> knownSource = new AtomicReference<>(StoreNames::empty);
        Supplier<StoreNames> known = new KnownNames(knownSource);
        Progress progress = Progress.start(spec.commandLine().getErr(), inputs, quiet);
        ParallelExtraction extraction = new ParallelExtraction(
                () -> StandardPipeline.forRawText(ruleSet, names, known, workers, checks, learned,
                        consistentNames ? new ConsistentNames() : null), inputFormat, workers,
                problem -> spec.commandLine().getErr().println("softkg: " + problem),
                d -> {
                    small.keep(d);
                    progress.document(d);
                });
        ExtractionSummary summary;
        String destination;
        String push = pushOptions.endpoint == null ? "" : " and " + pushOptions.endpoint;
        try (progress) {
            if (rdfOptions.requested() && ShardOutput.isFolder(spec, rdfOptions.output)) {
                summary = ShardOutput.extract(extraction, inputs, rdfOptions);
                destination = "N-Quads shards in " + rdfOptions.output;
            } else if (rdfOptions.requested()) {
                try (OutputTarget target = OutputTarget.open(rdfOptions.output, System.out);
                     DocumentSink sink = pushOptions.wrap(new RdfFileSink(target.stream(), rdfOptions.syntax(),
                             rdfOptions.reification()), rdfOptions.reification())) {
                    summary = extraction.run(inputs, sink);
                    sink.close();
                    target.commit();
                }
                destination = (rdfOptions.toStdout() ? "stdout" : rdfOptions.output.toString()) + push;
            } else {
                try (TdbStore store = StoreAccess.openOrCreate(storeOptions.store);
                     DocumentSink sink = pushOptions.wrap(new StoreSink(store, StoreSink.DEFAULT_BATCH),
                             rdfOptions.reification())) {
                    if (storeNames) {
                        knownSource.set(() -> StoreNameReader.read(store));
                    }
                    summary = extraction.run(inputs, sink);
                }
                destination = "store " + storeOptions.store + push;
            }
        }
        report.printf("%s, %s, %s: %s, %s -> %s (%.1f s)%n", count(summary.documents(), "document", "documents"),
                count(summary.sentences(), "sentence", "sentences"), count(summary.tokens(), "token", "tokens"),
                count(summary.entities(), "entity", "entities"), count(summary.facts(), "fact", "facts"),
                destination, summary.seconds());
        report.println(checks.tally().summary() + (minConfidence > 0
                ? String.format(java.util.Locale.ROOT, "; facts below confidence %.2f left out", minConfidence) : ""));
        if (!quiet) {
            listFacts(small.documents(), report);
        }
        if (summary.problems() > 0) {
            report.printf("%d input problem%s reported above; the other documents were processed.%n",
                    summary.problems(), summary.problems() == 1 ? "" : "s");
        }
        report.flush();
        return summary.problems() > 0 ? ExitCode.FAILED : ExitCode.OK;
    }

    /** The user's model, loaded now so that a bad file is one error before any work; the shipped one lazily. */
    private Supplier<TokenNameFinderModel> nameFinder() {
        try {
            if (nerModel != null) {
                TokenNameFinderModel m = NerModels.load(nerModel);
                return () -> m;
            }
        } catch (NerModels.NerModelException e) {
            throw new UserException(e.getMessage());
        }
        return NerModels::shipped;
    }

    private RuleSet loadRules() {
        var known = Vocab.relationNames();
        if (rules == null) {
            if (onlyRules) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--only-rules needs --rules FILE");
            }
            return RuleSet.loadDefault(known);
        }
        if (!Files.isReadable(rules)) {
            throw new UserException(rules + ": cannot read the rule file");
        }
        return onlyRules ? RuleSet.load(rules, known) : RuleSet.loadDefaultPlus(rules, known);
    }

    /** The documents of a run, kept for the fact listing while their facts fit in {@link #LIST_LIMIT}. */
    private static final class SmallRun {
        private final List<Document> documents = new ArrayList<>();
        private int facts;
        private boolean tooMany;

        void keep(Document d) {
            if (tooMany) {
                return;
            }
            facts += d.facts().size();
            if (facts <= LIST_LIMIT) {
                documents.add(d);
            } else {
                tooMany = true;
                documents.clear();
            }
        }

        /** The documents to list; none when the run had too many facts. */
        List<Document> documents() {
            return documents;
        }
    }

    /** {@code n} with the noun's singular or plural form: "1 sentence", "2,004 tokens". */
    static String count(long n, String one, String many) {
        return String.format(java.util.Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }

    private static void listFacts(List<Document> docs, PrintWriter out) {
        List<FactLine> lines = new ArrayList<>();
        for (Document d : docs) {
            Map<String, String> labels = d.entities().stream()
                    .collect(Collectors.toMap(Entity::iri, Entity::label, (a, b) -> a));
            Function<String, String> label = iri -> labels.getOrDefault(iri, iri);
            for (AggregatedFact a : FactAggregation.of(d)) {
                FactLine line = new FactLine(label.apply(a.subject()), a.relation(), label.apply(a.object()),
                        where(d.id(), a));
                if (!lines.contains(line)) {
                    lines.add(line);
                }
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        int w0 = lines.stream().mapToInt(r -> r.subject().length()).max().orElse(1);
        int w1 = lines.stream().mapToInt(r -> r.relation().length()).max().orElse(1);
        int w2 = lines.stream().mapToInt(r -> r.object().length()).max().orElse(1);
        String row = "  %-" + w0 + "s  %-" + w1 + "s  %-" + w2 + "s  (%s)%n";
        out.println();
        for (FactLine r : lines) {
            out.printf(row, r.subject(), r.relation(), r.object(), r.where());
        }
    }

    /** {@code doc sentence 2, rule r, confidence 0.90}, or {@code doc sentences 2, 5, rules r, q, confidence 0.97}. */
    private static String where(String doc, AggregatedFact a) {
        List<String> sentences = a.records().stream().map(f -> Integer.toString(f.evidence().sentence() + 1))
                .distinct().toList();
        List<String> ruleIds = a.records().stream().map(Fact::rule).distinct().toList();
        return doc + (sentences.size() == 1 ? " sentence " : " sentences ") + String.join(", ", sentences)
                + (ruleIds.size() == 1 ? ", rule " : ", rules ") + String.join(", ", ruleIds)
                + String.format(java.util.Locale.ROOT, ", confidence %.2f", a.confidence());
    }

    /** One fact as the user reads it. */
    private record FactLine(String subject, String relation, String object, String where) {
    }

    /**
     * The names of the store's entities, read once, on the first raw-text document (tagged input never
     * reads them, so a large store costs nothing there); shared by the workers.
     */
    private static final class KnownNames implements Supplier<StoreNames> {
        private final AtomicReference<Supplier<StoreNames>> source;
        private StoreNames names;

        KnownNames(AtomicReference<Supplier<StoreNames>> source) {
            this.source = source;
        }

        @Override
        public synchronized StoreNames get() {
            if (names == null) {
                names = source.get().get();
            }
            return names;
        }
    }
}
