package org.softkg.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class NerScoreTest {

    private static Span s(int start, int end, String type) {
        return new Span(start, end, type);
    }

    @Test
    void exactSpanAndTypeAreNeededAndEveryErrorIsCounted() {
        NerScore score = new NerScore(Set.of("Library", "Language", "Operating_System"));
        // sentence 1: one right, one wrong type on the right span, one boundary error
        score.add(new Span[] {s(0, 1, "Language"), s(3, 5, "Library"), s(7, 9, "Operating_System")},
                new Span[] {s(0, 1, "Language"), s(3, 5, "Operating_System"), s(7, 8, "Operating_System")});
        // sentence 2: one missed, one spurious, one right
        score.add(new Span[] {s(0, 2, "Library"), s(4, 5, "Language")},
                new Span[] {s(4, 5, "Language"), s(6, 7, "Library")});
        NerScore.Counts all = score.overall();
        assertEquals(5, all.gold());
        assertEquals(5, all.predicted());
        assertEquals(2, all.correct());
        assertEquals(0.4, all.precision(), 1e-9);
        assertEquals(0.4, all.recall(), 1e-9);
        assertEquals(0.4, all.f1(), 1e-9);
        NerScore.Counts lib = score.byType().get("Library");
        assertEquals(2, lib.gold());
        assertEquals(1, lib.predicted());
        assertEquals(0, lib.correct());
        assertEquals(0.0, lib.f1(), 1e-9);
        NerScore.Counts lang = score.byType().get("Language");
        assertEquals(1.0, lang.f1(), 1e-9);
        NerScore.Counts os = score.byType().get("Operating_System");
        assertEquals(1, os.gold());
        assertEquals(2, os.predicted());
        assertEquals(Map.of("Library -> Operating_System", 1), score.confusion());
        assertEquals(1, score.boundaryErrors());
        assertEquals(1, score.missed());
        assertEquals(1, score.spurious());
        List<String> report = score.report();
        assertEquals("overall precision 0.400 recall 0.400 f1 0.400", report.get(report.size() - 1));
    }

    @Test
    void precisionRecallAndF1DifferWhenCountsDiffer() {
        NerScore score = new NerScore(Set.of("Library"));
        score.add(new Span[] {s(0, 1, "Library"), s(2, 3, "Library"), s(4, 5, "Library"), s(6, 7, "Library")},
                new Span[] {s(0, 1, "Library"), s(2, 3, "Library"), s(8, 9, "Library")});
        assertEquals(2 / 3.0, score.overall().precision(), 1e-9);
        assertEquals(0.5, score.overall().recall(), 1e-9);
        assertEquals(2 * (2 / 3.0) * 0.5 / (2 / 3.0 + 0.5), score.overall().f1(), 1e-9);
    }

    @Test
    void typesTheDataDoesNotUseAreLeftOut() {
        NerScore score = new NerScore(Set.of("Language"));
        score.add(new Span[] {s(0, 1, "Language")}, new Span[] {s(0, 1, "Language"), s(2, 3, "Protocol")});
        assertEquals(1.0, score.overall().precision(), 1e-9);
        assertEquals(Set.of("Language"), score.byType().keySet());
    }

    @Test
    void bioTagsDecodeToSpansCoNllStyle() {
        assertEquals(List.of(s(0, 2, "Library"), s(2, 3, "Library"), s(4, 5, "Language"), s(5, 6, "Device")),
                BioSpans.spans(new String[] {"B-Library", "I-Library", "B-Library", "O", "I-Language", "I-Device"}));
    }
}
