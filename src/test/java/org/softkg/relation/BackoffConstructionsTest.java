package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.model.Fact;
import org.softkg.rdf.Vocab;

/**
 * The backoff tier of the rules ({@code tier backoff}) and the list tails every rule reads, one invented
 * sentence each.
 */
class BackoffConstructionsTest {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(Vocab.relationNames());

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    private static RuleSet tiered(String ruleText) {
        return RuleSet.parse("test.rules", ruleText.lines().toList(), Set.of("uses", "dependsOn", "supports"));
    }

    @Test
    void aListEndingInACommonNounTailKeepsItsNames() {
        assertEquals(Set.of("orbit dependsOn zeta", "orbit dependsOn kappa", "orbit dependsOn relay"),
                facts("[Orbit|Application] depends on [Zeta|Library] , [Kappa|Library] , [Relay|Library] and "
                        + "some other small libraries ."));
        assertEquals(Set.of("orbit supports zeta", "orbit supports kappa"),
                facts("[Orbit|Application] supports [Zeta|Protocol] , [Kappa|Protocol] , etc ."));
    }

    @Test
    void aListTailAfterAPlainPairIsNoList() {
        // "A and other libraries" was read before: one name, then a tail
        assertEquals(Set.of("orbit dependsOn zeta"),
                facts("[Orbit|Application] depends on [Zeta|Library] and other libraries ."));
    }

    @Test
    void aBackoffFactYieldsToAnOrdinaryRuleOnTheSamePair() {
        RuleSet rules = tiered("""
                rule ordinary
                  relation dependsOn
                  match {S} requires {O}
                  confidence 0.9
                  example "[A|Application] requires [B|Library] ."
                  expect A -> B
                rule loose
                  relation uses
                  tier backoff
                  match {S} ...{0,3} {O}
                  confidence 0.5
                  example "[A|Application] with [B|Library] ."
                  expect A -> B
                """);
        assertTrue(rules.rules().get(1).backoff());
        assertEquals(Set.of("orbit dependsOn zeta"), Docs.facts(rules, "[Orbit|Application] requires [Zeta|Library] ."));
        assertEquals(Set.of("orbit uses zeta"), Docs.facts(rules, "[Orbit|Application] with [Zeta|Library] ."));
    }

    @Test
    void aBackoffFactYieldsWhenARuleGaveItsObjectTheSameRelation() {
        RuleSet rules = tiered("""
                rule ordinary
                  relation uses
                  match {S} uses {O}
                  confidence 0.9
                  example "[A|Application] uses [B|Library] ."
                  expect A -> B
                rule loose
                  relation uses
                  tier backoff
                  match {S} ~~{0,6} uses {O}
                  confidence 0.5
                  example "[A|Application] in the end uses [B|Library] ."
                  expect A -> B
                """);
        List<Fact> facts = new RelationExtractor(rules).process(
                Docs.annotated("[Kappa|Application] and [Orbit|Application] uses [Zeta|Library] .")).facts();
        assertEquals(Set.of("kappa uses zeta", "orbit uses zeta"), Docs.show(facts));
        assertTrue(facts.stream().allMatch(f -> f.rule().equals("ordinary")));
    }

    @Test
    void theFirstBackoffRuleTakesAnObjectForItsRelation() {
        RuleSet rules = tiered("""
                rule head
                  relation uses
                  tier backoff
                  match {S} is a ...{1,8} using {O}
                  confidence 0.6
                  example "[A|Application] is a tool using [B|Library] ."
                  expect A -> B
                rule near
                  relation uses
                  tier backoff
                  match {S} ~~{0,6} using {O}
                  confidence 0.5
                  example "[A|Application] , a tool using [B|Library] ."
                  expect A -> B
                """);
        assertEquals(Set.of("orbit uses zeta"), Docs.facts(rules,
                "[Orbit|Application] is a viewer for [Kappa|Application] files using [Zeta|Library] ."));
    }

    @Test
    void aTierMustBeRuleOrBackoff() {
        org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> tiered("""
                rule r
                  relation uses
                  tier maybe
                  match {S} uses {O}
                  confidence 0.5
                  example "[A|Application] uses [B|Library] ."
                  expect A -> B
                """));
    }

    @Test
    void aCueWrittenAsAHeadingIsNoCue() {
        // a table row read as prose: "... Kappa and Zeta Uses Relay for storage"
        assertEquals(Set.of(), facts("[Orbit|Application] [Kappa|Operating_System] and [Zeta|Operating_System] Uses "
                + "[Relay|Application] for storage ."));
        assertEquals(Set.of("zeta uses relay"), facts("[Zeta|Operating_System] uses [Relay|Application] for storage ."));
    }

    @Test
    void aPlanBeforeTheCueCancels() {
        assertEquals(Set.of(), facts("The company planned to replace [Zeta|Operating_System] with [Orbit|Operating_System] ."));
    }

    @Test
    void aLowerCasePhraseAfterAPossessiveIsACommonNoun() {
        assertEquals(Set.of(), facts("The [Orbit|Name] 's [graphical shell|Application] features two home screens ."));
    }

    @Test
    void anUntypedPossessorWithADigitIsAModelNotAMaker() {
        assertEquals(Set.of(), facts("The [Orbit 64|Name] 's [Zeta|Language] 2.0 was replaced ."));
        assertEquals(Set.of("zeta developedBy contoso"), facts("Reviewers liked [Contoso|Name] 's [Zeta|Application] tablet ."));
    }

    @Test
    void aLowerCaseNameBeforeANounOnlyQualifiesIt() {
        assertEquals(Set.of("orbit supports zeta", "kappa supports zeta"), facts("[Orbit|Application] and "
                + "[Kappa|Application] support [zeta|Protocol] ."));
        assertEquals(Set.of(), facts("[Orbit|Application] and [Kappa|Application] support [zeta|Protocol] streaming ."));
    }

    @Test
    void aNameBeforeVersionOfOnlyQualifiesIt() {
        assertEquals(Set.of(), facts("The [Orbit|Device] is a portable computer , based on a low-power [Kappa|Device] "
                + "version of the popular [Zeta|Architecture] microprocessor ."));
        assertEquals(Set.of("orbit basedOn zeta"), facts("The [Orbit|Device] is a portable computer , based on the "
                + "popular [Zeta|Architecture] microprocessor ."));
    }

    @Test
    void aHeadNounAfterANameAdmitsItToAKindSlot() {
        // written-in slots take languages, or names followed by "(programming) language"
        assertEquals(Set.of("orbit writtenIn zeta"), facts("[Orbit|Application] was originally developed in 2011 , "
                + "written in the [Zeta|Application] programming language ."));
    }

    @Test
    void adjectivesBetweenTheDeterminerAndTheName() {
        assertEquals(Set.of("orbit basedOn zeta"), facts("[Orbit|Application] , based on the open source "
                + "[Zeta|Application] framework , includes a debugger ."));
        assertEquals(Set.of("orbit compatibleWith zeta"), facts("[Orbit|Library] is largely compatible with the "
                + "popular [Zeta|Library] library ."));
    }
}
