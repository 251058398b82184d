package org.softkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainRelationsCommandTest {

    @TempDir
    Path dir;

    @Test
    void theHeldOutPartIsNeverLearnedFrom() {
        CliRun run = CliRun.run("train", "relations", "--gold", "eval/gold/dev-relations.jsonl", "--split", "heldout");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--split must be tune"), run.err());
    }

    @Test
    void aMissingRelationModelIsOneLineAndNoStore() {
        Path store = dir.resolve("store");
        Path model = dir.resolve("none.bin");
        CliRun run = CliRun.run("extract", "--store", store.toString(), "--relations-model", model.toString(),
                "examples/DragonFly_BSD.txt");
        assertEquals(1, run.exitCode());
        assertEquals("softkg: " + model + ": no such relation model file", run.err().strip());
        assertFalse(Files.exists(store));
    }

    @Test
    void aCorruptRelationModelIsOneLine() throws Exception {
        Path model = dir.resolve("junk.bin");
        Files.writeString(model, "junk");
        CliRun run = CliRun.run("extract", "--store", dir.resolve("s").toString(), "--relations-model", model.toString(),
                "examples/DragonFly_BSD.txt");
        assertEquals(1, run.exitCode());
        assertEquals("softkg: " + model + ": not a softkg relation model (corrupt or truncated)", run.err().strip());
    }

    @Test
    void theExampleKeepsItsFactsWithAndWithoutTheClassifier() {
        CliRun with = CliRun.run("extract", "--store", dir.resolve("a").toString(), "--learned-relations",
                "examples/DragonFly_BSD.txt");
        CliRun without = CliRun.run("extract", "--store", dir.resolve("b").toString(), "examples/DragonFly_BSD.txt");
        assertEquals(0, with.exitCode(), with.err());
        assertEquals(0, without.exitCode(), without.err());
        for (CliRun r : new CliRun[] {with, without}) {
            assertTrue(r.out().contains("DragonFly BSD  developedBy   Matthew Dillon"), r.out());
            assertTrue(r.out().contains("DragonFly BSD  influencedBy  AmigaOS"), r.out());
        }
        // the shipped classifier is almost silent at its threshold: it adds nothing to the example
        assertEquals(without.out().lines().filter(l -> l.startsWith("  ")).toList(),
                with.out().lines().filter(l -> l.startsWith("  ")).toList());
    }

    @Test
    void excludingEveryTuningSentenceIsOneLine() {
        CliRun run = CliRun.run("train", "relations", "--gold", "eval/gold/dev-relations.jsonl", "--exclude",
                "eval/gold/dev-relations.jsonl");
        assertEquals(1, run.exitCode());
        assertEquals("softkg: eval/gold/dev-relations.jsonl: no tuning sentence is left once the sentences of "
                + "eval/gold/dev-relations.jsonl are left out", run.err().strip());
    }

    @Test
    void aMissingExcludeFileIsOneLine() {
        Path none = dir.resolve("none.jsonl");
        CliRun run = CliRun.run("train", "relations", "--gold", "eval/gold/dev-relations.jsonl", "--exclude", none.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().strip().startsWith("softkg: " + none), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }
}
