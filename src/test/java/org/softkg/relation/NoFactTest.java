package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sentences from which the default rules must draw nothing (or only the stated facts). */
class NoFactTest {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(RelationNames.CORE);

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void negationCancelsTheMatch() {
        assertEquals(Set.of(), facts("[Alpha|Operating_System] is not based on [Beta|Operating_System] ."));
        assertEquals(Set.of(), facts("[Alpha|Application] no longer runs on [Beta|Operating_System] ."));
        assertEquals(Set.of(), facts("[Alpha|Application] does not support [Beta|Protocol] ."));
        assertEquals(Set.of(), facts("[Alpha|Application] was never ported to [Beta|Device] ."));
    }

    @Test
    void unlikeIsNoSimilarity() {
        assertEquals(Set.of(), facts("[Alpha|Application] is unlike [Beta|Application] ."));
        assertEquals(Set.of("beta similarTo gamma"),
                facts("Unlike [Alpha|Application] , [Beta|Application] is similar to [Gamma|Application] ."));
        assertEquals(Set.of(), facts("[Beta|Application] , unlike [Alpha|Application] , is similar to [Gamma|Application] ."));
    }

    @Test
    void hypothesisCancelsTheMatch() {
        assertEquals(Set.of(), facts("If [Alpha|Application] were based on [Beta|Library] , it would be faster ."));
        assertEquals(Set.of(), facts("[Alpha|Application] would run on [Beta|Operating_System] ."));
        assertEquals(Set.of(), facts("[Alpha|Application] was a game planned for the [Beta|Device] ."));
    }

    @Test
    void pronounsVerbsAndNumbersFillNoSlot() {
        assertEquals(Set.of(), facts("[It|Application] runs on [Beta|Operating_System] ."));
        assertEquals(Set.of(), facts("[Alpha|Application] runs on [4.8|Operating_System] ."));
        assertEquals(Set.of("alpha forkedFrom beta"),
                facts("[Alpha|Operating_System] was [forked|Application] from [Beta|Operating_System] ."));
    }

    @Test
    void aQuantityOrAReleaseNumberIsNoArgument() {
        assertEquals(Set.of(), facts("[Alpha|Organization] 's custom [16-bit|Device] sound chip supports [Beta|Protocol] ."));
        assertEquals(Set.of(), facts("[Version 2|Application] uses [Beta|Protocol] for its sessions ."));
        // a name holding such a word is still a name
        assertEquals(Set.of("alpha uses 7-bit ascii"), facts("[Alpha|Operating_System] uses [7-bit ASCII|Protocol] ."));
        assertEquals(Set.of("version 7 unix runsOn pdp-11"),
                facts("[Version 7 Unix|Operating_System] runs on the [PDP-11|Device] ."));
    }

    @Test
    void aKindWordAloneIsNoArgument() {
        assertEquals(Set.of(), facts("[Alpha|Application] was released under Affero General Public [License|License] ."));
        assertEquals(Set.of(), facts("[Alpha|Organization] 's [TV|Device] advertisements ran in 2009 ."));
        assertEquals(Set.of("alpha license mit license"), facts("[Alpha|Application] is released under the [MIT License|License] ."));
    }

    @Test
    void lowerCaseCommonNounIsNoSubject() {
        assertEquals(Set.of(), facts("The [emulator|Application] runs on [Beta|Operating_System] ."));
        assertEquals(Set.of(), facts("[Device drivers|Application] are written in [C|Language] ."));
    }

    @Test
    void mentionInsideAPrepositionalPhraseIsNoSubject() {
        assertEquals(Set.of(), facts("Drivers for the [Alpha|Device] were written in [C|Language] ."));
    }

    @Test
    void listInsideAPrepositionalPhraseIsNoSubject() {
        assertEquals(Set.of(), facts("As with [Alpha|Operating_System] and [Beta|Operating_System] , the developers of "
                + "[Gamma|Operating_System] are replacing old code ."));
    }

    @Test
    void mentionAfterAnotherIsNoSubject() {
        assertEquals(Set.of("alpha forkedFrom gamma"), facts("[Alpha|Operating_System] is a [free|License]"
                + " [Unix-like operating system|Operating_System] forked from [Gamma|Operating_System] ."));
    }
}
