package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link EditionJoiner} in the full repair chain, on invented sentences ("word/B-TYPE"; an untagged word is O). */
class EditionJoinerTest {

    private static List<String> shown(String tagged) {
        return Fixtures.repaired(tagged).stream().map(m -> m.text() + "/" + m.type()).toList();
    }

    @Test
    void aTaggedNameTakesTheEditionWordAfterIt() {
        List<String> plus = shown("Zeta/B-Application Plus ( Zeta/B-Application Version 3 ) includes Orbit/B-Application .");
        assertTrue(plus.contains("Zeta Plus/Application"), plus.toString());
        List<String> roman = shown("The Quill/B-Device II could read Kappa/B-Device disks .");
        assertTrue(roman.contains("Quill II/Device"), roman.toString());
        List<String> express = shown("Kappa/B-Device and Kappa/B-Device Express are buses .");
        assertTrue(express.contains("Kappa Express/Device"), express.toString());
    }

    @Test
    void aLongerRunOrAnOrdinaryWordStaysApart() {
        List<String> longer = shown("It ships the Zeta/B-Application Pro Tools Orbit release .");
        assertFalse(longer.stream().anyMatch(x -> x.startsWith("Zeta Pro")), longer.toString());
        List<String> plain = shown("Zeta/B-Application runs at home on Orbit/B-Operating_System .");
        assertFalse(plain.stream().anyMatch(x -> x.startsWith("Zeta home")), plain.toString());
    }
}
