package org.softkg.confidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.eval.ExtractedFact;
import org.softkg.eval.GoldFact;
import org.softkg.eval.GoldSentence;
import org.softkg.eval.RelationEvaluation;
import org.softkg.eval.SentenceOutcome;
import org.softkg.eval.Split;
import org.softkg.relation.RuleSet;

class RuleCalibrationTest {

    private static final List<String> FILE = List.of(
            "# rules for the test",
            "",
            "rule fork-noun",
            "  relation   forkedFrom",
            "  match      {S} [be] (a|an) fork of {O}",
            "  confidence 0.9",
            "  example    \"[Quill|Application] is a fork of [InkPad|Application] .\"",
            "  expect     Quill -> InkPad",
            "",
            "rule written-in",
            "  relation   writtenIn",
            "  match      {S} [be] written in {O}",
            "  confidence 0.8",
            "  example    \"[Quill|Application] is written in [Rust|Language] .\"",
            "  expect     Quill -> Rust",
            "",
            "rule developed-by",
            "  relation   developedBy",
            "  match      {S} [be] developed by {O}",
            "  confidence 0.85",
            "  example    \"[Quill|Application] is developed by [Brightwave|Organization] .\"",
            "  expect     Quill -> Brightwave");

    private static RuleSet rules() {
        return RuleSet.parse("test.rules", FILE, Set.of("forkedFrom", "writtenIn", "developedBy"));
    }

    private static ExtractedFact fact(String s, String r, String o, String rule) {
        ExtractedFact f = ExtractedFact.of(s, r, o);
        return new ExtractedFact(f.subject(), f.subjectKeys(), r, f.object(), f.objectKeys(), rule);
    }

    /** fork-noun: 3 facts, 2 right; written-in: 1 fact, wrong; developed-by: silent. */
    private static RelationEvaluation evaluation() {
        GoldSentence g1 = new GoldSentence(1, "00000000", Split.TUNE, List.of(GoldFact.of("Quill", "forkedFrom", "InkPad")), 1);
        GoldSentence g2 = new GoldSentence(2, "00000000", Split.TUNE, List.of(GoldFact.of("Lark", "forkedFrom", "Wren")), 2);
        GoldSentence g3 = new GoldSentence(3, "00000000", Split.TUNE, List.of(), 3);
        return RelationEvaluation.of(List.of(
                SentenceOutcome.judge(g1, "Quill is a fork of InkPad .", List.of(fact("Quill", "forkedFrom", "InkPad", "fork-noun"))),
                SentenceOutcome.judge(g2, "Lark is a fork of Wren .", List.of(fact("Lark", "forkedFrom", "Wren", "fork-noun"),
                        fact("Wren", "forkedFrom", "Lark", "fork-noun"))),
                SentenceOutcome.judge(g3, "Quill is written in Qt .", List.of(fact("Quill", "writtenIn", "Qt", "written-in")))));
    }

    @Test
    void theReportHasARowPerRuleFiredOrNot() {
        RuleReport report = RuleReport.of(rules(), evaluation());
        assertEquals(List.of("fork-noun", "written-in", "developed-by"), report.scores().stream().map(RuleScore::rule).toList());
        RuleScore fork = report.scores().get(0);
        assertEquals(3, fork.fired());
        assertEquals(2, fork.right());
        assertEquals(2.0 / 3, fork.precision(), 1e-12);
        assertEquals(0.8, fork.calibrated(), 1e-12); // (2 + 4 * 0.9) / (3 + 4)
        assertEquals(0.85, report.scores().get(2).calibrated(), 1e-12);
        assertTrue(Double.isNaN(report.scores().get(2).precision()));
        StringWriter text = new StringWriter();
        report.text(new java.io.PrintWriter(text));
        assertTrue(text.toString().contains("3 rules, 2 fired at least once (4 facts, 2 right); 1 never fired"), text.toString());
    }

    @Test
    void calibrationRewritesOnlyTheConfidenceLinesOfRulesThatFiredAndIsIdempotent() {
        RuleReport report = RuleReport.of(rules(), evaluation());
        RuleCalibration once = RuleCalibration.of(FILE, report);
        List<String> out = once.lines();
        assertEquals(FILE.size() + 2, out.size());
        assertTrue(out.contains("  confidence 0.8"), out.toString());               // fork-noun: (2 + 3.6) / 7
        assertTrue(out.contains("  # calibrated: prior 0.9, 2 right of 3 fired"), out.toString());
        assertTrue(out.contains("  confidence 0.64"), out.toString());              // written-in: (0 + 3.2) / 5
        assertTrue(out.contains("  confidence 0.85"), out.toString());              // developed-by: untouched
        assertEquals(2, once.changes().size());
        // calibrating the calibrated file with the same figures blends with the recorded prior again
        RuleCalibration twice = RuleCalibration.of(out, report);
        assertEquals(out, twice.lines());
        // and the result is still a valid rule file
        assertEquals(3, RuleSet.parse("calibrated.rules", out, Set.of("forkedFrom", "writtenIn", "developedBy")).size());
    }

    @Test
    void pasteLinesNameTheRuleTheOldAndTheNewValue() {
        List<String> lines = RuleCalibration.of(FILE, RuleReport.of(rules(), evaluation())).pasteLines();
        assertEquals("rule fork-noun   (was 0.9)", lines.get(0));
        assertEquals("  confidence 0.8", lines.get(1));
    }
}
