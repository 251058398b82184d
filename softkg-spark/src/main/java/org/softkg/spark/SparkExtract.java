package org.softkg.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.softkg.corpus.InputFormat;
import org.softkg.corpus.InputFormatException;
import org.softkg.ner.NerModels;
import org.softkg.rdf.Reification;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The job's command line, for {@code spark-submit --class org.softkg.spark.SparkExtract}: the options of
 * {@code softkg extract} that shape the graph, and where the N-Quads parts go. Exit 0 when all went well,
 * 1 when input problems were reported (the other documents were written) or the job failed, 2 for usage
 * errors; failures are one line on stderr.
 */
@Command(name = "softkg-spark", mixinStandardHelpOptions = true, version = "softkg-spark 0.1.0",
        description = {
            "Runs softkg's extraction on Apache Spark, one pipeline per partition, over a corpus of files",
            "(local paths or any Hadoop file system: hdfs://, s3a://...), and writes the graph as N-Quads",
            "parts (part-r-NNNNN.nq) into a NEW folder, for 'softkg load DIR/' or a cluster triple store.",
            "The quads are those 'softkg extract --format nquads -o DIR/' writes for the same files."
        })
public final class SparkExtract implements Callable<Integer> {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders (read recursively) or globs.")
    private List<String> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "The folder for the N-Quads parts; it must not exist yet.")
    private String output;

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto (from the name and content), wikiser, conll, raw or markdown (default: ${DEFAULT-VALUE}).")
    private InputFormat inputFormat;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Relation rules of your own (a local file, read by the driver), used with the default rules.")
    private Path rules;

    @Option(names = "--only-rules", description = "With --rules: use only your rules, not the default ones.")
    private boolean onlyRules;

    @Option(names = "--ner-model", paramLabel = "FILE",
            description = "Name finder model for raw text (from 'softkg train ner'; a local file, read by the driver"
                    + " and shipped with the job; default: the shipped model).")
    private Path nerModel;

    @Option(names = "--rdf11", description = "Provenance as RDF 1.1 rdf:Statement reification instead of RDF 1.2 rdf:reifies.")
    private boolean rdf11;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "At least N partitions (default: Spark's default parallelism).")
    private int partitions;

    @Option(names = "--gzip", description = "Write gzip-compressed parts (part-r-NNNNN.nq.gz).")
    private boolean gzip;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when not started by spark-submit (default: spark-submit's, else local[*]).")
    private String master;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (onlyRules && rules == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--only-rules needs --rules FILE");
        }
        if (partitions < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--partitions must not be negative");
        }
        JobSettings settings;
        try {
            settings = new JobSettings(inputFormat, rdf11 ? Reification.RDF11 : Reification.RDF12,
                    rules == null ? null : rules.toString(), readRules(), onlyRules, readNerModel());
            settings.rules();
        } catch (InputFormatException | IllegalArgumentException | NerModels.NerModelException e) {
            err.println("softkg-spark: " + e.getMessage());
            return 1;
        }
        SparkConf conf = new SparkConf().setAppName("softkg extract");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        SparkSummary s;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            s = new SparkExtraction(sc, settings).run(inputs, output, partitions, gzip);
        } catch (IllegalArgumentException e) {
            err.println("softkg-spark: " + e.getMessage());
            return 1;
        } catch (Exception e) { // Hadoop's checked IOExceptions pass through Scala unchecked
            err.println("softkg-spark: the job failed: " + rootMessage(e));
            return 1;
        }
        for (String p : s.problems()) {
            err.println("softkg-spark: " + p);
        }
        out.printf("%,d document%s, %,d sentences, %,d tokens: %,d entities, %,d facts -> N-Quads parts in %s (%.1f s)%n",
                s.documents(), s.documents() == 1 ? "" : "s", s.sentences(), s.tokens(), s.entities(), s.facts(),
                output, s.seconds());
        if (!s.problems().isEmpty()) {
            out.printf("%d input problem%s reported above; the other documents were processed.%n",
                    s.problems().size(), s.problems().size() == 1 ? "" : "s");
        }
        out.flush();
        return s.problems().isEmpty() ? 0 : 1;
    }

    private List<String> readRules() {
        if (rules == null) {
            return List.of();
        }
        try {
            return Files.readAllLines(rules, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputFormatException(rules.toString(), 0, "cannot read rule file: " + e.getMessage());
        }
    }

    /** The model file's bytes, after {@link NerModels#load} found it a usable model (one line if not). */
    private byte[] readNerModel() {
        if (nerModel == null) {
            return null;
        }
        NerModels.load(nerModel);
        try {
            return Files.readAllBytes(nerModel);
        } catch (IOException e) {
            throw new NerModels.NerModelException(nerModel + ": cannot read: " + e.getMessage());
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    /** Runs the job; exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the job in this JVM and returns the exit code (tests). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new SparkExtract()).setCaseInsensitiveEnumValuesAllowed(true);
        return cli.execute(args);
    }
}
