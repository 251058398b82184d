package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.softkg.model.Document;

class NameExtenderTest {

    private static List<String> extend(String... sentences) {
        return Fixtures.show(Fixtures.repair(new NameExtender(), Fixtures.document(null, sentences)));
    }

    @Test
    void extendsLeftOverUntaggedCamelCaseName() {
        assertEquals(List.of("DragonFly BSD/Operating_System"),
                extend("DragonFly/PROPN BSD/PROPN/B-Operating_System is/AUX free/ADJ"));
    }

    @Test
    void extendsRightOverProperNoun() {
        assertEquals(List.of("Xbox Live/Device"),
                extend("uses/VERB Xbox/PROPN/B-Device Live/PROPN on/ADP phones/NOUN"));
    }

    @Test
    void doesNotGlueANameTheDocumentTagsOnItsOwn() {
        assertEquals(List.of("FreeBSD/Operating_System", "Linux/Operating_System"),
                extend("runs/VERB FreeBSD/PROPN/B-Operating_System Linux/PROPN ./PUNCT",
                        "Linux/PROPN/B-Operating_System is/AUX a/DET kernel/NOUN"));
    }

    @Test
    void aRomanNumeralAfterANameIsPartOfIt() {
        assertEquals(List.of("Orbit II/Application"),
                extend("In/ADP 2003/NUM Orbit/PROPN/B-Application II/NUM author/NOUN Ada/PROPN wrote/VERB"));
        assertEquals(List.of("Orbit/Application"),
                extend("Orbit/PROPN/B-Application is/AUX in/ADP version/NOUN 2/NUM"));
    }

    @Test
    void doesNotSwallowGenericNounAfterName() {
        assertEquals(List.of("FreeBSD/Operating_System"),
                extend("other/ADJ FreeBSD/PROPN/B-Operating_System developers/NOUN"));
    }

    @Test
    void doesNotSwallowCapitalisedGenericHead() {
        assertEquals(List.of("FreeBSD/Operating_System"),
                extend("the/DET FreeBSD/PROPN/B-Operating_System Project/PROPN ./PUNCT"));
    }

    @Test
    void commonNounMentionDoesNotGrow() {
        assertEquals(List.of("hardware/Architecture"),
                extend("on/ADP Intel/PROPN hardware/NOUN/B-Architecture"));
    }

    @Test
    void fragmentOfALongerNameDoesNotGrow() {
        assertEquals(List.of("Unix/Application"),
                extend("in/ADP Bell/ADV Labs/PROPN Unix/PROPN/B-Application and/CCONJ"));
    }

    @Test
    void versionIsNotPartOfTheName() {
        assertEquals(List.of("FreeBSD/Operating_System"),
                extend("from/ADP FreeBSD/PROPN/B-Operating_System 4.x/PROPN series/NOUN"));
    }

    @Test
    void modelNumberJoinsOnTheRight() {
        assertEquals(List.of("Atari 2600/Device"), extend("the/DET Atari/PROPN/B-Device 2600/NUM console/NOUN"));
    }

    @Test
    void capitalisedProductLineJoinsOnTheRight() {
        assertEquals(List.of("HP 64000 Series/Device"),
                extend("to/ADP the/DET HP/PROPN/B-Device 64000/NUM/I-Device Series/PROPN ,/PUNCT specifically/ADV"));
        assertEquals(List.of("Zeta/Device"), extend("the/DET Zeta/PROPN/B-Device series/NOUN ./PUNCT"));
        assertEquals(List.of("Zeta Series 42/Device"), extend("the/DET name/NOUN Zeta/PROPN/B-Device Series/PROPN 42/NUM ./PUNCT"));
    }

    @Test
    void editionJoinsANumberedNameButOtherWordsDoNot() {
        assertEquals(List.of("Windows 10 Pro/Operating_System"),
                extend("runs/VERB Windows/PROPN/B-Operating_System 10/NUM/I-Operating_System Pro/PROPN ./PUNCT"));
        assertEquals(List.of("Zeta 6100/Device"),
                extend("Zeta/PROPN/B-Device 6100/NUM/I-Device Speed/PROPN bumped/VERB from/ADP"));
    }

    @Test
    void yearDoesNotJoin() {
        assertEquals(List.of("Windows/Operating_System"), extend("on/ADP Windows/PROPN/B-Operating_System 2000/NUM ./PUNCT"));
    }

    @Test
    void sentenceInitialVerbFormDoesNotJoin() {
        assertEquals(List.of("CIDR/Protocol"), extend("Implementing/PROPN CIDR/PROPN/B-Protocol required/VERB changes/NOUN"));
    }

    @Test
    void listLikeSentenceIsLeftAlone() {
        Document d = Fixtures.document(null, "Name/PROPN Windows/PROPN/B-Application MacOSX/PROPN Linux/PROPN "
                + "BSD/PROPN Android/PROPN Price/PROPN License/PROPN Notes/PROPN");
        assertEquals(List.of("Windows/Application"), Fixtures.show(Fixtures.repair(new NameExtender(), d)));
    }

    @Test
    void aCapitalisedParticipleBeforeAPrepositionIsNoPartOfTheName() {
        assertEquals(List.of("Orbit Quest/Application", "Orbit Quest/Application"),
                extend("Orbit/PROPN/B-Application Quest/PROPN/I-Application Released/PROPN in/ADP 2001/NUM ,/PUNCT "
                        + "Orbit/PROPN/B-Application Quest/PROPN/I-Application was/AUX a/DET game/NOUN"));
        assertEquals(List.of("Zeta/Protocol"), extend("Zeta/PROPN/B-Protocol Replaced/PROPN by/ADP Orbit/PROPN"));
        // a capitalised word ending in -ed that no preposition follows still joins
        assertEquals(List.of("Zeta Embedded/Operating_System"),
                extend("the/DET Zeta/PROPN/B-Operating_System Embedded/PROPN kernel/NOUN"));
    }

    @Test
    void aNationalityAdjectiveAfterAnIndefiniteArticleQualifiesThePhrase() {
        assertEquals(List.of("Orbit/Application", "Zeta Home/Device"),
                extend("The/DET Orbit/PROPN/B-Application is/AUX a/DET Bulgarian/PROPN Zeta/PROPN/B-Device "
                        + "Home/PROPN/I-Device clone/NOUN"));
        // after "the", a nationality word may open a proper name
        assertEquals(List.of("Finnish Zeta Exchange/Protocol"),
                extend("joined/VERB the/DET Finnish/PROPN Zeta/PROPN/B-Protocol Exchange/PROPN/I-Protocol ./PUNCT"));
    }
}
