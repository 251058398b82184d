package org.softkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract --min-confidence}, the combined confidence in the listing and the domain/range line. */
class ExtractConfidenceTest {

    private static final Pattern CONFIDENCE = Pattern.compile("confidence (\\d\\.\\d\\d)\\)$");

    @TempDir
    Path dir;

    private static List<Double> confidences(String out) {
        return out.lines().map(CONFIDENCE::matcher).filter(Matcher::find).map(m -> Double.parseDouble(m.group(1))).toList();
    }

    @Test
    void aThresholdKeepsOnlyTheFactsAtOrAboveIt() {
        CliRun all = CliRun.run("extract", "examples/DragonFly_BSD.txt", "--store", dir.resolve("a").toString());
        assertEquals(0, all.exitCode(), all.err());
        assertTrue(all.out().contains("domain/range: "), all.out());
        List<Double> before = confidences(all.out());
        assertTrue(before.size() > 1, all.out());
        double threshold = before.stream().sorted().toList().get(before.size() / 2);
        CliRun some = CliRun.run("extract", "examples/DragonFly_BSD.txt", "--store", dir.resolve("b").toString(),
                "--min-confidence", Double.toString(threshold));
        assertEquals(0, some.exitCode(), some.err());
        List<Double> after = confidences(some.out());
        assertEquals(before.stream().filter(c -> c >= threshold).count(), after.size(), some.out());
        assertTrue(some.out().contains("facts below confidence"), some.out());
    }

    @Test
    void aFactStatedInTwoSentencesIsListedOnceWithTheCombinedConfidence() throws Exception {
        Path text = Files.writeString(dir.resolve("quill.txt"), """
                <s>
                Quillpad	B-Application
                is	O
                a	O
                fork	O
                of	O
                Inkwell	B-Application
                .	O
                </s>
                <s>
                Quillpad	B-Application
                was	O
                forked	O
                from	O
                Inkwell	B-Application
                .	O
                </s>
                """);
        CliRun run = CliRun.run("extract", text.toString(), "--input-format", "wikiser", "--store", dir.resolve("s").toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> forks = run.out().lines().filter(l -> l.contains("forkedFrom")).toList();
        assertEquals(1, forks.size(), run.out());
        assertTrue(forks.get(0).contains("sentences 1, 2, rules "), forks.get(0));
        assertTrue(run.out().contains(", 2 facts -> "), "two provenance records:\n" + run.out());
    }

    @Test
    void aThresholdOutsideZeroToOneIsAUsageError() {
        CliRun run = CliRun.run("extract", "examples/DragonFly_BSD.txt", "--store", dir.resolve("c").toString(),
                "--min-confidence", "1.5");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--min-confidence must be in [0,1]"), run.err());
    }
}
