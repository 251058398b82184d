package org.softkg.confidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.corpus.InputFormatException;
import org.softkg.eval.DevSentences;
import org.softkg.eval.GoldSentence;
import org.softkg.eval.GoldSet;
import org.softkg.eval.SentenceHash;
import org.softkg.eval.Split;
import org.softkg.model.Sentence;
import org.softkg.model.Token;

/** The judged-facts file: its rows, its checks against the development file, and its counts per rule. */
class JudgedFactsTest {

    private static final Set<String> RELATIONS = Set.of("forkedFrom", "writtenIn", "runsOn");

    private static final List<String> S0 = List.of("Quillpad", "is", "a", "fork", "of", "Inkwell", ".");
    private static final List<String> S1 = List.of("Larkspur", "is", "written", "in", "Zeta", ".");
    private static final List<String> S2 = List.of("Orbit", "is", "a", "game", "for", "Wrenix", ".");

    private static String h(List<String> tokens) {
        return SentenceHash.of(tokens);
    }

    private static List<String> file(String... rows) {
        List<String> lines = new ArrayList<>(List.of("# judged by hand", "sentence\thash\tsubject\trelation\tobject\trule\tverdict"));
        lines.addAll(List.of(rows));
        return lines;
    }

    private static DevSentences dev() {
        List<Sentence> s = new ArrayList<>();
        for (List<String> tokens : List.of(S0, S1, S2)) {
            s.add(Sentence.ofTokens(s.size(), tokens.stream().map(t -> Token.tagged(t, "O")).toList()));
        }
        return new DevSentences("dev.txt", s);
    }

    private static GoldSet goldWith(int id) {
        return new GoldSet("gold.jsonl", List.of(new GoldSentence(id, "00000000", Split.HELDOUT, List.of(), 1)));
    }

    private static InputFormatException parseError(String... rows) {
        return assertThrows(InputFormatException.class, () -> JudgedFacts.parse("j.tsv", file(rows), RELATIONS));
    }

    @Test
    void readsRowsAfterCommentsAndHeader() {
        JudgedFacts j = JudgedFacts.parse("j.tsv", file(
                "0\t" + h(S0) + "\tQuillpad\tforkedFrom\tInkwell\tfork-noun\tright",
                "",
                "1\t" + h(S1) + "\tLarkspur\twrittenIn\tZeta\twritten-in\tunclear"), RELATIONS);
        assertEquals(2, j.facts().size());
        JudgedFact f = j.facts().get(0);
        assertEquals(0, f.sentence());
        assertEquals("Inkwell", f.object());
        assertEquals("fork-noun", f.rule());
        assertEquals(Verdict.RIGHT, f.verdict());
        assertEquals(3, f.line());
        assertEquals(Verdict.UNCLEAR, j.facts().get(1).verdict());
        assertEquals(5, j.facts().get(1).line());
    }

    @Test
    void aBadRowIsOneLineNamingFileAndLine() {
        assertEquals("j.tsv:3: hash must be 8 lower-case hex digits, not \"XYZ\"",
                parseError("0\tXYZ\tQuillpad\tforkedFrom\tInkwell\tfork-noun\tright").getMessage());
        assertEquals("j.tsv:4: verdict must be right, wrong or unclear, not \"maybe\"",
                parseError("0\t" + h(S0) + "\tQuillpad\tforkedFrom\tInkwell\tfork-noun\tright",
                        "0\t" + h(S0) + "\tQuillpad\tforkedFrom\tInkwell\tfork-noun\tmaybe").getMessage());
        assertEquals("j.tsv:3: 6 tab-separated columns, expected 7 (sentence hash subject relation object rule verdict)",
                parseError("0\t" + h(S0) + "\tQuillpad\tforkedFrom\tInkwell\tright").getMessage());
        assertEquals("j.tsv:3: empty rule column",
                parseError("0\t" + h(S0) + "\tQuillpad\tforkedFrom\tInkwell\t \tright").getMessage());
        assertTrue(parseError("0\t" + h(S0) + "\tQuillpad\tmadeOf\tInkwell\tfork-noun\tright").getMessage()
                .startsWith("j.tsv:3: unknown relation \"madeOf\""));
        assertEquals("j.tsv:3: sentence must be a position (0, 1, 2 ...), not \"s00012\"",
                parseError("s00012\t" + h(S0) + "\tQuillpad\tforkedFrom\tInkwell\tfork-noun\tright").getMessage());
        InputFormatException noHeader = assertThrows(InputFormatException.class, () -> JudgedFacts.parse("j.tsv",
                List.of("# only a comment", "0\t" + h(S0) + "\tQuillpad\tforkedFrom\tInkwell\tfork-noun\tright"), RELATIONS));
        assertTrue(noHeader.getMessage().startsWith("j.tsv:2: the first line that is not a comment must be the header"),
                noHeader.getMessage());
    }

