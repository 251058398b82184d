package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.rdf.Vocab;

/** Session 22: constructions that the gold set's random tuning rounds 4 to 6 (read blind) showed missing. */
class RandomText22Test {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(Vocab.relationNames());

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void aRelativeClauseOnANameInsideAPhraseStatesAFactOfThatName() {
        assertEquals(Set.of("quill basedOn zeta", "zeta basedOn orbit"),
                facts("[Quill|Protocol] is based on [Zeta|Protocol] , which is based on [Orbit|Protocol] ."));
        assertEquals(Set.of("quill uses zeta", "zeta writtenIn orbit"),
                facts("[Quill|Application] uses [Zeta|Library] , which is written in [Orbit|Language] ."));
    }

    @Test
    void aLicenceTermAfterAnAdjectiveOrAYearStillNamesTheLicence() {
        assertEquals(Set.of("orbit license shareware"), facts("[Orbit|Application] was a popular [shareware|License] game ."));
        assertEquals(Set.of("orbit license freeware"),
                facts("[Orbit|Application] is a 1998 [freeware|License] platform game ."));
        // after "the" it stays a modifier of the noun: the name that follows is what the phrase is about
        assertEquals(Set.of(), facts("[Orbit|Application] was inspired by the popular [freeware|License] game ."));
    }

    @Test
    void aLowerCaseNameOpeningASentenceFillsASlotEvenWhenItEndsInS() {
        assertEquals(Set.of("quillfs supports zeta", "quillfs supports orbit"),
                facts("[quillfs|Application] supports [Zeta|Protocol] and [Orbit|Protocol] ."));
        // inside the sentence a lower-case plural stays a common noun
        assertEquals(Set.of(), facts("Most [emulators|Application] support [Zeta|Protocol] ."));
    }
}
