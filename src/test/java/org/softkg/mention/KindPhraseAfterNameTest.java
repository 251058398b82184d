package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class KindPhraseAfterNameTest {

    private static List<String> repair(String sentence) {
        return Fixtures.show(Fixtures.repair(new KindPhraseAfterName(), Fixtures.document(null, sentence)));
    }

    @Test
    void unmarksTheKindTaggedAfterAName() {
        assertEquals(List.of("Zeta/Operating_System", "Contoso/Organization"),
                repair("the/DET Zeta/PROPN/B-Operating_System mobile/ADJ/B-Operating_System operating/NOUN/I-Operating_System "
                        + "system/NOUN/I-Operating_System developed/VERB by/ADP Contoso/PROPN/B-Organization"));
        assertEquals(List.of("QuillWWW/Protocol"),
                repair("The/DET QuillWWW/PROPN/B-Protocol library/NOUN/B-Library made/VERB by/ADP"));
    }

    @Test
    void keepsAKernelAndAKindAfterADescription() {
        assertEquals(List.of("Zeta/Operating_System", "kernel/Operating_System"),
                repair("the/DET Zeta/PROPN/B-Operating_System kernel/NOUN/B-Operating_System"));
        assertEquals(List.of("free and open-source/License", "compiler/Application"),
                repair("a/DET free/ADJ/B-License and/CCONJ/I-License open-source/ADJ/I-License compiler/NOUN/B-Application"));
    }

    @Test
    void keepsAKindThatIsNotRightAfterTheName() {
        assertEquals(List.of("Zeta/Library", "library/Library"),
                repair("Zeta/PROPN/B-Library is/AUX a/DET library/NOUN/B-Library"));
    }
}
