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
}
