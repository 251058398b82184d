package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenShapeTest {

    @Test
    void versions() {
        for (String v : new String[] {"4.8", "5.2.0", "4.x", "v2", "V1.1", "3", "12"}) {
            assertTrue(TokenShape.isVersion(v), v);
        }
        for (String v : new String[] {"2600", "2003", "802.11", "XP", "4.8a", "x86"}) {
            assertFalse(TokenShape.isVersion(v), v);
        }
    }

    @Test
    void camelCase() {
        for (String t : new String[] {"DragonFly", "iPhone", "DPorts", "FreeBSD", "macOS"}) {
            assertTrue(TokenShape.isCamelCase(t), t);
        }
        for (String t : new String[] {"CPUs", "BIOSes", "KiB", "MHz", "75MHz", "Linux", "BSD", "vA", "engine.Microsoft"}) {
            assertFalse(TokenShape.isCamelCase(t), t);
        }
    }

    @Test
    void romanNumeralsAreNoAcronyms() {
        assertFalse(TokenShape.isAcronym("II"));
        assertFalse(TokenShape.isAcronym("XIV"));
        assertTrue(TokenShape.isAcronym("CLI"));
        assertTrue(TokenShape.isAcronym("LWKT"));
    }

    @Test
    void bareNumbers() {
        for (String t : new String[] {"4.8", "2003", "16", "1,000"}) {
            assertTrue(TokenShape.isBareNumber(t), t);
        }
        for (String t : new String[] {"8080", "68000", "FreeBSD"}) {
            assertFalse(TokenShape.isBareNumber(t), t);
        }
    }

    @Test
    void alphanumericNames() {
        assertTrue(TokenShape.isAlphanumericName("USB4BSD"));
        assertTrue(TokenShape.isAlphanumericName("X11"));
        assertFalse(TokenShape.isAlphanumericName("v2"));
        assertFalse(TokenShape.isAlphanumericName("64-bit"));
        assertFalse(TokenShape.isAlphanumericName("L1"));
    }

    @Test
    void unitsButNotTheVerbIs() {
        assertTrue(TokenShape.isUnit("GHz"));
        assertTrue(TokenShape.isUnit("KiB"));
        assertTrue(TokenShape.isUnit("kbit/s"));
        assertFalse(TokenShape.isUnit("is"));
    }
}
