package org.softkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softkg.eval.SentenceHash;

/** {@code eval relations --judged FILE}: judged facts of text outside the gold set in --by-rule and the calibration. */
class EvalJudgedTest {

    @TempDir
    Path dir;

    private Path dev;
    private Path gold;
    private Path rules;
    private Path judged;

    private static final List<List<String>> SENTENCES = List.of(
            List.of("Quillpad", "is", "a", "fork", "of", "Inkwell", "."),
            List.of("Larkspur", "is", "a", "fork", "of", "Wrenix", "."),
            List.of("Marlin", "is", "a", "fork", "of", "Wrenix", "."),
            List.of("Tidepool", "is", "a", "fork", "of", "Heron", "."),
            List.of("Marlin", "is", "a", "fork", "of", "Wrenix", "."),
            List.of("Quill", "is", "written", "in", "Rust", "."));

    private static String hash(int i) {
        return SentenceHash.of(SENTENCES.get(i));
    }

    @BeforeEach
    void files() throws Exception {
        StringBuilder d = new StringBuilder();
        for (List<String> s : SENTENCES) {
            d.append("<s>\n");
            for (int k = 0; k < s.size(); k++) {
                boolean name = k == 0 || k == s.size() - 2;
                d.append(s.get(k)).append('\t').append(name ? "B-Application" : "O").append('\n');
            }
            d.append("</s>\n");
        }
        dev = Files.writeString(dir.resolve("dev.txt"), d.toString());
        gold = Files.writeString(dir.resolve("gold.jsonl"),
                "{\"id\": 0, \"hash\": \"" + hash(0) + "\", \"split\": \"tune\", \"facts\": [{\"s\": \"Quillpad\", "
                        + "\"r\": \"forkedFrom\", \"o\": \"Inkwell\"}]}\n"
                        + "{\"id\": 1, \"hash\": \"" + hash(1) + "\", \"split\": \"tune\", \"facts\": []}\n");
        rules = Files.writeString(dir.resolve("test.rules"), EvalRuleTuningTest.TWO_RULES.replace("# two rules\n", ""));
        judged = Files.writeString(dir.resolve("judged.tsv"), "# judged by hand\n"
                + "sentence\thash\tsubject\trelation\tobject\trule\tverdict\n"
                + "2\t" + hash(2) + "\tMarlin\tforkedFrom\tWrenix\tfork-noun\tright\n"
                + "3\t" + hash(3) + "\tTidepool\tforkedFrom\tHeron\tfork-noun\twrong\n"
                + "4\t" + hash(4) + "\tMarlin\tforkedFrom\tWrenix\tfork-noun\tright\n"
                + "5\t" + hash(5) + "\tQuill\twrittenIn\tRust\twritten-in\tright\n");
    }

    private CliRun eval(String... more) {
        List<String> args = new ArrayList<>(List.of("eval", "relations", "--gold", gold.toString(),
                "--data", dev.toString(), "--rules", rules.toString()));
        args.addAll(List.of(more));
        return CliRun.run(args.toArray(String[]::new));
    }

    @Test
    void byRuleAddsTheJudgedCountsAndBlendsThem() {
        CliRun run = eval("--by-rule", "--judged", judged.toString());
        assertEquals(0, run.exitCode(), run.err());
        // fork-noun: tune 1 right of 2; judged Marlin (twice, counted once) right, Tidepool wrong:
        // (1 + 1 + 4 * 0.9) / (2 + 2 + 4) = 0.70
        assertTrue(run.out().lines().anyMatch(l -> l.matches(
                "fork-noun +forkedFrom +0\\.90 +2 +1 +0\\.50 +2 +1 +0\\.50 +0\\.70")), run.out());
        // written-in never fired on the gold set, once right on judged text: (1 + 3.2) / 5 = 0.84
        assertTrue(run.out().lines().anyMatch(l -> l.matches(
                "written-in +writtenIn +0\\.80 +0 +0 +- +1 +1 +1\\.00 +0\\.84")), run.out());
        assertTrue(run.out().contains("judged facts: 4 rows of 1 file, 3 distinct facts"), run.out());
        CliRun plain = eval("--by-rule");
        assertTrue(plain.out().lines().anyMatch(l -> l.matches("fork-noun +forkedFrom +0\\.90 +2 +1 +0\\.50 +0\\.77")),
                plain.out());
    }

    @Test
    void calibrateWritesTheBlendAndRecordsBothCounts() throws Exception {
        CliRun write = eval("--write-rules", "--judged", judged.toString());
        assertEquals(0, write.exitCode(), write.err());
        String after = Files.readString(rules);
        assertTrue(after.contains("  confidence 0.7\n  # calibrated: prior 0.9, 2 right of 4 fired (tune 1 of 2, judged 1 of 2)\n"),
                after);
        assertTrue(after.contains("  confidence 0.84\n  # calibrated: prior 0.8, 1 right of 1 fired (tune 0 of 0, judged 1 of 1)\n"),
                after);
        CliRun again = eval("--write-rules", "--judged", judged.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(after, Files.readString(rules), "calibrating twice on the same figures changes nothing");
    }

    @Test
    void judgedFactsOnHeldOutOrWithMinConfidenceAreRefused() {
        CliRun held = eval("--by-rule", "--split", "heldout", "--judged", judged.toString());
        assertEquals(2, held.exitCode());
        assertTrue(held.err().contains("--judged calibrates with the tune split only"), held.err());
        CliRun min = eval("--by-rule", "--min-confidence", "0.5", "--judged", judged.toString());
        assertEquals(2, min.exitCode());
    }

    @Test
    void aStaleHashIsOneLineNamingFileAndLine() throws Exception {
        Files.writeString(judged, Files.readString(judged).replace("5\t" + hash(5), "5\t" + hash(2)));
        String before = Files.readString(rules);
        CliRun run = eval("--write-rules", "--judged", judged.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().strip().startsWith("softkg: " + judged + ":6: hash " + hash(2) + " does not match sentence 5 of " + dev),
                run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertEquals(before, Files.readString(rules), "nothing written");
    }

    @Test
    void aJudgedGoldSentenceIsRefused() throws Exception {
        Files.writeString(judged, Files.readString(judged) + "1\t" + hash(1) + "\tLarkspur\tforkedFrom\tWrenix\tfork-noun\twrong\n");
        CliRun run = eval("--by-rule", "--judged", judged.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(judged + ":7: sentence 1 is in the gold set"), run.err());
    }
}
