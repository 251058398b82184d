package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.softkg.model.Mention;

class BasedNameSplitterTest {

    private static List<String> find(String sentence) {
        return Fixtures.show(Fixtures.repair(new BasedNameSplitter(), Fixtures.document(null, sentence)));
    }

    @Test
    void untaggedBasedWordNamesItsBase() {
        assertEquals(List.of("Zeta/" + Mention.UNTYPED, "Orbit/Application"),
                find("the/DET Zeta-based/PROPN Orbit/PROPN/B-Application browser/NOUN"));
    }

    @Test
    void modelNumberJoinsTheNameBeforeIt() {
        assertEquals(List.of("Kappa 6800/Architecture"),
                find("a/DET Kappa/PROPN/B-Architecture 6800-based/ADJ machine/NOUN"));
    }

    @Test
    void taggedNameThatGoesOnIsSplit() {
        assertEquals(List.of("Zeta/" + Mention.UNTYPED, "Orbit/Application"),
                find("the/DET Zeta-based/PROPN/B-Application Orbit/PROPN/I-Application browser/NOUN"));
    }

    @Test
    void lowerCaseBaseIsNoName() {
        assertEquals(List.of(), find("a/DET web-based/ADJ tool/NOUN"));
    }
}
