package org.softkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagColumnTest {

    @Test
    void conll2003TakesTheNerColumnOverTheChunkColumn() {
        assertEquals(3, TagColumn.choose(List.of(
                List.of("Linux", "NNP", "B-NP", "B-Operating_System"),
                List.of("runs", "VBZ", "B-VP", "O"))));
    }

    @Test
    void softnerTakesTheSecondColumn() {
        assertEquals(1, TagColumn.choose(List.of(
                List.of("Java", "B-Language", "CTC_PRED:0", "pred_seg_label:Name"),
                List.of("is", "O", "CTC_PRED:1", "pred_seg_label:O"))));
    }

    @Test
    void knownTypesWinOverTagShapedColumnsAfterThem() {
        assertEquals(1, TagColumn.choose(List.of(List.of("Linux", "B-Operating_System", "B-NP"))));
    }

    @Test
    void unknownTypesStillWinOverColumnsThatAreNoTags() {
        assertEquals(1, TagColumn.choose(List.of(List.of("Carrot", "B-Vegetable", "NN"))));
    }

    @Test
    void withoutTagShapedColumnTheLastIsTaken() {
        assertEquals(2, TagColumn.choose(List.of(List.of("A", "x", "X-Foo"))));
    }

    @Test
    void lineWithOnlyAToken() {
        assertEquals(1, TagColumn.choose(List.of(List.of("A", "O"), List.of("B"))));
    }
}
