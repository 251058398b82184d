package org.softkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softkg.eval.RelationEvaluation;

/** {@code softkg eval relations|types} on the committed gold set and on hand-made files. */
class EvalCommandTest {

    private static final String GOLD = "eval/gold/dev-relations.jsonl";

    @TempDir
    Path dir;

    private static String devFile() {
        String root = System.getProperty("softkg.shared.data");
        assumeTrue(root != null, "system property softkg.shared.data not set");
        Path dev = Path.of(root, "wikiser-small/dev.txt");
        assumeTrue(Files.isRegularFile(dev), dev + " is absent");
        return dev.toString();
    }

    @Test
    void relationsPrintsEveryRelationAndAnOverallLine() {
        CliRun run = CliRun.run("eval", "relations", "--gold", GOLD, "--data", devFile(), "--split", "heldout");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("split heldout: "), run.out());
        for (String r : RelationEvaluation.RELATIONS) {
            assertTrue(run.out().lines().anyMatch(l -> l.matches(r + " +\\d+ +\\d+ +\\d+ +\\d+ +[0-9.]+ +[0-9.]+ +[0-9.]+")),
                    "row of " + r + " in\n" + run.out());
        }
        assertTrue(run.out().lines().anyMatch(l -> l.matches("overall +\\d+ +\\d+ +\\d+ +\\d+ +[0-9.]+ +[0-9.]+ +[0-9.]+")),
                run.out());
    }

    @Test
    void jsonWithDetailsCarriesTheFiguresAndTheSentences() {
        CliRun run = CliRun.run("eval", "relations", "--gold", GOLD, "--data", devFile(), "--split", "tune",
                "--json", "--details");
        assertEquals(0, run.exitCode(), run.err());
        JsonObject o = JSON.parse(run.out());
        assertEquals("tune", o.get("split").getAsString().value());
        assertEquals(RelationEvaluation.RELATIONS.size(), o.get("relations").getAsArray().size());
        JsonObject overall = o.get("overall").getAsObject();
        int gold = overall.get("gold").getAsNumber().value().intValue();
        int found = overall.get("found").getAsNumber().value().intValue();
        assertTrue(gold > 0 && found <= gold);
        assertTrue(o.get("details").isArray());
    }

    @Test
    void typesPrintsCoverageAndAccuracy() {
        CliRun run = CliRun.run("eval", "types", "--gold", GOLD, "--data", devFile(), "--split", "tune");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("type accuracy: "), run.out());
        assertTrue(run.out().contains("found as entities: "), run.out());
    }

    @Test
    void typesDetailsListEveryMistypedArgumentWithItsSentence() throws Exception {
        // an invented sentence: the tags make Quorbit an application, the gold says it is an organisation
        java.util.List<String> tokens = java.util.List.of("Quorbit", "uses", "Zentrix", ".");
        Files.writeString(dir.resolve("dev.txt"), "<s>\nQuorbit\tB-Application\nuses\tO\nZentrix\tB-Protocol\n.\tO\n</s>\n");
        Files.writeString(dir.resolve("gold.jsonl"), "{\"id\": 0, \"hash\": \"" + org.softkg.eval.SentenceHash.of(tokens)
                + "\", \"split\": \"tune\", \"facts\": [{\"s\": \"Quorbit\", \"r\": \"uses\", \"o\": \"Zentrix\", "
                + "\"s_type\": \"Organization\"}]}\n");
        CliRun run = CliRun.run("eval", "types", "--gold", dir.resolve("gold.jsonl").toString(), "--data",
                dir.resolve("dev.txt").toString(), "--details");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("mistyped: Quorbit (Organization, typed Application)  [0] Quorbit uses Zentrix ."),
                run.out());
        assertTrue(!run.out().contains("mistyped: Zentrix"), "the tag's type is the reference and is kept: " + run.out());
        CliRun json = CliRun.run("eval", "types", "--gold", dir.resolve("gold.jsonl").toString(), "--data",
                dir.resolve("dev.txt").toString(), "--details", "--json");
        JsonObject o = JSON.parse(json.out());
        assertEquals(1, o.get("mistyped").getAsArray().size(), json.out());
        assertEquals("Organization", o.get("mistyped").getAsArray().get(0).getAsObject().get("reference").getAsString().value());
    }

    @Test
    void missingDevelopmentFileIsOneLineAndExit1() {
        CliRun run = CliRun.run("eval", "relations", "--gold", GOLD, "--data", dir.resolve("none.txt").toString());
        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("none.txt: development file not found"), run.err());
    }

    @Test
    void hashMismatchIsOneLineNamingTheGoldLine() throws Exception {
        Path dev = Files.writeString(dir.resolve("dev.txt"), "<s>\nHexChat\tB-Application\nis\tO\na\tO\nfork\tO\nof\tO\n"
                + "XChat\tB-Application\n.\tO\n</s>\n");
        Path gold = Files.writeString(dir.resolve("gold.jsonl"),
                "{\"id\": 0, \"hash\": \"00000000\", \"split\": \"tune\", \"facts\": []}\n");
        CliRun run = CliRun.run("eval", "relations", "--gold", gold.toString(), "--data", dev.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("softkg: " + gold + ":1: hash 00000000 does not match sentence 0 of "), run.err());
    }

    @Test
    void handMadeGoldIsScoredEndToEnd() throws Exception {
        Path dev = Files.writeString(dir.resolve("dev.txt"), "<s>\nHexChat\tB-Application\nis\tO\na\tO\nfork\tO\nof\tO\n"
                + "XChat\tB-Application\n.\tO\n</s>\n");
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), "{\"id\": 0, \"hash\": \""
                + org.softkg.eval.SentenceHash.of(java.util.List.of("HexChat", "is", "a", "fork", "of", "XChat", "."))
                + "\", \"split\": \"heldout\", \"facts\": [{\"s\": \"HexChat\", \"r\": \"forkedFrom\", \"o\": \"XChat\"}]}\n");
        CliRun tune = CliRun.run("eval", "relations", "--gold", gold.toString(), "--data", dev.toString());
        assertEquals(0, tune.exitCode(), tune.err());
        assertTrue(tune.out().contains("split tune: 0 sentences"), "only the chosen split is evaluated:\n" + tune.out());
        CliRun held = CliRun.run("eval", "relations", "--gold", gold.toString(), "--data", dev.toString(),
                "--split", "heldout", "--json");
        assertEquals(0, held.exitCode(), held.err());
        JsonObject fork = JSON.parse(held.out()).get("relations").getAsArray().get(0).getAsObject();
        assertEquals("forkedFrom", fork.get("relation").getAsString().value());
        assertEquals(1, fork.get("gold").getAsNumber().value().intValue());
    }

    @Test
    void roundSelectsTheSentencesOfOneAnnotationRound() throws Exception {
        String sentence = "HexChat\tB-Application\nis\tO\na\tO\nfork\tO\nof\tO\nXChat\tB-Application\n.\tO\n";
        Path dev = Files.writeString(dir.resolve("dev.txt"), "<s>\n" + sentence + "</s>\n<s>\n" + sentence + "</s>\n");
        String hash = org.softkg.eval.SentenceHash.of(java.util.List.of("HexChat", "is", "a", "fork", "of", "XChat", "."));
        Path gold = Files.writeString(dir.resolve("gold.jsonl"),
                "{\"id\": 0, \"hash\": \"" + hash + "\", \"split\": \"tune\", \"facts\": []}\n"
                + "{\"id\": 1, \"hash\": \"" + hash + "\", \"split\": \"tune\", \"stratum\": \"forkedFrom\", \"round\": 2, "
                + "\"facts\": [{\"s\": \"HexChat\", \"r\": \"forkedFrom\", \"o\": \"XChat\"}]}\n");
        CliRun all = CliRun.run("eval", "relations", "--gold", gold.toString(), "--data", dev.toString());
        assertEquals(0, all.exitCode(), all.err());
        assertTrue(all.out().contains("split tune: 2 sentences (1 state no fact), 1 gold fact"), all.out());
        CliRun second = CliRun.run("eval", "relations", "--gold", gold.toString(), "--data", dev.toString(), "--round", "2");
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains("split tune: 1 sentence (0 state no fact), 1 gold fact"), second.out());
        CliRun first = CliRun.run("eval", "types", "--gold", gold.toString(), "--data", dev.toString(), "--round", "1");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("0 gold arguments"), first.out());
        CliRun none = CliRun.run("eval", "relations", "--gold", gold.toString(), "--data", dev.toString(), "--round", "3");
        assertEquals(1, none.exitCode());
        assertEquals("softkg: " + gold + ": the gold file holds no sentence of round 3", none.err().strip());
    }

    @Test
    void goldTypesAreTheReferenceForTypeAccuracy() throws Exception {
        Path dev = Files.writeString(dir.resolve("dev.txt"), "<s>\nHexChat\tB-Application\nis\tO\na\tO\nfork\tO\nof\tO\n"
                + "XChat\tB-Application\n.\tO\n</s>\n");
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), "{\"id\": 0, \"hash\": \""
                + org.softkg.eval.SentenceHash.of(java.util.List.of("HexChat", "is", "a", "fork", "of", "XChat", "."))
                + "\", \"split\": \"tune\", \"facts\": [{\"s\": \"HexChat\", \"r\": \"forkedFrom\", \"o\": \"XChat\", "
                + "\"o_type\": \"Library\"}]}\n");
        CliRun run = CliRun.run("eval", "types", "--gold", gold.toString(), "--data", dev.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("2 gold arguments, 2 with a reference type (1 from the gold file"), run.out());
        assertTrue(run.out().contains("type accuracy: 1 of 2 found (0.500)"), run.out());
        assertTrue(run.out().contains("Library typed Application: 1"), run.out());
    }
}
