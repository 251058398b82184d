package org.softkg.relation.learned;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassageFoldsTest {

    private static final String PASSAGE = "Later versions of Zorbix and Qorva will probe for ZCONFIG.SYS instead of"
            + " the older file , which lets both systems keep their own settings apart from those of the older loader .";

    @Test
    void sentencesWithoutCopiesAreInterleaved() {
        List<String> texts = List.of("Qorva runs on Zentix .", "Brimble is written in Zeplang .",
                "Plinth is a fork of Zorbix .", "Movix supports Tarlang .");
        assertArrayEquals(new int[] {0, 1, 2, 0}, PassageFolds.of(texts, 3));
    }

    @Test
    void copiesOfOnePassageShareAFoldEvenWithOtherWordsAround() {
        List<String> texts = List.of(
                "Early releases did not read it . " + PASSAGE,
                "Qorva runs on Zentix .",
                PASSAGE + " The manual describes every option .",
                "Brimble is written in Zeplang .");
        int[] folds = PassageFolds.of(texts, 2);
        assertEquals(folds[0], folds[2], "two copies of one passage");
        assertArrayEquals(new int[] {0, 1, 0, 0}, folds);
    }

    @Test
    void aFewSharedWordsAreNoCopy() {
        // one shared run of eight tokens is a common phrase, not a copied passage
        List<String> texts = List.of("Qorva is a free and open source text editor for Zentix written in Zeplang .",
                "Brimble is a free and open source text editor for Movix .");
        assertArrayEquals(new int[] {0, 1}, PassageFolds.of(texts, 2));
    }
}
