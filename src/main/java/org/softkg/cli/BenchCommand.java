package org.softkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.softkg.bench.BenchCorpus;
import org.softkg.bench.BenchReport;
import org.softkg.bench.Benchmark;
import org.softkg.rdf.Vocab;
import org.softkg.relation.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code softkg bench}: times the real pipeline per stage and the floors of the same libraries. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {
            "Runs the extraction pipeline on a corpus (a warm-up, then N timed passes into a temporary TDB2 store)",
            "and prints medians and spreads per stage, end to end, the floors of the libraries on the same input",
            "(reading lines, OpenNLP POS, OpenNLP POS + lemma, Jena's TDB2 bulk loader), each stage's ratio to its",
            "floor (on CPU time, which a loaded machine moves less), and each speed target with its figure.",
            "Default corpus: " + BenchCorpus.DEFAULT_RELATIVE + " when present, else the example document repeated."
        })
final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "FILE", arity = "1..*",
            description = "Tagged corpus files or folders (WikiSER or CoNLL).")
    private List<Path> corpus;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "3",
            description = "Timed passes after the warm-up (default: ${DEFAULT-VALUE}).")
    private int repeat;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1",
            description = {"With N > 1, also time extract's parallel driver with 1 and with N workers on a corpus of",
                "many documents and print the speed-up (default: ${DEFAULT-VALUE}; stages are always timed on one)."})
    private int jobs;

    @Option(names = "--memory", paramLabel = "SENTENCES", arity = "0..1", defaultValue = "0", fallbackValue = "20000",
            description = {"Also check that memory stays flat: extract generated corpora of SENTENCES (default 20000)",
                "and ten times as many sentences (documents of 100) and compare their peak live heap.",
                "Long (minutes); run it with SOFTKG_JAVA_OPTS=-Xmx512m to hold the issue's limit."})
    private long memory;

    @Option(names = "--tagging",
            description = "Measure raw-text tagging instead (the corpus joined back into text; sentences, tokens,"
                    + " name finder, POS + lemma), in tokens per second on one thread and on every core.")
    private boolean tagging;

    @Option(names = "--raw",
            description = "Also time raw text end to end on one worker: the corpus joined back into one document of"
                    + " plain text, through sentence detection, tokenization, the name finder and the whole pipeline"
                    + " into TDB2 (a warm-up and --repeat passes).")
    private boolean raw;

    @Option(names = "--json", description = "Print the figures as JSON instead of a table.")
    private boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
    private boolean quiet;

    @Override
    public Integer call() {
        if (repeat < 1) {
            throw new ParameterException(spec.commandLine(), "--repeat must be at least 1");
        }
        if (jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1");
        }
        if (memory < 0) {
            throw new ParameterException(spec.commandLine(), "--memory must be a number of sentences");
        }
        BenchCorpus input;
        try {
            input = corpus == null || corpus.isEmpty() ? BenchCorpus.defaultCorpus() : BenchCorpus.of(corpus);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        if (tagging) {
            try {
                return TaggingBenchRun.run(input, repeat, spec.commandLine().getOut(), quiet ? null : err);
            } finally {
                input.cleanUp();
            }
        }
        try {
            BenchReport report;
            try {
                report = new Benchmark(input, RuleSet.loadDefault(Vocab.relationNames()), repeat, jobs, line -> {
                    if (!quiet) {
                        err.println("softkg bench: " + line);
                        err.flush();
                    }
                }, memory).withRawText(raw).run();
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.print(report.toJson());
            } else {
                report.print(out);
            }
            out.flush();
            return ExitCode.OK;
        } finally {
            input.cleanUp();
        }
    }
}
