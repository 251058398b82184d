package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.softkg.model.Mention;

/** "-like" words and suffixes split off by the tokeniser, as {@link BasedNameSplitter} reads them (round 7). */
class LikeNameSplitterTest {

    private static List<String> find(String sentence) {
        return Fixtures.show(Fixtures.repair(new BasedNameSplitter(), Fixtures.document(null, sentence)));
    }

    @Test
    void untaggedLikeWordNamesItsBase() {
        assertEquals(List.of("Zeta/" + Mention.UNTYPED), find("a/DET Zeta-like/ADJ shell/NOUN"));
    }

    @Test
    void aSuffixSplitOffATaggedNameMakesItTheBase() {
        assertEquals(List.of("Zeta/Operating_System"),
                find("a/DET Zeta/PROPN/B-Operating_System -like/PUNCT/I-Operating_System system/NOUN"));
        assertEquals(List.of("Zeta/Language"), find("a/DET Zeta/PROPN/B-Language -based/ADJ tool/NOUN"));
        assertEquals("Zeta", BasedNameSplitter.baseOf("Zeta -like"));
    }

    @Test
    void aLikeDescriptionInsideOneMentionStaysWhole() {
        assertEquals(List.of("Zeta-like operating system/Operating_System"),
                find("a/DET Zeta-like/ADJ/B-Operating_System operating/NOUN/I-Operating_System system/NOUN/I-Operating_System"));
        assertEquals(List.of("Zeta-like OS/Operating_System"),
                find("other/ADJ Zeta-like/ADJ/B-Operating_System OS/PROPN/I-Operating_System code/NOUN"));
    }

    @Test
    void aLikeWordBeforeANameSplits() {
        assertEquals(List.of("Zeta/" + Mention.UNTYPED, "Quarn License/License"),
                find("the/DET Zeta-like/ADJ/B-License Quarn/PROPN/I-License License/PROPN/I-License"));
    }
}
