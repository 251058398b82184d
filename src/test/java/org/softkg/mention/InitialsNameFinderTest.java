package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names with initials as persons, in sentences written for the test. */
class InitialsNameFinderTest {

    private static List<String> find(String sentence) {
        return Fixtures.show(Fixtures.repair(new InitialsNameFinder(), Fixtures.document(null, sentence)));
    }

    @Test
    void initialsAsTokensOfTheirOwnBeforeASurname() {
        assertEquals(List.of("Quill/Application", "J . Q . Zeta/Person"),
                find("Quill/PROPN/B-Application was/AUX built/VERB by/ADP J/PROPN ./PUNCT Q/PROPN ./PUNCT Zeta/PROPN "
                        + "in/ADP 1927/NUM"));
    }

    @Test
    void initialWithItsStopAndAFirstNameWithAnInitial() {
        assertEquals(List.of("J. Zeta/Person"), find("a/DET paper/NOUN by/ADP J./PROPN Zeta/PROPN appeared/VERB"));
        assertEquals(List.of("Ada J . Zeta/Person"), find("a/DET paper/NOUN by/ADP Ada/PROPN J/PROPN ./PUNCT Zeta/PROPN"));
    }

    @Test
    void countryAbbreviationsAndTitlesAreNoPersons() {
        assertEquals(List.of(), find("the/DET U/PROPN ./PUNCT S/PROPN ./PUNCT Navy/PROPN used/VERB it/PRON"));
        assertEquals(List.of(), find("by/ADP J/PROPN ./PUNCT Zeta/PROPN Corporation/PROPN"));
        assertEquals(List.of(), find("by/ADP J/PROPN ./PUNCT Zeta/PROPN Labs/PROPN"));
    }

    @Test
    void taggedTokensAreLeftAlone() {
        assertEquals(List.of("J . Zeta/Application"), find("by/ADP J/PROPN/B-Application ./PUNCT/I-Application Zeta/PROPN/I-Application"));
    }

    @Test
    void loneLetterAndStopNeedAProperNounAfterIt() {
        assertEquals(List.of(), find("a/DET testing/NOUN tool/NOUN for/ADP C/PROPN ./PUNCT Certified/VERB testing/NOUN"));
        assertEquals(List.of(), find("in/ADP P/PROPN ./PUNCT The/DET simplest/ADJ way/NOUN"));
        assertEquals(List.of("M . Zeta/Person"), find("proposed/VERB by/ADP M/PROPN ./PUNCT Zeta/PROPN ./PUNCT"));
    }

    @Test
    void firstNameBeforeInitialsMustBeAProperNoun() {
        assertEquals(List.of("R . K . Zeta/Person"), find("Both/DET Global/ADJ R/PROPN ./PUNCT K/PROPN ./PUNCT Zeta/PROPN"));
    }
}
