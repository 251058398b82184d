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
            "(reading lines, OpenNLP POS + lemma, Jena's TDB2 bulk loader) and each stage's ratio to its floor.",
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
            description = "Workers for the end-to-end figure (default: ${DEFAULT-VALUE}; stages are timed on one).")
    private int jobs;

    @Option(names = "--tagging",
            description = "Measure raw-text tagging instead (the corpus joined back into text; sentences, tokens,"
                    + " name finder, POS + lemma), in tokens per second on one thread and on every core.")
    private boolean tagging;

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
                }).run();
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
