package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.softkg.mention.AgentTyperTest.typed;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ninth session's precision pass: names listed as examples of a plural role noun are agents ("manufacturers such as
 * A , B and C"), and an agent's verb may follow a perfect auxiliary ("Zeta had also released"). Sentences written
 * for the test.
 */
class AgentExemplarTest {

    @Test
    void examplesOfAPluralOrganisationNounAreOrganisations() {
        assertEquals(List.of("Kappa/Device", "Zeta/Organization", "Orbo/Organization", "Quill/Organization"),
                typed("The/DET Kappa/PROPN/B-Device format/NOUN is/AUX backed/VERB by/ADP television/NOUN "
                        + "manufacturers/NOUN such/ADJ as/ADP Zeta/PROPN ,/PUNCT Orbo/PROPN/B-Application and/CCONJ "
                        + "Quill/PROPN ./PUNCT"));
    }

    @Test
    void theListGoesOnPastAsWellAs() {
        assertEquals(List.of("Zeta/Organization", "Orbo/Organization", "Quill/Organization"),
                typed("Many/ADJ companies/NOUN ,/PUNCT including/VERB Zeta/PROPN ,/PUNCT as/ADV well/ADV as/ADP "
                        + "Orbo/PROPN and/CCONJ Quill/PROPN ,/PUNCT joined/VERB the/DET group/NOUN ./PUNCT"));
    }

    @Test
    void examplesOfAPluralPersonNounArePeople() {
        assertEquals(List.of("Ada Quill/Person"),
                typed("Several/ADJ researchers/NOUN like/ADP Ada/PROPN Quill/PROPN studied/VERB it/PRON ./PUNCT"));
    }

    @Test
    void examplesOfAPluralThingNounStayAsTheyAre() {
        assertEquals(List.of("Zeta/Application", "Orbo/Protocol", "Quill/Protocol"),
                typed("Zeta/PROPN/B-Application reads/VERB formats/NOUN such/ADJ as/ADP Orbo/PROPN/B-Protocol "
                        + "and/CCONJ Quill/PROPN/B-Protocol ./PUNCT"));
    }

    @Test
    void aLowerCaseWordBreaksTheList() {
        assertEquals(List.of("Zeta/Organization", "Quill/Application"),
                typed("Vendors/NOUN such/ADJ as/ADP Zeta/PROPN ship/VERB the/DET Quill/PROPN/B-Application "
                        + "tool/NOUN ./PUNCT"));
    }

    @Test
    void anAgentsVerbAfterAPerfectAuxiliary() {
        assertEquals(List.of("Zeta/Organization", "Quill License/License"),
                typed("Zeta/PROPN had/AUX also/ADV released/VERB some/DET code/NOUN under/ADP the/DET "
                        + "Quill/PROPN/B-License License/PROPN/I-License ./PUNCT"));
    }
}
