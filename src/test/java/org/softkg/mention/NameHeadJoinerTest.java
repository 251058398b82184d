package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link NameHeadJoiner} in the full repair chain, on invented sentences ("word/B-TYPE"; an untagged word is O). */
class NameHeadJoinerTest {

    private static List<String> shown(String tagged) {
        return Fixtures.repaired(tagged).stream().map(m -> m.text() + "/" + m.type()).toList();
    }

    @Test
    void aTaggedNameTakesTheCapitalisedWordsThatEndInAHead() {
        List<String> board = shown("The Quill/B-Application Architecture Review Board established the Zeta/B-Language assembly/I-Language"
                + " language/I-Language in 2002 .");
        assertTrue(board.contains("Quill Architecture Review Board/Organization"), board.toString());
        List<String> thing = shown("The Kappa/B-Device Balance Board is a controller .");
        assertTrue(thing.contains("Kappa Balance Board/Device"), thing.toString());
        List<String> tools = shown("Kappa/B-Language includes Quill/B-Language Language Processing Tools with an implementation of"
                + " Zeta/B-Application .");
        assertTrue(tools.contains("Quill Language Processing Tools/Language"), tools.toString());
    }

    @Test
    void aLowerCaseNameAndALongerRunStayApart() {
        List<String> lower = shown("It uses the orbit/B-Algorithm Review Board scheme .");
        assertFalse(lower.stream().anyMatch(x -> x.startsWith("orbit Review")), lower.toString());
        List<String> longer = shown("It ships the Zeta/B-Application Developer Tools Kappa Orbit release .");
        assertFalse(longer.stream().anyMatch(x -> x.startsWith("Zeta Developer Tools")), longer.toString());
    }

    @Test
    void aNameCutBeforeTheHeadOfAnOrganisationTakesIt() {
        List<String> foundation = shown("Quill/B-Application is a store developed by the Zeta/B-Application"
                + " Software/I-Application Foundation .");
        assertTrue(foundation.contains("Zeta Software Foundation/Organization"), foundation.toString());
        List<String> corporation = shown("Quill/B-Application was sold by Zeta/B-Application Communications"
                + " Corporation in 1998 .");
        assertTrue(corporation.contains("Zeta Communications Corporation/Organization"), corporation.toString());
        List<String> labs = shown("It was written at Zeta/B-Operating_System Labs in 1975 .");
        assertTrue(labs.contains("Zeta Labs/Organization"), labs.toString());
    }

    @Test
    void aProductEndingInFoundationIsWholeButKeepsItsType() {
        List<String> product = shown("Quill/B-Application draws its windows with Zeta/B-Device Presentation/I-Device"
                + " Foundation .");
        assertTrue(product.contains("Zeta Presentation Foundation/Device"), product.toString());
        List<String> server = shown("It needs the Zeta/B-Application Team/I-Application Foundation Server 2010 .");
        assertFalse(server.stream().anyMatch(x -> x.startsWith("Zeta Team Foundation/")), server.toString());
    }
}
