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
    void paragraphsAreRunsOfLinesBetweenBlankLines() {
        List<int[]> p = TextSegmenter.paragraphs("a\nb\n\n\nc\n");
        assertEquals(2, p.size());
        assertEquals(0, p.get(0)[0]);
        assertEquals(6, p.get(1)[0]);
    }
}
