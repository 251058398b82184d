package org.softkg.confidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.softkg.consistency.ConstraintTally;
import org.softkg.consistency.FactChecks;
import org.softkg.model.Document;
import org.softkg.model.Evidence;
import org.softkg.model.Fact;
import org.softkg.model.Sentence;
import org.softkg.model.Span;
import org.softkg.model.Token;
import org.softkg.pipeline.DocumentStage;

class FactScorerTest {

    /** One sentence of "word/TAG" items (TAG O when absent). */
    private static Document doc(String tagged) {
        List<Token> tokens = new ArrayList<>();
        for (String item : tagged.split(" ")) {
            int slash = item.lastIndexOf('/');
            tokens.add(slash > 0 ? Token.tagged(item.substring(0, slash), item.substring(slash + 1))
                    : Token.tagged(item, Token.OUTSIDE));
        }
        return Document.of("d", null, "d.txt", List.of(Sentence.ofTokens(0, tokens)));
    }

    private static Fact fact(double confidence, Span subject, Span object) {
        return new Fact("s", "developedBy", "o", confidence, "r", new Evidence("d", 0, subject, object,
                new Span(Math.min(subject.start(), object.start()), Math.max(subject.end(), object.end()))));
    }

    @Test
    void readsTheSentenceBetweenTheNames() {
        Document d = doc("Quarkle/B-Application is a text editor written by Zentrix/B-Organization Labs/I-Organization .");
        FactEvidence e = FactEvidence.of(d, fact(0.9, new Span(0, 1), new Span(7, 9)));
        assertTrue(e.beOrHaveBetween());
        assertFalse(e.subjectUntagged());
        assertEquals(Math.log(0.9 / 0.1), e.ruleLogit(), 1e-9);
    }

    @Test
    void anUntaggedSubjectAndNoVerbBetween() {
        Document d = doc("Later Florbit uses Qlang/B-Language for its parser .");
        FactEvidence e = FactEvidence.of(d, fact(1.0, new Span(1, 2), new Span(3, 4)));
        assertFalse(e.beOrHaveBetween());
        assertTrue(e.subjectUntagged());
        assertEquals(Math.log(0.995 / 0.005), e.ruleLogit(), 1e-9, "a confidence of 1 is clipped");
    }

    @Test
    void objectBeforeSubjectReadsTheTokensBetweenThemToo() {
        Document d = doc("Zentrix/B-Organization has shipped Quarkle/B-Application since 2001 .");
        assertTrue(FactEvidence.of(d, fact(0.8, new Span(3, 4), new Span(0, 1))).beOrHaveBetween());
    }

    @Test
    void theShippedWeightsLoadAndRankAsMeasured() {
        FactScorer s = FactScorer.shipped();
        assertNotNull(s);
        double plain = s.score(new FactEvidence(2.0, false, false));
        assertTrue(s.score(new FactEvidence(2.0, true, false)) > plain);
        assertTrue(s.score(new FactEvidence(2.0, false, true)) < plain);
        assertTrue(s.score(new FactEvidence(3.0, false, false)) > plain);
    }

    @Test
    void corruptWeightsNameTheSourceAndLine() {
        String ok = "bias\t0.5\nrule-logit\t0.6\nbe-or-have-between\t0.5\nsubject-untagged\t-0.7\n";
        assertEquals(1 / (1 + Math.exp(-0.5)), FactScorer.parse("w.tsv", ok).score(new FactEvidence(0, false, false)), 1e-12);
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> FactScorer.parse("w.tsv", "# weights\nbias\t0.5\nrule-logit\t0.6\n"));
        assertTrue(missing.getMessage().contains("w.tsv") && missing.getMessage().contains("be-or-have-between"),
                missing.getMessage());
        IllegalStateException number = assertThrows(IllegalStateException.class,
                () -> FactScorer.parse("w.tsv", ok.replace("0.6", "six")));
        assertTrue(number.getMessage().contains("w.tsv line 2"), number.getMessage());
        assertThrows(IllegalStateException.class, () -> FactScorer.parse("w.tsv", ok + "verb-count\t1\n"));
        assertThrows(IllegalStateException.class, () -> FactScorer.parse("w.tsv", ok + "bias\t1\n"));
        assertThrows(IllegalStateException.class, () -> FactScorer.parse("w.tsv", ok.replace("\t0.5\n", " 0.5\n")));
    }

    private static Document run(FactChecks checks, Document d) {
        for (DocumentStage stage : checks.documentStages()) {
            d = stage.process(d);
        }
        return d;
    }

    @Test
    void withoutTheScorerConfidencesStayTheRules() {
        Document d = doc("Quarkle/B-Application is a text editor written by Zentrix/B-Organization .")
                .withFacts(List.of(fact(0.83, new Span(0, 1), new Span(7, 8))));
        assertEquals(0.83, run(new FactChecks(0, new ConstraintTally()), d).facts().get(0).confidence());
        Document scored = run(new FactChecks(0, new ConstraintTally(), FactScorer.shipped()), d);
        double expected = FactScorer.shipped().score(FactEvidence.of(d, d.facts().get(0)));
        assertEquals(expected, scored.facts().get(0).confidence(), 1e-12);
        assertEquals(d.facts().get(0).rule(), scored.facts().get(0).rule());
        assertEquals(d.facts().get(0).evidence(), scored.facts().get(0).evidence());
    }

    @Test
    void theThresholdReadsTheScoredConfidence() {
        // an untagged subject and no verb between: the scorer lowers a 0.9 rule below 0.9
        Document d = doc("Later Florbit uses Qlang/B-Language .").withFacts(List.of(fact(0.9, new Span(1, 2), new Span(3, 4))));
        assertEquals(1, run(new FactChecks(0.85, new ConstraintTally()), d).facts().size());
        assertTrue(FactScorer.shipped().score(FactEvidence.of(d, d.facts().get(0))) < 0.85);
        assertEquals(0, run(new FactChecks(0.85, new ConstraintTally(), FactScorer.shipped()), d).facts().size());
    }
}
