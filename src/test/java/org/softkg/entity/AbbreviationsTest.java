package org.softkg.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AbbreviationsTest {

    @Test
    void acronymMayTakeLettersInsideWords() {
        assertTrue(Abbreviations.abbreviates("LWKT", "lightweight kernel threads"));
        assertTrue(Abbreviations.abbreviates("vkernel", "virtual kernel"));
        assertTrue(Abbreviations.abbreviates("IPv6", "Internet Protocol version 6"));
        assertTrue(Abbreviations.abbreviates("GPL", "GNU General Public License"));
        assertTrue(Abbreviations.abbreviates("I/O", "input/output"));
    }

    @Test
    void acronymMayLeaveOutLeadingWords() {
        assertTrue(Abbreviations.abbreviates("LGPL", "GNU Lesser General Public License"));
    }

    @Test
    void wordOfTheLongFormIsNoAbbreviation() {
        assertFalse(Abbreviations.abbreviates("Haskell", "Glasgow Haskell Compiler"));
        assertFalse(Abbreviations.abbreviates("arrays", "jagged arrays"));
    }

    @Test
    void capitalisedShortNameWithSameInitialAbbreviates() {
        assertTrue(Abbreviations.abbreviates("Y2K", "year 2000 problem"));
        assertTrue(Abbreviations.abbreviates("VxFS", "Veritas File System"));
    }

    @Test
    void oneWordLongFormIsNeverAbbreviated() {
        assertFalse(Abbreviations.abbreviates("C", "C99"));
        assertFalse(Abbreviations.abbreviates("RAM", "memory"));
    }

    @Test
    void otherNamesInParenthesesAreNotAbbreviations() {
        assertFalse(Abbreviations.abbreviates("Java", "Hibernate framework"));
        assertFalse(Abbreviations.abbreviates("DS", "Nintendo DS"));
        assertFalse(Abbreviations.abbreviates("Win32", "Microsoft Windows"));
        assertFalse(Abbreviations.abbreviates("ProPolice", "Stack-Smashing Protector"));
    }
}
