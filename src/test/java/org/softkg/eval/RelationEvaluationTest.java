package org.softkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.entity.LabelNormalizer;

/** The arithmetic of precision, recall and F1 on hand-made gold and extracted facts. */
class RelationEvaluationTest {

    private static GoldSentence gold(int id, GoldFact... facts) {
        return new GoldSentence(id, "00000000", Split.TUNE, List.of(facts), 0);
    }

    @Test
    void countsRightWrongFoundAndMissedPerRelationAndOverall() {
        // sentence 1: two gold facts, one found, one wrong extraction
        SentenceOutcome a = SentenceOutcome.judge(
                gold(1, GoldFact.of("LibreOffice", "forkedFrom", "OpenOffice.org"),
                        GoldFact.of("LibreOffice", "writtenIn", "C++")),
                "s1",
                List.of(ExtractedFact.of("LibreOffice", "forkedFrom", "OpenOffice.org"),
                        ExtractedFact.of("LibreOffice", "writtenIn", "Java")));
        // sentence 2: no gold fact, one extraction (wrong)
        SentenceOutcome b = SentenceOutcome.judge(gold(2), "s2",
                List.of(ExtractedFact.of("Foo", "uses", "Bar")));
        // sentence 3: one gold fact, nothing extracted
        SentenceOutcome c = SentenceOutcome.judge(gold(3, GoldFact.of("Qux", "forkedFrom", "Quux")), "s3", List.of());

        RelationEvaluation ev = RelationEvaluation.of(List.of(a, b, c));

        Score fork = ev.score("forkedFrom");
        assertEquals(new Score("forkedFrom", 1, 1, 2, 1), fork);
        assertEquals(1.0, fork.precision());
        assertEquals(0.5, fork.recall());
        assertEquals(2.0 / 3, fork.f1(), 1e-9);

        Score written = ev.score("writtenIn");
        assertEquals(new Score("writtenIn", 1, 0, 1, 0), written);
        assertEquals(0.0, written.f1());

        assertEquals(new Score("uses", 1, 0, 0, 0), ev.score("uses"));
        assertEquals(0.0, ev.score("uses").recall(), "no gold fact: recall 0, not NaN");

        Score all = ev.overall();
        assertEquals(3, all.extracted());
        assertEquals(1, all.right());
        assertEquals(3, all.gold());
        assertEquals(1, all.found());
        assertEquals(1.0 / 3, all.precision(), 1e-9);
        assertEquals(1.0 / 3, all.recall(), 1e-9);
        assertEquals(1.0 / 3, all.f1(), 1e-9);

        assertEquals(List.of("LibreOffice forkedFrom OpenOffice.org"), a.found().stream().map(GoldFact::toString).toList());
        assertEquals(List.of("LibreOffice writtenIn C++"), a.missed().stream().map(GoldFact::toString).toList());
        assertEquals(List.of("LibreOffice writtenIn Java"), a.wrong().stream().map(ExtractedFact::toString).toList());
        assertTrue(ev.relationsWithoutRecall().contains("writtenIn"));
        assertFalse(ev.relationsWithoutRecall().contains("forkedFrom"));
        assertFalse(ev.relationsWithoutRecall().contains("uses"), "no gold fact: not listed as recall 0");
    }

    @Test
    void everyGuidelineRelationHasARowEvenWhenAbsent() {
        RelationEvaluation ev = RelationEvaluation.of(List.of());
        assertEquals(RelationEvaluation.RELATIONS, ev.scores().stream().map(Score::relation).toList());
        assertEquals(0.0, ev.overall().f1());
    }

    @Test
    void twoSpellingsOfOneFactAreBothRightAndTheGoldFactCountsOnce() {
        GoldFact g = new GoldFact("DisplayPort", List.of("Embedded DisplayPort", "Internal DisplayPort"), "successorOf",
                "LVDS", List.of(), null, null);
        SentenceOutcome o = SentenceOutcome.judge(gold(4, g), "s4",
                List.of(ExtractedFact.of("Embedded DisplayPort", "successorOf", "LVDS"),
                        ExtractedFact.of("Internal DisplayPort", "successorOf", "LVDS")));
        Score s = RelationEvaluation.of(List.of(o)).score("successorOf");
        assertEquals(new Score("successorOf", 2, 2, 1, 1), s);
        assertEquals(1.0, s.precision());
        assertEquals(1.0, s.recall());
    }

