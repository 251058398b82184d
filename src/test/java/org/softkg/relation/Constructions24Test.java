package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.rdf.Vocab;

/**
 * Session 24: a kind noun in apposition before an object's name ("written in the programming language [X]"), a
 * lower-case name before a capitalised word ("a [freeware] Roguelike game"), which is no piece of a longer name, and a
 * verb coordinated after a relative clause on the subject's description ("[X] is an API that ... and has ...").
 */
class Constructions24Test {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(Vocab.relationNames());

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void aKindPhraseBeforeTheObjectsNameStandsForTheName() {
        assertEquals(Set.of("qorva writtenin zeplang"),
                lower(facts("[Qorva|Application] is written in the programming language [Zeplang|Language] .")));
        assertEquals(Set.of("qorva forkedfrom brimble"),
                lower(facts("[Qorva|Application] was forked from the game engine [Brimble|Application] in 2019 .")));
        assertEquals(Set.of("qorva runson movix"),
                lower(facts("[Qorva|Application] runs on the free operating system [Movix|Operating_System] .")));
    }

    @Test
    void aPhraseThatEndsInNoKindNounIsNoApposition() {
        // "the machines" and "the spirit" are no kinds of program: the phrase is the object, the name a new subject
        assertEquals(Set.of(),
                facts("[Qorva|Application] runs on the machines [Movix|Operating_System] sold ."));
        assertEquals(Set.of(),
                facts("[Qorva|Application] is written in the spirit [Zeplang|Language] set ."));
    }

    @Test
    void aLowerCaseNameBeforeACapitalisedWordIsWhole() {
        assertEquals(Set.of("qorva license freeware"),
                lower(facts("[Qorva|Application] is a [freeware|License] Roguelike video game .")));
        // a capitalised name before an untagged capitalised word is still a piece of a longer one
        assertEquals(Set.of(),
                facts("[Qorva|Application] was created by the [Zentix|Organization] Federal Office ."));
    }

    private static Set<String> lower(Set<String> facts) {
        return facts.stream().map(f -> f.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aVerbAfterARelativeClauseOnTheSubjectsDescriptionIsTheSubjects() {
        assertEquals(Set.of("qorva supports zeplang", "qorva supports tarlang"),
                lower(facts("[Qorva|Application] is also a library that can be linked with C programs and has bindings "
                        + "for [Zeplang|Language] and [Tarlang|Language] .")));
        assertEquals(Set.of("qorva license gpl"),
                lower(facts("[Qorva|Application] is a revision control system that is part of a larger project and "
                        + "licensed under the [GPL|License] .")));
    }

    @Test
    void aRelativeClauseOnAnObjectStillEndsTheSubjectsPredicate() {
        // "uses" is no copula: the clause is on Brimble, and "runs on" is not Qorva's
        assertEquals(Set.of("qorva uses brimble"),
                lower(facts("[Qorva|Application] uses [Brimble|Library] , which is a library that parses files and "
                        + "runs on [Movix|Operating_System] .")));
    }

    @Test
    void asBeforeANounPhraseIsNoClauseThatEndsTheSubjectsPredicate() {
        assertEquals(Set.of("qorva partof movix", "qorva partof tarix"),
                lower(facts("[Qorva|Application] is packaged with [Movix|Operating_System] as its default browser as "
                        + "well and it even was the default browser in [Tarix|Operating_System] at one time .")));
        // "as" opening a clause with a subject of its own still ends the carrying
        assertEquals(Set.of(),
                facts("[Qorva|Application] was popular as [Brimble|Application] was slow and runs on "
                        + "[Movix|Operating_System] ."));
    }

    @Test
    void aNamingAsideAfterTheSubjectMayHoldATitlesColon() {
        assertEquals(Set.of("qorva runson zeta"),
                lower(facts("[Qorva|Application] , known as Qorva of the Future : The Return in Europe , is a video "
                        + "game for the [Zeta|Device] .")));
        // an aside opened by another participle still ends at a colon
        assertEquals(Set.of(),
                facts("[Qorva|Application] , designed in 1999 : the year of the port , is a video game for the "
                        + "[Zeta|Device] ."));
    }
}
