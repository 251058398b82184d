package org.softkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softkg.eval.SentenceHash;

/** {@code eval relations --by-rule --calibrate --write-rules --min-confidence} on a hand-made gold set. */
class EvalRuleTuningTest {

    /** Two rules for the tuning tests (a fork rule and a written-in rule), each with its example. */
    static final String TWO_RULES = """
                # two rules
                rule fork-noun
                  relation   forkedFrom
                  match      {S} [be] (a|an) fork of {O}
                  confidence 0.9
                  example    "[Quill|Application] is a fork of [InkPad|Application] ."
                  expect     Quill -> InkPad

                rule written-in
                  relation   writtenIn
                  match      {S} [be] written in {O}
                  confidence 0.8
                  example    "[Quill|Application] is written in [Rust|Language] ."
                  expect     Quill -> Rust
                """;

    @TempDir
    Path dir;

    private Path dev;
    private Path gold;
    private Path rules;

    private static String sentence(String... tokenTags) {
        StringBuilder b = new StringBuilder("<s>\n");
        for (String t : tokenTags) {
            String[] p = t.split("/");
            b.append(p[0]).append('\t').append(p.length > 1 ? p[1] : "O").append('\n');
        }
        return b.append("</s>\n").toString();
    }

    private static String goldLine(int id, List<String> tokens, String facts) {
        return "{\"id\": " + id + ", \"hash\": \"" + SentenceHash.of(tokens) + "\", \"split\": \"tune\", \"facts\": ["
                + facts + "]}\n";
    }

    @BeforeEach
    void files() throws Exception {
        dev = Files.writeString(dir.resolve("dev.txt"),
                sentence("Quillpad/B-Application", "is", "a", "fork", "of", "Inkwell/B-Application", ".")
                + sentence("Larkspur/B-Operating_System", "is", "a", "fork", "of", "Wrenix/B-Operating_System", "."));
        gold = Files.writeString(dir.resolve("gold.jsonl"),
                goldLine(0, List.of("Quillpad", "is", "a", "fork", "of", "Inkwell", "."),
                        "{\"s\": \"Quillpad\", \"r\": \"forkedFrom\", \"o\": \"Inkwell\"}")
                + goldLine(1, List.of("Larkspur", "is", "a", "fork", "of", "Wrenix", "."), ""));
        rules = Files.writeString(dir.resolve("test.rules"), TWO_RULES);
    }

    private CliRun eval(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("eval", "relations", "--gold", gold.toString(),
                "--data", dev.toString(), "--rules", rules.toString()));
        args.addAll(List.of(more));
        return CliRun.run(args.toArray(String[]::new));
    }

    @Test
    void byRuleListsEveryRuleWithItsCounts() {
        CliRun run = eval("--by-rule");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("fork-noun +forkedFrom +0\\.90 +2 +1 +0\\.50 +0\\.77")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("written-in +writtenIn +0\\.80 +0 +0 +- +0\\.80")), run.out());
        assertTrue(run.out().contains("domain/range: 0 facts dropped"), run.out());
    }

    @Test
    void calibratePrintsTheLinesAndWriteRulesRewritesTheFile() throws Exception {
        CliRun run = eval("--calibrate");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("rule fork-noun   (was 0.9)\n  confidence 0.77\n  # calibrated: prior 0.9, 1 right of 2 fired"),
                run.out());
        String before = Files.readString(rules);
        assertEquals(before, Files.readString(rules), "--calibrate alone leaves the file alone");
        CliRun write = eval("--write-rules");
        assertEquals(0, write.exitCode(), write.err());
        assertTrue(write.out().contains("1 rule confidence written into " + rules), write.out());
        String after = Files.readString(rules);
        assertTrue(after.contains("  confidence 0.77\n  # calibrated: prior 0.9, 1 right of 2 fired\n"), after);
        assertTrue(after.contains("  confidence 0.8\n"), after);
        assertEquals(before.lines().count() + 1, after.lines().count());
    }

    @Test
    void minConfidenceFiltersTheJudgedFacts() {
        CliRun all = eval("--json");
        CliRun none = eval("--json", "--min-confidence", "0.95");
        assertEquals(0, none.exitCode(), none.err());
        JsonObject a = JSON.parse(all.out()).get("overall").getAsObject();
        JsonObject n = JSON.parse(none.out()).get("overall").getAsObject();
        assertEquals(2, a.get("extracted").getAsNumber().value().intValue());
        assertEquals(0, n.get("extracted").getAsNumber().value().intValue());
    }

    @Test
    void calibratingOnHeldOutSentencesOrWithoutAFileIsRefused() {
        CliRun held = eval("--calibrate", "--split", "heldout");
        assertEquals(2, held.exitCode());
        assertTrue(held.err().contains("calibrate on the tune split only"), held.err());
        CliRun noFile = CliRun.run("eval", "relations", "--gold", gold.toString(), "--data", dev.toString(), "--write-rules");
        assertEquals(2, noFile.exitCode());
        assertTrue(noFile.err().contains("--write-rules needs --rules FILE"), noFile.err());
    }
}
