package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The slot suffix {@code ~qualifier} (devby15): a name qualifying the noun after it opens a pattern wherever its noun
 * phrase stands ("along with other [Zeta] titles A and B"); and a person inside a prepositional phrase may open a
 * relative clause ("designed by [X] , who later created Y"). Invented sentences.
 */
class NounQualifierSlot15Test {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(RelationNames.CORE);

    @Test
    void onlyAQualifierSlotOpensInsideAPhrase() {
        RuleSet plain = Docs.rule("{O:Organization} titles {S:Application}");
        RuleSet qualifier = Docs.rule("{O:Organization}~qualifier titles {S:Application}");
        String sentence = "It closed along with other [Zeta|Organization] titles [Orbit|Application] .";
        assertEquals(Set.of(), Docs.facts(plain, sentence));
        assertEquals(Set.of("orbit rel zeta"), Docs.facts(qualifier, sentence));
    }

    @Test
    void aQualifierIsOneNameWithNoNameBeforeIt() {
        RuleSet qualifier = Docs.rule("{O:Organization}~qualifier titles {S:Application}");
        assertEquals(Set.of(), Docs.facts(qualifier,
                "It closed with the [Kappa|Application] [Zeta|Organization] titles [Orbit|Application] ."));
    }

    @Test
    void makerBeforeAPluralProductNounAndItsMembers() {
        assertEquals(Set.of("orbit developedBy zeta", "kappa developedBy zeta"), Docs.facts(DEFAULT,
                "It closed along with other [Zeta|Organization] free-to-play titles [Orbit|Application] and [Kappa|Application] ."));
    }

    @Test
    void aPersonInsideAPhraseOpensARelativeClause() {
        assertEquals(Set.of("quill developedBy ada lee"), Docs.facts(DEFAULT,
                "The board was designed by [Ada Lee|Person] , who later went on and created the [Quill|Device] ."));
        assertEquals(Set.of(), Docs.facts(DEFAULT,
                "The board was designed by [Ada Lee|Person] , who later bought the [Quill|Device] ."));
    }
}
