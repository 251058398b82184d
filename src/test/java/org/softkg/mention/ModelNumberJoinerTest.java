package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.softkg.model.Document;
import org.softkg.model.Mention;

/** {@link ModelNumberJoiner} in the full repair chain, on invented sentences ("word/B-TYPE"; an untagged word is O). */
class ModelNumberJoinerTest {

    private static List<String> texts(String tagged) {
        return Fixtures.repaired(tagged).stream().map(Mention::text).toList();
    }

    @Test
    void aFoundNameTakesItsModelNumber() {
        List<String> m = texts("Both firms sold machines based on the Kappa/B-Operating_System : the Zorbix 3600 and the Quill/B-Device .");
        assertTrue(m.contains("Zorbix 3600"), m.toString());
        assertFalse(m.contains("Zorbix"), m.toString());
    }

    @Test
    void aSentenceInitialWordWithAModelNumberIsAName() {
        List<String> m = texts("Zorblex 3000 is a home computer developed by Kappa/B-Organization Labs/I-Organization .");
        assertTrue(m.contains("Zorblex 3000"), m.toString());
        List<String> the = texts("The Zorbix 3600 is based on the Kappa/B-Operating_System .");
        assertTrue(the.contains("Zorbix 3600"), the.toString());
    }

    @Test
    void aStandardsBodyTakesTheStandardsNumberAsPartOfTheName() {
        List<Mention> m = Fixtures.repaired("The IEEE 802.1Qca standard uses Orbit/B-Protocol Bridging/I-Protocol .");
        Mention std = m.stream().filter(x -> x.text().startsWith("IEEE")).findFirst().orElseThrow();
        assertTrue(std.text().equals("IEEE 802.1Qca"), m.toString());
        assertNull(std.version(), std.toString());
        List<String> dated = texts("The format follows part of the IEEE/B-Protocol Std/I-Protocol 1355-1995 .");
        assertTrue(dated.contains("IEEE Std 1355-1995"), dated.toString());
        List<String> tagged = texts("Zeta/B-Protocol is defined in the IEEE/B-Protocol 802.3/I-Protocol standard .");
        assertTrue(tagged.contains("IEEE 802.3"), tagged.toString());
    }

    @Test
    void quantitiesYearsAndLongerRunsStayApart() {
        assertFalse(texts("Zorbix 1998 was a good year for Kappa/B-Organization .").contains("Zorbix 1998"));
        assertFalse(texts("The Zorbix/B-Device has 1024 cores and runs Kappa/B-Operating_System .").stream()
                .anyMatch(t -> t.contains("1024")));
        assertFalse(texts("It shipped the Zorbix 3340 Direct/B-Device Access/I-Device Facility/I-Device in 1973 .").contains("Zorbix 3340"));
        assertFalse(texts("Over 3000 games run on the Zorbix/B-Device .").stream().anyMatch(t -> t.contains("3000")));
        assertFalse(texts("The firm invested Zed 700 million in the Zorbix/B-Device network .").stream().anyMatch(t -> t.contains("700")));
    }

    @Test
    void aMakersNameWithAModelNumberNamesAProductNotTheMaker() {
        // the repair alone, on a maker's name typed by the agent repairs: "Kappa" + "1000" names a machine
        Document d = Fixtures.document("Nothing Here",
                "The/DET Kappa/PROPN/B-Organization 1000/NUM used/VERB the/DET Zeta/PROPN/B-Device chip/NOUN ./PUNCT");
        List<String> m = Fixtures.show(Fixtures.repair(new ModelNumberJoiner(), d));
        assertTrue(m.contains("Kappa 1000/Name"), m.toString());
    }

    @Test
    void anUntypedNameTakesATwoDigitNumber() {
        List<String> m = texts("On the Kappa/B-Device there are two common APIs/B-Application : Quill 96 and Zorbix , which are compatible .");
        assertTrue(m.contains("Quill 96"), m.toString());
        assertFalse(m.contains("Quill"), m.toString());
    }

    @Test
    void numberingNounsOneDigitQuantitiesAndTypedNamesKeepTheirNumberApart() {
        assertFalse(texts("As shown in Figure 13 , the Kappa/B-Application tree is small .").contains("Figure 13"));
        assertFalse(texts("Zorbix 4 was released with Kappa/B-Application support .").contains("Zorbix 4"));
        assertFalse(texts("The phone has a Quill 48 MP camera and runs Kappa/B-Operating_System .").stream()
                .anyMatch(t -> t.contains("48")));
        // a typed name and an untagged number: the version of that name, as before
        List<Mention> typed = Fixtures.repaired("Kappa/B-Operating_System 10 was released with Zeta/B-Application support .");
        assertTrue(typed.stream().anyMatch(x -> x.text().equals("Kappa") && "10".equals(x.version())), typed.toString());
    }

    @Test
    void aNameItsModelNumberAndAnEditionWordAreOneName() {
        List<String> m = texts("The Zorbix 800 Junior was a clone of the Kappa/B-Operating_System produced by Quill/B-Organization .");
        assertTrue(m.contains("Zorbix 800 Junior"), m.toString());
        assertFalse(m.contains("Junior"), m.toString());
    }
}
