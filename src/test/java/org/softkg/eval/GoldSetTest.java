package org.softkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softkg.corpus.InputFormatException;
import org.softkg.model.Sentence;
import org.softkg.model.Token;

/** Reading gold lines and checking them against the development file. */
class GoldSetTest {

    @TempDir
    Path dir;

    private static final List<String> TOKENS = List.of("GraphicsMagick", "is", "a", "fork", "of", "ImageMagick", ".");

    private String line(int id, String hash, String split) {
        return "{\"id\": " + id + ", \"hash\": \"" + hash + "\", \"split\": \"" + split + "\", \"facts\": "
                + "[{\"s\": \"GraphicsMagick\", \"r\": \"forkedFrom\", \"o\": \"ImageMagick\", \"o_alt\": [\"IM\"], "
                + "\"o_type\": \"Application\"}]}";
    }

    private Path devFile() throws Exception {
        StringBuilder b = new StringBuilder("<s>\nfirst\tO\nsentence\tO\n</s>\n<s>\n");
        for (String t : TOKENS) {
            b.append(t).append('\t').append(t.endsWith("Magick") ? "B-Application" : "O").append('\n');
        }
        b.append("</s>\n");
        return Files.writeString(dir.resolve("dev.txt"), b.toString());
    }

    @Test
    void hashIsFirst8HexOfSha256OfSpaceJoinedTokens() {
        // sha256("a b") = c8687a08aa5d6ed2044328fa6a697ab8e96dc34291e8c2034ae8c38e6fcc6d65
        assertEquals("c8687a08", SentenceHash.of(List.of("a", "b")));
    }

    @Test
    void readsFactsAlternativesTypesAndSplit() {
        GoldSet g = GoldSet.parse("g.jsonl", List.of(line(1, "0123abcd", "heldout"), "",
                "{\"id\": 0, \"hash\": \"89abcdef\", \"split\": \"tune\", \"facts\": []}"));
        assertEquals(2, g.sentences().size());
        GoldSentence s = g.sentences().get(0);
        assertEquals(Split.HELDOUT, s.split());
        assertEquals(List.of("ImageMagick", "IM"), s.facts().get(0).objectNames());
        assertEquals("Application", s.facts().get(0).objectType());
        assertEquals(null, s.facts().get(0).subjectType());
        assertEquals(1, g.select(Split.HELDOUT).size());
        assertEquals(1, g.select(Split.TUNE).size());
        assertEquals(2, g.select(Split.ALL).size());
        assertEquals(3, g.sentences().get(1).line(), "the line number counts the blank line");
    }

    @Test
    void readsTheRoundIgnoresOtherFieldsAndSelectsARound() {
        GoldSet g = GoldSet.parse("g.jsonl", List.of(line(1, "0123abcd", "tune"),
                "{\"id\": 0, \"hash\": \"89abcdef\", \"split\": \"heldout\", \"stratum\": \"none\", "
                        + "\"round\": 2, \"facts\": []}"));
        assertEquals(1, g.sentences().get(0).round(), "a line without \"round\" is round 1");
        assertEquals(2, g.sentences().get(1).round());
        assertEquals(List.of(0), g.ofRound(2).sentences().stream().map(GoldSentence::id).toList());
        assertEquals(List.of(1), g.ofRound(1).sentences().stream().map(GoldSentence::id).toList());
        var none = assertThrows(InputFormatException.class, () -> g.ofRound(3));
        assertEquals("g.jsonl: the gold file holds no sentence of round 3", none.getMessage());
        var bad = assertThrows(InputFormatException.class, () -> GoldSet.parse("g.jsonl",
                List.of("{\"id\": 0, \"hash\": \"89abcdef\", \"split\": \"tune\", \"round\": 0, \"facts\": []}")));
        assertEquals("g.jsonl:1: \"round\" must be 1 or more, not 0", bad.getMessage());
        var text = assertThrows(InputFormatException.class, () -> GoldSet.parse("g.jsonl",
                List.of("{\"id\": 0, \"hash\": \"89abcdef\", \"split\": \"tune\", \"round\": \"2\", \"facts\": []}")));
        assertEquals("g.jsonl:1: \"round\" must be a number", text.getMessage());
    }

