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
}
