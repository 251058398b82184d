package org.softkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.softkg.model.Sentence;
import org.softkg.model.Token;

class TextSegmenterTest {

    @Test
    void hyphenatedWordsStayWholeAndOffsetsPointIntoTheOriginal() {
        String text = "It is a free and open-source Unix-like system for x86-64 - really.";
        List<Sentence> s = new TextSegmenter().segment(text, text, List.of(new int[] {0, text.length()}), 0);
        assertEquals(1, s.size());
        List<String> words = s.get(0).tokens().stream().map(Token::text).toList();
        assertEquals(List.of("It", "is", "a", "free", "and", "open-source", "Unix-like", "system", "for", "x86-64",
                "-", "really", "."), words);
        for (Token t : s.get(0).tokens()) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
        assertEquals(text, s.get(0).text());
    }

    @Test
    void aWordWithACapitalInsideStaysOneToken() {
        String text = "LibrePlan is written in Java, unlike OpenOffice.org.";
        List<Sentence> s = new TextSegmenter().segment(text, text, List.of(new int[] {0, text.length()}), 0);
        List<String> words = s.get(0).tokens().stream().map(Token::text).toList();
        assertEquals(List.of("LibrePlan", "is", "written", "in", "Java", ",", "unlike", "OpenOffice.org", "."), words);
        for (Token t : s.get(0).tokens()) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
    }

    @Test
    void paragraphsAreRunsOfLinesBetweenBlankLines() {
        List<int[]> p = TextSegmenter.paragraphs("a\nb\n\n\nc\n");
        assertEquals(2, p.size());
        assertEquals(0, p.get(0)[0]);
        assertEquals(6, p.get(1)[0]);
    }

    @Test
    void rememberedWordSplitsGiveTheTokenizersOffsets() throws java.io.IOException {
        opennlp.tools.tokenize.TokenizerME reference = new opennlp.tools.tokenize.TokenizerME(SharedModels.tokens());
        TextSegmenter segmenter = new TextSegmenter();
        List<String> lines = new java.util.ArrayList<>(List.of("", " ", "a", "Mr. Smith's \"C++\" compiler (v2.3.1) didn't "
                + "work, e.g. on x86-64; see https://example.org/a?b=c#d -- or 'QEMU/KVM'...", "日本語 ® é. A.B.C. $5,000.00"));
        lines.addAll(java.nio.file.Files.readAllLines(java.nio.file.Path.of("examples/DragonFly_BSD.txt")));
        lines.addAll(java.nio.file.Files.readAllLines(java.nio.file.Path.of("examples/dragonfly-notes.md")));
        for (int pass = 0; pass < 2; pass++) {
            for (String line : lines) {
                opennlp.tools.util.Span[] expected = reference.tokenizePos(line);
                int[] offsets = segmenter.tokenOffsets(line);
                assertEquals(expected.length * 2, offsets.length, line);
                for (int k = 0; k < expected.length; k++) {
                    assertEquals(expected[k].getStart(), offsets[2 * k], line);
                    assertEquals(expected[k].getEnd(), offsets[2 * k + 1], line);
                }
            }
        }
    }
}