    @Test
    void aHashThatNoLongerMatchesTheDevelopmentFileIsRefused() {
        JudgedFacts j = JudgedFacts.parse("j.tsv", file(
                "0\t" + h(S0) + "\tQuillpad\tforkedFrom\tInkwell\tfork-noun\tright",
                "1\t" + h(S0) + "\tLarkspur\twrittenIn\tZeta\twritten-in\tright"), RELATIONS);
        InputFormatException e = assertThrows(InputFormatException.class, () -> j.check(dev(), goldWith(2)));
        assertEquals("j.tsv:4: hash " + h(S0) + " does not match sentence 1 of dev.txt (its hash is " + h(S1)
                + "): the facts were judged on another file", e.getMessage());
    }

    @Test
    void aSentencePastTheFileOrInTheGoldSetIsRefused() {
        JudgedFacts past = JudgedFacts.parse("j.tsv", file("7\t" + h(S0) + "\tQuillpad\tforkedFrom\tInkwell\tfork-noun\tright"),
                RELATIONS);
        assertEquals("j.tsv:3: sentence 7 is past the 3 sentences of dev.txt",
                assertThrows(InputFormatException.class, () -> past.check(dev(), goldWith(2))).getMessage());
        JudgedFacts gold = JudgedFacts.parse("j.tsv", file("2\t" + h(S2) + "\tOrbit\trunsOn\tWrenix\tgame-for\tright"),
                RELATIONS);
        assertEquals("j.tsv:3: sentence 2 is in the gold set gold.jsonl: judged facts must come from sentences outside it",
                assertThrows(InputFormatException.class, () -> gold.check(dev(), goldWith(2))).getMessage());
        past.facts(); // the good file passes
        JudgedFacts.parse("j.tsv", file("0\t" + h(S0) + "\tQuillpad\tforkedFrom\tInkwell\tfork-noun\tright"), RELATIONS)
                .check(dev(), goldWith(2));
    }

    @Test
    void aFactRepeatedInSeveralSentencesCountsOnce() {
        // the same fact read by the same rule from two copies of a passage, and once from a third sentence
        JudgedFacts j = JudgedFacts.parse("j.tsv", file(
                "0\t" + h(S0) + "\tOrbit\trunsOn\tWrenix\tgame-for\tunclear",
                "1\t" + h(S1) + "\tOrbit\trunsOn\tWrenix\tgame-for\tunclear",
                "2\t" + h(S2) + "\tOrbit\trunsOn\tWrenix\tgame-for\tright",
                "2\t" + h(S2) + "\tOrbit\trunsOn\tZeta\tgame-for\twrong",
                "0\t" + h(S0) + "\tQuillpad\tforkedFrom\tInkwell\tfork-noun\tright",
                "1\t" + h(S1) + "\tQuillpad\tforkedFrom\tInkwell\tfork-noun\tright"), RELATIONS);
        Map<String, JudgedCount> c = j.counts();
        assertEquals(new JudgedCount(2, 1), c.get("game-for"), "Orbit/Wrenix once (right where a sentence states it), Orbit/Zeta once");
        assertEquals(new JudgedCount(1, 1), c.get("fork-noun"));
        JudgedFacts other = JudgedFacts.parse("k.tsv", file("1\t" + h(S1) + "\tQuillpad\tforkedFrom\tInkwell\tfork-noun\twrong",
                "1\t" + h(S1) + "\tLarkspur\twrittenIn\tZeta\twritten-in\twrong"), RELATIONS);
        Map<String, JudgedCount> both = JudgedFacts.countsOf(List.of(j, other));
        assertEquals(new JudgedCount(1, 1), both.get("fork-noun"), "a fact judged in two files counts once");
        assertEquals(new JudgedCount(1, 0), both.get("written-in"));
    }

    @Test
    void judgedFactsBlendWithTheTuneCountsAndThePrior() {
        // prior 0.9, tune 2 right of 2, judged 1 right of 4: (2 + 1 + 4 * 0.9) / (2 + 4 + 4) = 6.6 / 10
        RuleScore s = new RuleScore("game-for", "runsOn", 0.9, 2, 2, 4, 1);
        assertEquals(0.66, s.calibrated(), 1e-9);
        assertEquals(1.0, s.precision(), 1e-9);
        assertEquals(0.25, s.judgedPrecision(), 1e-9);
        // without judged facts the old arithmetic: (2 + 3.6) / 6
        assertEquals(0.93, new RuleScore("game-for", "runsOn", 0.9, 2, 2).calibrated(), 1e-9);
        // a rule that fired only on judged text is calibrated too: (0 + 3.2) / 8
        assertEquals(0.4, new RuleScore("near", "partOf", 0.8, 0, 0, 4, 0).calibrated(), 1e-9);
    }
}
