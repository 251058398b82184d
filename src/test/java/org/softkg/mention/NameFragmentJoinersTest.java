package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SplitSymbolJoiner} and {@link ModelSuffixJoiner} in the full repair chain, on invented sentences. */
class NameFragmentJoinersTest {

    /** Mentions of one sentence written as "word/TAG word word/TAG"; an untagged word is O. */
    private static List<String> mentions(String tagged) {
        return Fixtures.repaired(tagged).stream().map(m -> m.text()).toList();
    }

    @Test
    void splitPlusPlusJoinsTheLanguageName() {
        List<String> m = mentions("Orbit/B-Application is written in Zeta/Z ++ and Python/B-Language .");
        assertTrue(m.contains("Zeta/Z ++"), m.toString());
        assertFalse(m.contains("Zeta/Z"), m.toString());
    }

    @Test
    void splitHashJoinsTheLanguageName() {
        List<String> m = mentions("Orbit/B-Application is written in Q/B-Language # .");
        assertTrue(m.contains("Q #"), m.toString());
    }

    @Test
    void modelNumberAndSuffixJoinTheName() {
        List<String> m = mentions("The Zetabook/B-Device 830 G5 uses an Kappa/B-Device Core/I-Device processor .");
        assertTrue(m.contains("Zetabook 830 G5"), m.toString());
        assertFalse(m.contains("G5"), m.toString());
    }

    @Test
    void suffixAfterABareNumberIsNoName() {
        List<String> m = mentions("Zetabook/B-Device 830 G5 , 840 G5 and 850 G5 with Kappa/B-Device Core/I-Device processors were announced .");
        assertFalse(m.contains("G5"), m.toString());
        assertTrue(m.contains("Kappa Core"), m.toString());
    }

    @Test
    void slashJoinedModelNumberJoinsTheName() {
        List<String> m = mentions("The Zeta/B-Device Unit/I-Device was made for use with the Kappa/B-Device System/I-Device 360/195 .");
        assertTrue(m.contains("Kappa System 360/195"), m.toString());
        List<String> years = mentions("The Zeta/B-Device System/I-Device 2007/2008 release was slow .");
        assertFalse(years.stream().anyMatch(s -> s.contains("2007/2008")), years.toString());
        List<String> sizes = mentions("The Zeta/B-Device 1024/2048 KB memory was slow .");
        assertFalse(sizes.stream().anyMatch(s -> s.contains("1024/2048")), sizes.toString());
    }

    @Test
    void numberSignAfterAWordStaysOut() {
        List<String> m = mentions("Orbit/B-Application # 2 was a hit .");
        assertTrue(m.contains("Orbit"), m.toString());
    }

    @Test
    void genericAcronymOrUnitAfterAChipNumberIsNotJoined() {
        List<String> m = mentions("The Zeta/B-Device Chips/I-Device 8727 DMA/B-General_Concept was used in the Kappa/B-Device .");
        assertFalse(m.stream().anyMatch(s -> s.contains("8727")), m.toString());
        List<String> mb = mentions("The Zetabook/B-Device 830 with 512 MB of memory .");
        assertFalse(mb.stream().anyMatch(s -> s.contains("MB")), mb.toString());
    }

    @Test
    void aYearOrALongerRunIsNotJoined() {
        List<String> m = mentions("Orbo/B-Application 2019 SE was released .");
        assertFalse(m.stream().anyMatch(s -> s.contains("2019 SE")), m.toString());
        List<String> row = mentions("Zetabook/B-Device 830 GX Tandy Wellington were listed .");
        assertFalse(row.stream().anyMatch(s -> s.contains("830")), row.toString());
    }
}
