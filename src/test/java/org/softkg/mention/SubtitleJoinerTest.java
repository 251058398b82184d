package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A subtitle after a colon belongs to the title that opens the sentence (recall11). Invented sentences. */
class SubtitleJoinerTest {

    private static List<String> join(String... sentences) {
        return Fixtures.show(Fixtures.repair(new SubtitleJoiner(), Fixtures.document(null, sentences)));
    }

    @Test
    void aNumberedTitleWithASubtitleAndAnEdition() {
        assertEquals(List.of("Orbit Quest 2 : Sons of Kappa - HD Edition/Application", "Zeta 3/Operating_System"),
                join("Orbit/PROPN/B-Application Quest/PROPN/I-Application 2/NUM :/PUNCT Sons/PROPN of/ADP Kappa/PROPN "
                        + "-/PUNCT HD/PROPN Edition/PROPN was/AUX released/VERB on/ADP Zeta/PROPN/B-Operating_System "
                        + "3/NUM/I-Operating_System"));
    }

    @Test
    void aSubtitleWithoutNumber() {
        assertEquals(List.of("Orbit : Cottage Living/Application"),
                join("Orbit/PROPN/B-Application :/PUNCT Cottage/PROPN Living/PROPN is/AUX an/DET expansion/NOUN"));
    }

    @Test
    void aColonBeforeADescriptionOrAListStaysApart() {
        assertEquals(List.of("Orbit/Application"),
                join("Orbit/PROPN/B-Application :/PUNCT a/DET tool/NOUN for/ADP editors/NOUN"));
        assertEquals(List.of("Orbit/Application", "Zeta/Device"),
                join("Orbit/PROPN/B-Application :/PUNCT Tested/VERB on/ADP Zeta/PROPN/B-Device"));
        // the words after the colon do not run up to a verb
        assertEquals(List.of("Orbit/Application"),
                join("Orbit/PROPN/B-Application :/PUNCT Cottage/PROPN Living/PROPN ,/PUNCT a/DET pack/NOUN"));
    }

    @Test
    void onlyATitleThatOpensTheSentence() {
        assertEquals(List.of("Orbit/Application"),
                join("In/ADP Orbit/PROPN/B-Application :/PUNCT Cottage/PROPN Living/PROPN is/AUX new/ADJ"));
    }
}
