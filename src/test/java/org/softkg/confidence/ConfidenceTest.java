package org.softkg.confidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softkg.confidence.FactDocs.doc;
import static org.softkg.confidence.FactDocs.entity;
import static org.softkg.confidence.FactDocs.fact;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.softkg.model.Document;
import org.softkg.model.Entity;

class ConfidenceTest {

    private final Entity quill = entity("Quill Editor", "Application");
    private final Entity inkpad = entity("InkPad", "Application");
    private final Entity rust = entity("Rust", "Language");

    @Test
    void noisyOrCombinesIndependentConfidences() {
        assertEquals(0.0, Confidence.noisyOr(List.of()), 1e-12);
        assertEquals(0.9, Confidence.noisyOr(List.of(0.9)), 1e-12);
        assertEquals(0.96, Confidence.noisyOr(List.of(0.8, 0.8)), 1e-12);
        assertEquals(1.0, Confidence.noisyOr(List.of(1.0, 0.3)), 1e-12);
    }

    @Test
    void sentencesWithTheSameTextCountOnce() {
        record R(String text, double c) {
        }
        List<R> records = List.of(new R("Quill Editor is a fork of InkPad .", 0.8),
                new R("Quill Editor is a fork of InkPad .", 0.7), new R("Quill Editor was forked from InkPad .", 0.5));
        assertEquals(1 - 0.2 * 0.5, Confidence.combine(records, R::text, R::c), 1e-12);
    }

    @Test
    void aFactStatedInTwoSentencesIsOneFactWithTwoRecords() {
        Document d = doc("quill", "Quill Editor is a fork of InkPad .", "Quill Editor is written in Rust .",
                "In 2019 , Quill Editor was forked from InkPad .")
                .withEntities(List.of(quill, inkpad, rust))
                .withFacts(List.of(fact("quill", quill, "forkedFrom", inkpad, 0.8, "fork-noun", 0),
                        fact("quill", quill, "writtenIn", rust, 0.9, "written-in", 1),
                        fact("quill", quill, "forkedFrom", inkpad, 0.7, "fork-passive", 2)));
        List<AggregatedFact> facts = FactAggregation.of(d);
        assertEquals(2, facts.size());
        AggregatedFact fork = facts.get(0);
        assertEquals("forkedFrom", fork.relation());
        assertEquals(2, fork.records().size());
        assertEquals(2, fork.sentences());
        assertEquals(1 - 0.2 * 0.3, fork.confidence(), 1e-12);
        assertEquals(0.9, facts.get(1).confidence(), 1e-12);
    }

    @Test
    void theFilterJudgesTheCombinedConfidenceAndKeepsEveryRecordOfAKeptFact() {
        Document d = doc("quill", "Quill Editor is a fork of InkPad .", "Quill Editor is written in Rust .",
                "Quill Editor was forked from InkPad .")
                .withEntities(List.of(quill, inkpad, rust))
                .withFacts(List.of(fact("quill", quill, "forkedFrom", inkpad, 0.6, "fork-noun", 0),
                        fact("quill", quill, "writtenIn", rust, 0.7, "written-in", 1),
                        fact("quill", quill, "forkedFrom", inkpad, 0.6, "fork-passive", 2)));
        Document kept = new ConfidenceFilter(0.8).process(d);
        // 0.6 and 0.6 give 0.84: both records stay; 0.7 alone is below 0.8
        assertEquals(2, kept.facts().size());
        assertTrue(kept.facts().stream().allMatch(f -> f.relation().equals("forkedFrom")));
        assertSame(d, new ConfidenceFilter(0.7).process(d));
        assertEquals(0, new ConfidenceFilter(0.9).process(d).facts().size());
    }

    @Test
    void aThresholdOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ConfidenceFilter(1.5));
        assertThrows(IllegalArgumentException.class, () -> new ConfidenceFilter(-0.1));
    }
}
