package org.softkg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class WordSplitsTest {

    @Test
    void cutsInsideAWordAreUndone() {
        assertArrayEquals(new int[] {0, 6}, WordSplits.keepEdges("MS-DOS", new int[] {0, 3, 3, 6}));
        assertArrayEquals(new int[] {0, 4}, WordSplits.keepEdges("CP/M", new int[] {0, 2, 2, 4}));
        assertArrayEquals(new int[] {0, 11}, WordSplits.keepEdges("open-source", new int[] {0, 4, 4, 5, 5, 11}));
        assertArrayEquals(new int[] {0, 7}, WordSplits.keepEdges("MPlayer", new int[] {0, 1, 1, 7}));
    }

    @Test
    void bracketsQuotesPunctuationAndCliticsAtTheEdgesStayCut() {
        // "(GPL)." -> ( GPL ) .
        assertArrayEquals(new int[] {0, 1, 1, 4, 4, 5, 5, 6}, WordSplits.keepEdges("(GPL).", new int[] {0, 1, 1, 4, 4, 5, 5, 6}));
        // "Apple's" -> Apple 's ; "didn't" -> did n't
        assertArrayEquals(new int[] {0, 5, 5, 7}, WordSplits.keepEdges("Apple's", new int[] {0, 5, 5, 7}));
        assertArrayEquals(new int[] {0, 3, 3, 6}, WordSplits.keepEdges("didn't", new int[] {0, 3, 3, 6}));
        // a name cut inside and followed by a comma: "x86-64," -> x86-64 ,
        assertArrayEquals(new int[] {0, 6, 6, 7}, WordSplits.keepEdges("x86-64,", new int[] {0, 3, 3, 4, 4, 6, 6, 7}));
    }

    @Test
    void aCutBetweenTwoLowerCaseLettersStays() {
        assertArrayEquals(new int[] {0, 3, 3, 6}, WordSplits.keepEdges("cannot", new int[] {0, 3, 3, 6}));
        // a one-letter piece is no English word: the tokenizer's "n" "pm" is one word again
        assertArrayEquals(new int[] {0, 4}, WordSplits.keepEdges("qnpm", new int[] {0, 1, 1, 4}));
    }

    @Test
    void symbolsThatEndANameAreNoSentencePunctuation() {
        // "C++" and "Gen2+" keep their plus signs
        assertArrayEquals(new int[] {0, 3}, WordSplits.keepEdges("C++", new int[] {0, 1, 1, 3}));
        assertArrayEquals(new int[] {0, 5}, WordSplits.keepEdges("Gen2+", new int[] {0, 4, 4, 5}));
    }

    @Test
    void clausePunctuationTheTokenizerLeftOnAWordIsCut() {
        // the tokenizer gives "Lisp:" and "Ltd)" whole: Lisp : and Ltd )
        assertArrayEquals(new int[] {0, 4, 4, 5}, WordSplits.keepEdges("Lisp:", new int[] {0, 5}));
        assertArrayEquals(new int[] {0, 3, 3, 4}, WordSplits.keepEdges("Ltd)", new int[] {0, 4}));
        // "Lisp?\"" -> Lisp ? "
        assertArrayEquals(new int[] {0, 4, 4, 5, 5, 6}, WordSplits.keepEdges("Lisp?\"", new int[] {0, 5, 5, 6}));
        // "C++'s" -> C++ 's ; a word of symbols alone stays: ":)"
        assertArrayEquals(new int[] {0, 3, 3, 5}, WordSplits.keepEdges("C++'s", new int[] {0, 5}));
        assertArrayEquals(new int[] {0, 2}, WordSplits.keepEdges(":)", new int[] {0, 2}));
    }

    @Test
    void aSentencesFinalPeriodIsCutBeforeClosingQuotes() {
        String s = "It ran on OpenVMS.\"";
        // tokens: It ran on OpenVMS. "
        int[] tokens = {0, 2, 3, 6, 7, 9, 10, 18, 18, 19};
        assertArrayEquals(new int[] {0, 2, 3, 6, 7, 9, 10, 17, 17, 18, 18, 19}, WordSplits.cutFinalPeriod(s, tokens));
        // "the U.S." keeps its period: another period is inside
        String u = "It came from the U.S.";
        assertArrayEquals(new int[] {0, 2, 3, 7, 8, 12, 13, 16, 17, 21},
                WordSplits.cutFinalPeriod(u, new int[] {0, 2, 3, 7, 8, 12, 13, 16, 17, 21}));
    }
}
