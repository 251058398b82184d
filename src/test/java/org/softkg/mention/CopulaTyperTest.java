package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CopulaTyperTest {

    private static List<String> type(String... sentences) {
        return Fixtures.show(Fixtures.repair(new CopulaTyper(), Fixtures.document(null, sentences)));
    }

    @Test
    void theCopulaStatesTheTypeWhateverTheTag() {
        assertEquals(List.of("Zeta/Language"),
                type("Zeta/PROPN/B-Application is/AUX a/DET functional/ADJ programming/NOUN language/NOUN ./PUNCT"));
        assertEquals(List.of("Zeta/Operating_System"),
                type("Zeta/PROPN/B-Application is/AUX a/DET free/ADJ and/CCONJ open-source/ADJ operating/NOUN "
                        + "system/NOUN for/ADP servers/NOUN"));
        assertEquals(List.of("Zeta/Library", "Kappa/Language"),
                type("Zeta/PROPN/B-Application is/AUX a/DET high-level/ADJ Kappa/PROPN/B-Language library/NOUN "
                        + "of/ADP headers/NOUN"));
    }

    @Test
    void theTypeHoldsForTheNamesOtherMentions() {
        assertEquals(List.of("Zeta/Protocol", "Kappa/Application", "Zeta/Protocol"),
                type("Zeta/PROPN/B-Application is/AUX a/DET network/NOUN protocol/NOUN ./PUNCT",
                        "Kappa/PROPN/B-Application speaks/VERB Zeta/PROPN/B-Application ./PUNCT"));
    }

    @Test
    void aHeadThatQualifiesANounOrANegationStatesNothing() {
        assertEquals(List.of("Zeta/Application"),
                type("Zeta/PROPN/B-Application is/AUX a/DET protocol/NOUN analyzer/NOUN"));
        assertEquals(List.of("Zeta/Application"),
                type("Zeta/PROPN/B-Application is/AUX not/PART a/DET language/NOUN"));
        assertEquals(List.of("Zeta/Application"),
                type("Zeta/PROPN/B-Application is/AUX a/DET subset/NOUN of/ADP the/DET Kappa/PROPN language/NOUN"));
    }

    @Test
    void peopleOrganisationsAndTwoKindsKeepTheirTypes() {
        assertEquals(List.of("Zeta Labs/Organization"),
                type("Zeta/PROPN/B-Organization Labs/PROPN/I-Organization is/AUX the/DET language/NOUN"));
        assertEquals(List.of("Zeta/Application", "Zeta/Application"),
                type("Zeta/PROPN/B-Application is/AUX a/DET language/NOUN ./PUNCT",
                        "Zeta/PROPN/B-Application was/AUX a/DET protocol/NOUN ./PUNCT"));
    }
}
