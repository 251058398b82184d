package org.softkg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softkg.cli.SoftKg;
import org.softkg.ner.NerModels;
import org.softkg.relation.RuleSet;
import picocli.CommandLine;

/**
 * The Spark job in local mode ({@code local[2]}, two partitions) against the core's
 * {@code softkg extract --format nquads -o DIR/} on the same files: the same quads, line for line.
 */
class SparkExtractTest {

    /** A second WikiSER document, small and made here, so that the corpus has two files for two partitions. */
    private static final String NETBSD = String.join("\n",
            "<s>", "NetBSD\tB-Operating_System", "is\tO", "a\tO", "free\tO", "Unix-like\tB-Operating_System",
            "operating\tI-Operating_System", "system\tI-Operating_System", "derived\tO", "from\tO",
            "386BSD\tB-Operating_System", ".\tO", "</s>",
            "<s>", "It\tO", "is\tO", "written\tO", "in\tO", "C\tB-Language", ".\tO", "</s>", "");

    @TempDir
    static Path dir;

    static Path corpus;

    @BeforeAll
    static void corpus() throws IOException {
        Path example = Path.of(System.getProperty("softkg.examples", "../examples")).resolve("DragonFly_BSD.txt");
        assumeTrue(Files.isRegularFile(example), "the example document " + example + " is missing");
        corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(example, corpus.resolve("DragonFly_BSD.txt"));
        Files.writeString(corpus.resolve("NetBSD.txt"), NETBSD, StandardCharsets.UTF_8);
    }

    @Test
    void sparkQuadsEqualThoseOfSoftkgExtract() throws IOException {
        Path core = dir.resolve("core-shards");
        Run extract = Run.of(SoftKg.commandLine(), "extract", "--quiet", "--jobs", "1", "--format", "nquads",
                "-o", core + "/", corpus.toAbsolutePath().toString());
        assertEquals(0, extract.code, extract.err);

        Path spark = dir.resolve("spark-parts");
        Run job = Run.of(cli(), "--master", "local[2]", "--partitions", "2", "-o", spark.toString(),
                corpus.toAbsolutePath().toString());
        assertEquals(0, job.code, job.err);
        assertTrue(job.out.contains("2 documents"), job.out);

        List<Path> parts = files(spark, ".nq");
        assertEquals(2, parts.size(), "one part per partition: " + parts);
        List<String> expected = quads(files(core, ".nq"));
        List<String> actual = quads(parts);
        assertTrue(expected.size() > 100, "the core extraction wrote " + expected.size() + " quads");
        assertTrue(expected.stream().anyMatch(q -> q.contains("forkedFrom")), "a fact of the example document");
        assertEquals(expected, actual);

        // and the parts load with softkg load, as the core's shards do
        Path store = dir.resolve("store");
        Run load = Run.of(SoftKg.commandLine(), "load", "--store", store.toString(), spark.toString());
        assertEquals(0, load.code, load.err);
        assertTrue(load.out.contains("2 files, " + String.format("%,d", expected.size()) + " quads"), load.out);
    }

