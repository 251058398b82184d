package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Invented sentences for the thirteenth session's precision pass on unseen text (docs/readme-prec15.md): a plan
 * word before an article still cancels the match after it; an untyped name that only ends a longer name (after a
 * capitalised noun no finder took) or a first name before a quoted nickname is no
 * argument ({@link SentenceUnits#isUntypedNameEnd}, {@link SentenceUnits#isNameFragment}).
 */
class UnseenTextPrecision15Test {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(RelationNames.CORE);

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void aPlanBeforeAnArticleCancels() {
        assertEquals(Set.of(), facts("Although Contoso planned to release an [Orbit|Application] application for "
                + "[Zeta|Device] , it never shipped ."));
        assertEquals(Set.of("orbit runsOn zeta"), facts("In 2004 Contoso released an [Orbit|Application] application "
                + "for [Zeta|Device] ."));
    }

    @Test
    void anUntypedNameAfterAnUntakenCapitalisedWordIsNoArgument() {
        assertEquals(Set.of(), facts("Darkness [Orbit|Name] was the first paid expansion to [Zeta|Application] ."));
        assertEquals(Set.of("orbit partOf zeta"),
                facts("[Orbit|Name] was the first paid expansion to [Zeta|Application] ."));
    }

    @Test
    void anUntypedNameBeforeAModelNumberIsNoArgument() {
        assertEquals(Set.of(), facts("[Orbit|Name] 6 and [Orbit|Name] 4 were superseded by [Zeta|Device] ."));
        assertEquals(Set.of("zeta successorOf orbit"), facts("[Orbit|Name] was superseded by [Zeta|Device] ."));
    }

    @Test
    void aNationalityIsNoArgument() {
        assertEquals(Set.of(), facts("These machines were made at the plant [Orbit|Name] , based on [South Korean|Name] "
                + "microchips ."));
        assertEquals(Set.of("orbit basedOn zeta"), facts("These machines were made at the plant [Orbit|Name] , based on "
                + "[Zeta|Name] microchips ."));
    }

    @Test
    void theLongFormOfAPluralAcronymIsNoArgument() {
        assertEquals(Set.of(), facts("[Orbit|Operating_System] runs on standard mainframe ZPs ( [Zeta Processors|Name] ) "
                + "as well as on small boards ."));
        assertEquals(Set.of("orbit runsOn zeta processor"), facts("[Orbit|Operating_System] runs on the ZP ( "
                + "[Zeta Processor|Name] ) as well as on small boards ."));
    }

    @Test
    void aFirstNameBeforeAQuotedNicknameIsNoMaker() {
        assertEquals(Set.of(), facts("[Orbit|Application] was first developed in 1990 by [Ann|Name] \" Quill "
                + "Kappa \" Lee , who later left ."));
        assertEquals(Set.of("orbit developedBy ann lee"), facts("[Orbit|Application] was first developed by "
                + "[Ann Lee|Person] , who later left ."));
    }
}
