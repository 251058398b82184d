package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadNounTyperTest {

    private static List<String> find(String sentence) {
        return Fixtures.show(Fixtures.repair(new HeadNounTyper(), Fixtures.document(null, sentence)));
    }

    @Test
    void licenseHeadMakesALicenseWhateverTheTag() {
        assertEquals(List.of("Zeta license/License"),
                find("under/ADP the/DET Zeta/PROPN/B-Operating_System license/NOUN/I-Operating_System ./PUNCT"));
    }

    @Test
    void languageAndProtocolHeadsGiveTheirTypes() {
        assertEquals(List.of("Zeta programming language/Language", "Quux protocol/Protocol"),
                find("the/DET Zeta/PROPN/B-Application programming/NOUN/I-Application language/NOUN/I-Application "
                        + "uses/VERB the/DET Quux/PROPN/B-Application protocol/NOUN/I-Application"));
    }

    @Test
    void architectureAfterANameByItsShapeMakesAnArchitecture() {
        assertEquals(List.of("Zx86 architecture/Architecture", "Quillford architecture/General_Concept"),
                find("the/DET Zx86/PROPN/B-Operating_System architecture/NOUN/I-Operating_System and/CCONJ "
                        + "the/DET Quillford/PROPN/B-General_Concept architecture/NOUN/I-General_Concept"));
    }

    @Test
    void capitalisedHeadIsPartOfATitle() {
        assertEquals(List.of("Zeta Modeling Language/General_Concept"),
                find("the/DET Zeta/PROPN/B-General_Concept Modeling/PROPN/I-General_Concept "
                        + "Language/PROPN/I-General_Concept"));
    }

    @Test
    void headAloneOrInsideTheNameChangesNothing() {
        assertEquals(List.of("license/Application", "license server/Application"),
                find("the/DET license/NOUN/B-Application and/CCONJ a/DET license/NOUN/B-Application "
                        + "server/NOUN/I-Application"));
    }

    @Test
    void typeWordsRightAfterANameTypeIt() {
        assertEquals(List.of("Kappa/Application", "Zeta/Operating_System"),
                find("Kappa/PROPN/B-Application runs/VERB on/ADP the/DET Zeta/PROPN/B-Application operating/NOUN "
                        + "system/NOUN ./PUNCT"));
        assertEquals(List.of("Zeta/Protocol", "Kappa/Language"),
                find("the/DET Zeta/PROPN/B-Application protocol/NOUN and/CCONJ the/DET Kappa/PROPN/B-Library "
                        + "programming/NOUN language/NOUN"));
    }

    @Test
    void typeWordsThatQualifyANounOrNameALicenceChangeNothing() {
        assertEquals(List.of("Zeta/Application", "Kappa/Application", "Quill Group/Organization"),
                find("the/DET Zeta/PROPN/B-Application language/NOUN bindings/NOUN ,/PUNCT the/DET "
                        + "Kappa/PROPN/B-Application license/NOUN and/CCONJ the/DET Quill/PROPN/B-Organization "
                        + "Group/PROPN/I-Organization protocol/NOUN"));
    }

    @Test
    void aLowerCaseWordBeforeATypeWordKeepsItsType() {
        assertEquals(List.of("keyboard/Device"),
                find("the/DET keyboard/NOUN/B-Device protocol/NOUN is/AUX simple/ADJ"));
    }
}
