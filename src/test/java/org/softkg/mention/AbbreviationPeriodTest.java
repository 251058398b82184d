package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AbbreviationPeriodTest {

    private static List<String> show(String sentence) {
        return Fixtures.show(Fixtures.repair(new AbbreviationPeriod(), Fixtures.document(null, sentence)));
    }

    @Test
    void periodAfterInsideTheSentenceJoins() {
        assertEquals(List.of("Zeta Systems Inc ./Organization", "Orbo/Device"),
                show("Produced/VERB by/ADP Zeta/PROPN/B-Organization Systems/PROPN/I-Organization Inc/PROPN/I-Organization "
                        + "./PUNCT in/ADP Quill/PROPN ,/PUNCT Orbo/PROPN/B-Device took/VERB years/NOUN ./PUNCT"));
    }

    @Test
    void periodEndingTheSentenceJoins() {
        assertEquals(List.of("Quill/Application", "Zeta Ltd ./Organization"),
                show("Quill/PROPN/B-Application is/AUX made/VERB by/ADP Zeta/PROPN/B-Organization Ltd/PROPN/I-Organization ./PUNCT"));
    }

    @Test
    void periodBeforeACapitalisedWordMayEndTheSentenceAndStaysOut() {
        assertEquals(List.of("Zeta Inc/Organization"),
                show("by/ADP Zeta/PROPN/B-Organization Inc/PROPN/I-Organization ./PUNCT The/DET company/NOUN grew/VERB"));
    }

    @Test
    void otherNamesDoNotTakeThePeriod() {
        assertEquals(List.of("FreeBSD/Operating_System"), show("uses/VERB FreeBSD/PROPN/B-Operating_System ./PUNCT"));
        assertEquals(List.of("Inc/Organization"), show("uses/VERB Inc/PROPN/B-Organization ./PUNCT"));
    }
}
