package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.softkg.model.Mention;

class ConnectedNameFinderTest {

    private static final String N = "/" + Mention.UNTYPED;

    private static List<String> find(String... sentences) {
        return Fixtures.show(Fixtures.repair(new ConnectedNameFinder(), Fixtures.document(null, sentences)));
    }

    @Test
    void foreignPrepositionsArticlesAndCoordinatorsJoinOneName() {
        assertEquals(List.of("Quill/Application", "Fundación para o Fomento da Calidade Industrial e Desenvolvemento de Zeta" + N),
                find("Quill/PROPN/B-Application is/AUX developed/VERB by/ADP the/DET Fundación/PROPN para/ADP o/DET "
                        + "Fomento/PROPN da/ADP Calidade/PROPN Industrial/PROPN e/CCONJ Desenvolvemento/PROPN de/ADP "
                        + "Zeta/PROPN ,/PUNCT dependent/ADJ of/ADP Orbo/PROPN"));
    }

    @Test
    void englishOfJoinsNamesOfInstitutions() {
        assertEquals(List.of("Ministry of Industry of the Xunta de Zeta" + N),
                find("dependent/ADJ of/ADP the/DET Ministry/PROPN of/ADP Industry/PROPN of/ADP the/DET Xunta/PROPN "
                        + "de/ADP Zeta/PROPN ./PUNCT"));
        assertEquals(List.of("Institute of Electrical and Electronics Engineers" + N),
                find("by/ADP the/DET Institute/PROPN of/ADP Electrical/PROPN and/CCONJ Electronics/PROPN "
                        + "Engineers/PROPN ./PUNCT"));
    }

    @Test
    void englishOfDoesNotJoinOtherNames() {
        assertEquals(List.of(), find("developed/VERB by/ADP Zeta/PROPN of/ADP Quillland/PROPN and/CCONJ Orbo/PROPN ./PUNCT"));
        assertEquals(List.of(), find("made/VERB by/ADP Zeta/PROPN for/ADP Quill/PROPN ./PUNCT"));
    }

    @Test
    void listsOfNamesStayApart() {
        assertEquals(List.of(), find("both/DET Microsoft/PROPN and/CCONJ IBM/PROPN use/VERB it/PRON"));
        assertEquals(List.of("University of Zeta" + N),
                find("it/PRON was/AUX built/VERB at/ADP the/DET University/PROPN of/ADP Zeta/PROPN and/CCONJ "
                        + "Quill/PROPN University/PROPN in/ADP the/DET same/ADJ year/NOUN ./PUNCT"));
    }

    @Test
    void anotherInstitutionAfterOfIsNotJoined() {
        assertEquals(List.of("University of Orbo" + N),
                find("research/NOUN was/AUX done/VERB at/ADP the/DET University/PROPN of/ADP Orbo/PROPN ,/PUNCT "
                        + "not/PART at/ADP the/DET University/PROPN of/ADP Zeta/PROPN Quill/PROPN Laboratory/PROPN ./PUNCT"));
    }

    @Test
    void namesTouchingATaggedNameAreLeftAlone() {
        assertEquals(List.of("Nero AG/Application"),
                find("by/ADP Nero/PROPN/B-Application AG/PROPN/I-Application of/ADP Germany/PROPN ./PUNCT"));
    }
}
