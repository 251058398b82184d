package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CoordinatedNameJoiner} in the full repair chain, on invented sentences ("word/B-TYPE"; an untagged word is O). */
class CoordinatedNameJoinerTest {

    private static List<String> shown(String tagged) {
        return Fixtures.repaired(tagged).stream().map(m -> m.text() + "/" + m.type()).toList();
    }

    @Test
    void aCoordinationInsideAnOrganisationsNameDoesNotCutIt() {
        List<String> m = shown("Quillpad/B-Application was conceived in 2001 by the Contoso Research Learning Science and Technology team"
                + " and released under a shared/B-License source/I-License license .");
        assertTrue(m.contains("Contoso Research Learning Science and Technology team/Organization"), m.toString());
        assertFalse(m.stream().anyMatch(x -> x.startsWith("Contoso Research Learning Science/")), m.toString());
    }

    @Test
    void twoTeamsOrANameOfItsOwnAfterTheCoordinationStayApart() {
        List<String> plural = shown("Quillpad/B-Application was built by the Contoso Research and Zeta Labs teams in 2001 .");
        assertFalse(plural.stream().anyMatch(x -> x.contains(" and ")), plural.toString());
        List<String> tagged = shown("Quillpad/B-Application was built by the Contoso Research and Zeta/B-Organization group in 2001 .");
        assertFalse(tagged.stream().anyMatch(x -> x.contains(" and ")), tagged.toString());
    }
}
