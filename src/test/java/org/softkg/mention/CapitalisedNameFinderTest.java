package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.softkg.model.Mention;

class CapitalisedNameFinderTest {

    private static List<String> find(String sentence) {
        return Fixtures.show(Fixtures.repair(new CapitalisedNameFinder(), Fixtures.document(null, sentence)));
    }

    @Test
    void capitalisedNounsWhateverTheirTagAreAName() {
        assertEquals(List.of("Zeta/Application", "Blue Fox Games/" + Mention.UNTYPED),
                find("Zeta/PROPN/B-Application is/AUX a/DET game/NOUN produced/VERB by/ADP Blue/ADJ Fox/NOUN Games/NOUN ./PUNCT"));
    }

    @Test
    void loneAdjectiveBeforeAPossessiveIsAName() {
        assertEquals(List.of("Zeta/Application", "Kappa/" + Mention.UNTYPED),
                find("Zeta/PROPN/B-Application is/AUX Kappa/ADJ 's/PART fourth/ADJ major/ADJ franchise/NOUN ./PUNCT"));
    }

    @Test
    void mixedCaseWithASlashIsAName() {
        assertEquals(List.of("abc/XYZ/" + Mention.UNTYPED),
                find("it/PRON was/AUX forked/VERB from/ADP abc/XYZ/NOUN in/ADP 2013/NUM ./PUNCT"));
    }

    @Test
    void loneAdjectiveCoordinatedWithANameIsAName() {
        assertEquals(List.of("Quillbox/" + Mention.UNTYPED, "Zorvane/" + Mention.UNTYPED),
                find("enhanced/VERB Quillbox/NOUN and/CCONJ Zorvane/ADJ ;/PUNCT"));
        assertEquals(List.of("Orrin/" + Mention.UNTYPED, "Hale/Person"),
                find("when/ADV Orrin/ADJ and/CCONJ Hale/PROPN/B-Person both/CCONJ left/VERB"));
        // a nationality, or an adjective qualifying the noun after it, stays an adjective
        assertEquals(List.of("Quillbox/" + Mention.UNTYPED), find("Quillbox/PROPN and/CCONJ Japanese/ADJ ,/PUNCT"));
        assertEquals(List.of("Quillbox/" + Mention.UNTYPED), find("Quillbox/PROPN and/CCONJ Open/ADJ tools/NOUN"));
    }

    @Test
    void loneAdjectiveWithACapitalPrefixIsAName() {
        assertEquals(List.of("Q-Linker/" + Mention.UNTYPED), find("interfaces/NOUN :/PUNCT Q-Linker/ADJ ;/PUNCT"));
    }

    @Test
    void sentenceOpenerMonthsAndFunctionWordsAreNoNames() {
        assertEquals(List.of(), find("Later/ADV ,/PUNCT in/ADP March/PROPN The/DET tool/NOUN grew/VERB ./PUNCT"));
    }

    @Test
    void runTouchingAMentionIsLeftToThatMention() {
        assertEquals(List.of("Zeta/Application"),
                find("the/DET Zeta/PROPN/B-Application Studio/PROPN runs/VERB"));
    }

    @Test
    void runQualifyingTheNounAfterItIsNoName() {
        assertEquals(List.of("Kappa Works/" + Mention.UNTYPED),
                find("made/VERB by/ADP Zetan/ADJ game/NOUN developer/NOUN Kappa/PROPN Works/PROPN ./PUNCT"));
    }

    @Test
    void aNameBeforeAnAdjectiveWithAPrepositionIsAName() {
        assertEquals(List.of("Quill/Library", "Zeta++/" + Mention.UNTYPED, "Kappa/" + Mention.UNTYPED),
                find("Quill/PROPN/B-Library is/AUX a/DET library/NOUN written/VERB in/ADP Zeta++/PROPN similar/ADJ "
                        + "in/ADP functionality/NOUN to/ADP Kappa/PROPN"));
        assertEquals(List.of(),
                find("a/DET Zetan/PROPN free/ADJ game/NOUN"));
    }
}
