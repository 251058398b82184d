package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.rdf.Vocab;

/**
 * A phrase fronted before its sentence's subject is said of that subject (seventeenth session, {@link FrontedPhrase}):
 * "Written in [Zeta] , [Quill] runs ..." gives "Quill writtenIn Zeta" through the ordinary written-in rule.
 * Invented sentences.
 */
class FrontedPhraseTest {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(Vocab.relationNames());

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void aFrontedParticiplePhraseIsSaidOfTheSubjectAfterItsComma() {
        assertEquals(Set.of("quill writtenIn zeta"),
                facts("Written in [Zeta|Language] , [Quill|Application] runs well on small machines ."));
        assertEquals(Set.of("quill license kappa license"),
                facts("Licensed under the [Kappa License|License] , [Quill|Application] is free software ."));
        Set<String> f = facts("Inspired by [Zeta|Language] and [Kappa|Language] , [Quill|Language] adds macros .");
        assertTrue(f.containsAll(Set.of("quill influencedBy zeta", "quill influencedBy kappa")), f.toString());
    }

    @Test
    void aFrontedNounPhraseToo() {
        assertEquals(Set.of("quill forkedFrom zeta"),
                facts("A fork of [Zeta|Application] , [Quill|Application] adds new features ."));
    }

    @Test
    void theSubjectMayStandInCommasOfItsOwn() {
        assertEquals(Set.of("quill basedOn zeta"),
                facts("A dialect of [Zeta|Language] , [Quill|Language] , is used for scripting ."));
        // a list after the comma is no subject
        assertEquals(Set.of(), facts("A dialect of [Zeta|Language] , [Quill|Language] , [Kappa|Language] and "
                + "[Orbit|Language] are small ."));
    }

    @Test
    void aFrontedPhraseWithNoNameOrWithAClauseOfItsOwnGivesNothing() {
        assertEquals(Set.of(), facts("Based in [Kappa City|Name] , [Contoso|Organization] develops games ."));
        // the name after the comma is no subject when no verb follows it
        assertEquals(Set.of(), facts("Written in [Zeta|Language] , [Quill|Application] and [Orbit|Application] "
                + "ports are small ."));
        // the phrase has a verb of its own before its comma
        assertEquals(Set.of(), facts("Based on the engine that [Zeta|Application] used , [Quill|Application] adds maps ."));
    }
}