    @Test
    void theOptionsThatShapeTheGraphReachTheExecutors() throws IOException {
        // raw text (Markdown, tagged by the name finder) next to WikiSER; a user model file, user rules
        // (the default ones under new ids, alone), RDF 1.1 reification: the same flags for both runs
        Path examples = Path.of(System.getProperty("softkg.examples", "../examples"));
        Path mixed = Files.createDirectories(dir.resolve("options"));
        Files.copy(examples.resolve("DragonFly_BSD.txt"), mixed.resolve("DragonFly_BSD.txt"));
        Files.copy(examples.resolve("dragonfly-notes.md"), mixed.resolve("dragonfly-notes.md"));
        Path model = dir.resolve("model.bin");
        try (InputStream in = NerModels.class.getResourceAsStream(NerModels.DEFAULT_RESOURCE)) {
            Files.copy(in, model);
        }
        Path rules = dir.resolve("my.rules");
        try (InputStream in = RuleSet.class.getResourceAsStream(RuleSet.DEFAULT_RESOURCE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Files.writeString(rules, text.replaceAll("(?m)^rule ", "rule my-"), StandardCharsets.UTF_8);
        }
        String[] flags = {"--ner-model", model.toString(), "--rules", rules.toString(), "--only-rules", "--rdf11"};

        Path core = dir.resolve("options-core");
        List<String> extractArgs = new ArrayList<>(List.of("extract", "--quiet", "--jobs", "1", "--format", "nquads",
                "-o", core + "/"));
        extractArgs.addAll(List.of(flags));
        extractArgs.add(mixed.toAbsolutePath().toString());
        Run extract = Run.of(SoftKg.commandLine(), extractArgs.toArray(String[]::new));
        assertEquals(0, extract.code, extract.err);

        Path spark = dir.resolve("options-parts");
        List<String> jobArgs = new ArrayList<>(List.of("--master", "local[2]", "-o", spark.toString()));
        jobArgs.addAll(List.of(flags));
        jobArgs.add(mixed.toAbsolutePath().toString());
        Run job = Run.of(cli(), jobArgs.toArray(String[]::new));
        assertEquals(0, job.code, job.err);

        List<String> expected = quads(files(core, ".nq"));
        List<String> actual = quads(files(spark, ".nq"));
        assertTrue(expected.stream().anyMatch(q -> q.contains("\"my-fork")), "facts by the user's rules");
        assertTrue(expected.stream().anyMatch(q -> q.contains("#Statement>")), "RDF 1.1 reification");
        assertTrue(expected.stream().anyMatch(q -> q.contains("/doc/dragonfly-notes>")), "the Markdown document");
        assertEquals(expected, actual);

        Run badModel = Run.of(cli(), "--master", "local[2]", "--ner-model", rules.toString(), "-o",
                dir.resolve("never").toString(), mixed.toString());
        assertEquals(1, badModel.code);
        assertTrue(badModel.err.startsWith("softkg-spark: " + rules + ": not a valid name finder model"), badModel.err);
        assertFalse(Files.exists(dir.resolve("never")));
    }

    @Test
    void badInputIsReportedAndTheOtherFilesAreWritten() throws IOException {
        Path mixed = Files.createDirectories(dir.resolve("mixed"));
        Files.writeString(mixed.resolve("NetBSD.txt"), NETBSD, StandardCharsets.UTF_8);
        Files.writeString(mixed.resolve("Broken.txt"), "<s>\nFoo\tB-Nonsense_Type\n</s>\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("mixed-parts");
        Run job = Run.of(cli(), "--master", "local[2]", "--gzip", "-o", out.toString(), mixed.toString());
        assertEquals(1, job.code, job.out + job.err);
        assertTrue(job.err.contains("Broken.txt:2:"), job.err);
        assertFalse(job.err.contains("\tat "), "no stack trace: " + job.err);
        List<String> quads = quads(files(out, ".nq.gz"));
        assertTrue(quads.stream().anyMatch(q -> q.contains("/doc/NetBSD>")), "NetBSD's graph is written");
        assertFalse(quads.stream().anyMatch(q -> q.contains("Broken")), "nothing of the broken file");

        Run again = Run.of(cli(), "--master", "local[2]", "-o", out.toString(), mixed.toString());
        assertEquals(1, again.code);
        assertTrue(again.err.contains("exists already"), again.err);

        Path missing = dir.resolve("no-such-corpus");
        Run none = Run.of(cli(), "--master", "local[2]", "-o", dir.resolve("none-parts").toString(), missing.toString());
        assertEquals(1, none.code);
        assertTrue(none.err.startsWith("softkg-spark: the job failed: ") && none.err.contains("no-such-corpus"), none.err);
        assertEquals(1, none.err.strip().lines().count(), "one line: " + none.err);
    }

    private static CommandLine cli() {
        return new CommandLine(new SparkExtract()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** The files of a folder with the given ending, sorted. */
    private static List<Path> files(Path folder, String ending) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(ending)).sorted().toList();
        }
    }

    /** All quads of the files, one per line, sorted: the order of documents across parts is Spark's. */
    private static List<String> quads(List<Path> files) throws IOException {
        List<String> all = new ArrayList<>();
        for (Path f : files) {
            try (InputStream raw = Files.newInputStream(f);
                 InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).forEach(all::add);
            }
        }
        all.sort(null);
        return all;
    }

    /** One command run with its exit code and output. */
    private record Run(int code, String out, String err) {
        static Run of(CommandLine cli, String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute(args);
            return new Run(code, out.toString(), err.toString());
        }
    }
}