    @Test
    void badLinesAreReportedWithFileAndLine() {
        var bad = assertThrows(InputFormatException.class,
                () -> GoldSet.parse("g.jsonl", List.of(line(1, "0123abcd", "tune"), "{\"id\": 2,")));
        assertTrue(bad.getMessage().startsWith("g.jsonl:2: not a JSON object"), bad.getMessage());
        var split = assertThrows(InputFormatException.class,
                () -> GoldSet.parse("g.jsonl", List.of(line(1, "0123abcd", "test"))));
        assertEquals("g.jsonl:1: \"split\" must be \"tune\" or \"heldout\", not \"test\"", split.getMessage());
        var hash = assertThrows(InputFormatException.class,
                () -> GoldSet.parse("g.jsonl", List.of(line(1, "XYZ", "tune"))));
        assertTrue(hash.getMessage().contains("8 lower-case hex digits"), hash.getMessage());
        var twice = assertThrows(InputFormatException.class,
                () -> GoldSet.parse("g.jsonl", List.of(line(1, "0123abcd", "tune"), line(1, "0123abcd", "tune"))));
        assertEquals("g.jsonl:2: sentence 1 is listed twice", twice.getMessage());
        var noS = assertThrows(InputFormatException.class, () -> GoldSet.parse("g.jsonl",
                List.of("{\"id\": 0, \"hash\": \"89abcdef\", \"split\": \"tune\", \"facts\": [{\"r\": \"uses\", \"o\": \"X\"}]}")));
        assertEquals("g.jsonl:1: \"s\" is missing", noS.getMessage());
    }

    @Test
    void matchingHashGivesTheSentence() throws Exception {
        DevSentences dev = DevSentences.read(devFile());
        assertEquals(2, dev.sentences().size());
        GoldSet g = GoldSet.parse("g.jsonl", List.of(line(1, SentenceHash.of(TOKENS), "tune")));
        Sentence s = dev.sentenceOf(g, g.sentences().get(0));
        assertEquals(TOKENS, s.tokens().stream().map(Token::text).toList());
    }

    @Test
    void hashMismatchIsAClearError() throws Exception {
        DevSentences dev = DevSentences.read(devFile());
        GoldSet g = GoldSet.parse("g.jsonl", List.of(line(0, SentenceHash.of(TOKENS), "tune")));
        var e = assertThrows(InputFormatException.class, () -> dev.sentenceOf(g, g.sentences().get(0)));
        assertTrue(e.getMessage().startsWith("g.jsonl:1: hash " + SentenceHash.of(TOKENS) + " does not match sentence 0 of "),
                e.getMessage());
    }

    @Test
    void idPastTheEndAndMissingFileAreClearErrors() throws Exception {
        DevSentences dev = DevSentences.read(devFile());
        GoldSet g = GoldSet.parse("g.jsonl", List.of(line(5, "0123abcd", "tune")));
        var past = assertThrows(InputFormatException.class, () -> dev.sentenceOf(g, g.sentences().get(0)));
        assertTrue(past.getMessage().startsWith("g.jsonl:1: sentence 5 is past the 2 sentences of "), past.getMessage());
        var missing = assertThrows(InputFormatException.class, () -> DevSentences.read(dir.resolve("absent.txt")));
        assertTrue(missing.getMessage().contains("absent.txt: development file not found"), missing.getMessage());
    }

    @Test
    void typeReferenceFromTheTagsNeedsOneTypeUnderTheName() {
        Sentence s = Sentence.ofTokens(0, List.of(Token.tagged("Free", "B-Operating_System"),
                Token.tagged("BSD", "I-Operating_System"), Token.tagged("runs", "O"), Token.tagged("X", "B-Device"),
                Token.tagged("Y", "B-Library")));
        assertEquals("Operating_System", TypeEvaluation.tagType(List.of("Free BSD"), s));
        assertEquals(null, TypeEvaluation.tagType(List.of("X Y"), s), "two types under the name");
        assertEquals(null, TypeEvaluation.tagType(List.of("runs"), s), "untagged");
        assertEquals("Device", TypeEvaluation.tagType(List.of("Nothing", "x"), s), "first alternative found");
    }
}
