package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackageNameFinderTest {

    private static List<String> find(String... sentences) {
        return Fixtures.show(Fixtures.repair(new PackageNameFinder(), Fixtures.document(null, sentences)));
    }

    @Test
    void aLowerCaseWordOpeningADescriptionOfAProgramIsItsName() {
        assertEquals(List.of("libquill/Library"),
                find("libquill/NOUN is/AUX a/DET small/ADJ parsing/NOUN library/NOUN written/VERB in/ADP C/PROPN"));
        assertEquals(List.of("zeta-applet/Application"),
                find("zeta-applet/NOUN is/AUX the/DET desktop/NOUN applet/NOUN for/ADP Orbit/PROPN"));
    }

    @Test
    void functionWordsAndOtherDescriptionsAreNoNames() {
        // a sentence part opening with a function word, a kind noun past the description, and no kind noun at all
        assertEquals(List.of(), find("this/PRON is/AUX an/DET undocumented/ADJ library/NOUN"));
        assertEquals(List.of(), find("conditioning/NOUN is/AUX a/DET property/NOUN of/ADP the/DET library/NOUN"));
        assertEquals(List.of(), find("quillbox/NOUN is/AUX a/DET popular/ADJ choice/NOUN"));
        // not at the opening of the sentence: an ordinary lower-case noun in running text
        assertEquals(List.of(), find("the/DET software/NOUN is/AUX a/DET tool/NOUN"));
    }
}
