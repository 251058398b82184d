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
    void rememberedWordSplitsGiveTheTokenizersOffsetsWithInnerCutsUndone() throws java.io.IOException {
        opennlp.tools.tokenize.TokenizerME reference = new opennlp.tools.tokenize.TokenizerME(SharedModels.tokens());
        TextSegmenter segmenter = new TextSegmenter();
        List<String> lines = new java.util.ArrayList<>(List.of("", " ", "a", "Mr. Smith's \"C++\" compiler (v2.3.1) didn't "
                + "work, e.g. on x86-64; see https://example.org/a?b=c#d -- or 'QEMU/KVM'...", "日本語 ® é. A.B.C. $5,000.00"));
        lines.addAll(java.nio.file.Files.readAllLines(java.nio.file.Path.of("examples/DragonFly_BSD.txt")));
        lines.addAll(java.nio.file.Files.readAllLines(java.nio.file.Path.of("examples/dragonfly-notes.md")));
        for (int pass = 0; pass < 2; pass++) {
            for (String line : lines) {
                // the tokenizer on the whole line, its cuts grouped by white-space word, then WordSplits
                opennlp.tools.util.Span[] all = reference.tokenizePos(line);
                List<Integer> expected = new java.util.ArrayList<>();
                for (opennlp.tools.util.Span w : opennlp.tools.tokenize.WhitespaceTokenizer.INSTANCE.tokenizePos(line)) {
                    List<Integer> cuts = new java.util.ArrayList<>();
                    for (opennlp.tools.util.Span t : all) {
                        if (t.getStart() >= w.getStart() && t.getEnd() <= w.getEnd()) {
                            cuts.add(t.getStart() - w.getStart());
                            cuts.add(t.getEnd() - w.getStart());
                        }
                    }
                    int[] kept = WordSplits.keepEdges(line.substring(w.getStart(), w.getEnd()),
                            cuts.stream().mapToInt(Integer::intValue).toArray());
                    for (int k : kept) {
                        expected.add(w.getStart() + k);
                    }
                }
                int[] offsets = segmenter.tokenOffsets(line);
                assertEquals(expected, java.util.Arrays.stream(offsets).boxed().toList(), line);
            }
        }
    }

    @Test
    void softwareNamesWrittenWithSymbolsStayOneTokenAndPunctuationAroundThemIsCut() {
        String text = "Ezycom runs on MS-DOS, CP/M and the Nintendo 3DS (with the SDK from MPlayer's site); it isn't "
                + "64-bit and can't use Wi-Fi.";
        List<Sentence> s = new TextSegmenter().segment(text, text, List.of(new int[] {0, text.length()}), 0);
        List<String> words = s.get(0).tokens().stream().map(Token::text).toList();
        assertEquals(List.of("Ezycom", "runs", "on", "MS-DOS", ",", "CP/M", "and", "the", "Nintendo", "3DS", "(", "with",
                "the", "SDK", "from", "MPlayer", "'s", "site", ")", ";", "it", "is", "n't", "64-bit", "and", "ca", "n't",
                "use", "Wi-Fi", "."), words);
    }

    @Test
    void aSentencesFinalPeriodIsCutEvenWhereTheTokenizerWouldKeepItAsOnAnAbbreviation() {
        String text = "Plugins can be written in Lua or JavaScript. The first port ran on OpenVMS. It came from the U.S.";
        List<Sentence> s = new TextSegmenter().segment(text, text, List.of(new int[] {0, text.length()}), 0);
        assertEquals(3, s.size());
        assertEquals(List.of("Plugins", "can", "be", "written", "in", "Lua", "or", "JavaScript", "."),
                s.get(0).tokens().stream().map(Token::text).toList());
        assertEquals(List.of("The", "first", "port", "ran", "on", "OpenVMS", "."),
                s.get(1).tokens().stream().map(Token::text).toList());
        assertEquals("U.S.", s.get(2).tokens().get(s.get(2).tokens().size() - 1).text());
        for (Sentence sentence : s) {
            for (Token t : sentence.tokens()) {
                assertEquals(t.text(), text.substring(t.start(), t.end()));
            }
        }
    }
}