    @Test
    void aMissedFactSaysWhichOfItsNamesTheExtractionFound() {
        GoldSentence g = gold(5, GoldFact.of("Quill", "writtenIn", "Rust"), GoldFact.of("Quill", "license", "MIT License"),
                GoldFact.of("Lark", "runsOn", "Zeta OS"), GoldFact.of("Wren", "uses", "Qt"));
        Set<String> found = Set.of(LabelNormalizer.key("Quill"), LabelNormalizer.key("Rust"), LabelNormalizer.key("Zeta OS"));
        SentenceOutcome o = SentenceOutcome.judge(g, "s5", List.of(), found);

        assertEquals(MissCause.NO_FACT_BETWEEN_NAMES, o.causeOf(g.facts().get(0)));
        assertEquals(MissCause.OBJECT_NOT_FOUND, o.causeOf(g.facts().get(1)));
        assertEquals(MissCause.SUBJECT_NOT_FOUND, o.causeOf(g.facts().get(2)));
        assertEquals(MissCause.NEITHER_FOUND, o.causeOf(g.facts().get(3)));

        RelationEvaluation ev = RelationEvaluation.of(List.of(o));
        assertEquals(Map.of(MissCause.NO_FACT_BETWEEN_NAMES, 1, MissCause.SUBJECT_NOT_FOUND, 1,
                MissCause.OBJECT_NOT_FOUND, 1, MissCause.NEITHER_FOUND, 1), ev.missCauses());
        StringWriter text = new StringWriter();
        EvaluationReport.text(ev, "g.jsonl", Split.TUNE, true, new PrintWriter(text));
        assertTrue(text.toString().contains("missed gold facts: 4: 1 both names found, 1 subject not found, "
                + "1 object not found, 1 neither name found"), text.toString());
        assertTrue(text.toString().contains("missed: Quill license MIT License  (object not found)"), text.toString());
    }

    @Test
    void withoutTheSentenceEntitiesTheArgumentsOfExtractedFactsCountAsFound() {
        GoldSentence g = gold(6, GoldFact.of("Quill", "writtenIn", "Rust"));
        SentenceOutcome o = SentenceOutcome.judge(g, "s6", List.of(ExtractedFact.of("Quill", "uses", "Rust")));
        assertEquals(MissCause.NO_FACT_BETWEEN_NAMES, o.causeOf(g.facts().get(0)));
    }

    @Test
    void aWrongFactSaysHowItsNamesStandToTheGoldFacts() {
        GoldSentence g = gold(7, GoldFact.of("Quill", "writtenIn", "Rust"), GoldFact.of("Lark 64", "runsOn", "Zeta OS"),
                GoldFact.of("Wren", "uses", "Qt"));
        ExtractedFact otherRelation = ExtractedFact.of("Quill", "uses", "Rust");
        ExtractedFact reversed = ExtractedFact.of("Zeta OS", "runsOn", "Lark 64");
        ExtractedFact notAPair = ExtractedFact.of("Quill", "uses", "Qt");
        ExtractedFact cut = ExtractedFact.of("Lark", "runsOn", "Zeta OS");
        ExtractedFact runOver = ExtractedFact.of("Wren", "uses", "Qt Quick Controls");
        ExtractedFact otherArgument = ExtractedFact.of("Wren", "uses", "Gtk");
        ExtractedFact noGoldName = ExtractedFact.of("Finch", "uses", "Gtk");
        SentenceOutcome o = SentenceOutcome.judge(g, "s7",
                List.of(otherRelation, reversed, notAPair, cut, runOver, otherArgument, noGoldName));

        assertEquals(List.of(WrongCause.OTHER_RELATION, WrongCause.REVERSED, WrongCause.PAIR_NOT_RELATED,
                WrongCause.NAME_CUT, WrongCause.NAME_CUT, WrongCause.OTHER_ARGUMENT, WrongCause.NO_GOLD_NAME),
                o.wrong().stream().map(o::causeOf).toList());

        SentenceOutcome none = SentenceOutcome.judge(gold(8), "s8", List.of(ExtractedFact.of("Quill", "uses", "Rust")));
        assertEquals(WrongCause.SENTENCE_STATES_NO_FACT, none.causeOf(none.wrong().get(0)));

        RelationEvaluation ev = RelationEvaluation.of(List.of(o, none));
        assertEquals(2, ev.wrongCauses().get(WrongCause.NAME_CUT));
        StringWriter text = new StringWriter();
        EvaluationReport.text(ev, "g.jsonl", Split.TUNE, true, new PrintWriter(text));
        assertTrue(text.toString().contains("wrong facts: 8: 1 sentence states no fact, 1 gold pair, other relation, "
                + "1 gold pair reversed, 1 gold names, not a gold pair, 2 a name cut from or run over a gold name, "
                + "1 one name not in the gold facts, 1 neither name in the gold facts"), text.toString());
        assertTrue(text.toString().contains("wrong:  Lark runsOn Zeta OS  (rule -; a name cut from or run over a gold name)"),
                text.toString());
        assertEquals("REVERSED", EvaluationReport.json(ev, "g.jsonl", Split.TUNE, true).get("details").getAsArray()
                .get(0).getAsObject().get("wrong").getAsArray().get(1).getAsObject().get("cause").getAsString().value());
    }
}
