package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Round 10 (compat10): frames of compatibleWith, supports and partOf found in unseen sentences, each pinned by an
 * invented sentence, with the near misses that must stay without a fact.
 */
class Compat10ConstructionsTest {

    private static final RuleSet RULES = RuleSet.loadDefault(RelationNames.CORE);

    private static Set<String> facts(String markup) {
        return Docs.facts(RULES, markup);
    }

    /** The facts of one relation only (other rules may read other facts in the same sentence). */
    private static Set<String> facts(String markup, String relation) {
        return facts(markup).stream().filter(f -> f.contains(" " + relation + " ")).collect(Collectors.toSet());
    }

    @Test
    void anXCompatibleDescriptionThenItsName() {
        assertEquals(Set.of("orbit 83 compatibleWith zeta"),
                facts("Contoso announced a [Zeta-compatible|Name] microprocessor , the [Orbit 83|Architecture] , in 1980 ."));
    }

    @Test
    void anXCompatibleNounInApposition() {
        assertEquals(Set.of("orbit 24 compatibleWith zeta pc"),
                facts("The [Orbit 24|Device] , an [Zeta PC compatible|Device] , sold well ."));
        assertEquals(Set.of(), facts("The [Orbit 24|Device] , an [Zeta PC compatible|Device] machine , sold well .", "similarTo"));
    }

    @Test
    void anXCompatibleDescriptionAfterAWordOfTheSubject() {
        assertEquals(Set.of("orbit dos compatibleWith zeta"),
                facts("[Orbit DOS|Operating_System] was introduced as a small [Zeta compatible|Operating_System] system ."));
        // no "as": the description may be where the subject runs, not what it is
        assertEquals(Set.of(), facts("[Orbit DOS|Operating_System] ran well on a small [Zeta compatible|Device] machine .",
                "compatibleWith"));
    }

    @Test
    void twoThingsCompatibleTogetherOrByPossessor() {
        assertEquals(Set.of("orbit compatibleWith zeta"), facts("[Orbit|Protocol] and [Zeta|Protocol] are compatible ."));
        assertEquals(Set.of(), facts("[Orbit|Protocol] and [Zeta|Protocol] are not compatible ."));
        assertEquals(Set.of("orbit compatibleWith zeta"),
                facts("Critics liked [Orbit|Application] 's compatibility with [Zeta|Application] ."));
    }

    @Test
    void supportOfAPossessorAndOfTheFirstToSupport() {
        assertEquals(Set.of("orbit 98 supports zeta"),
                facts("They showed [Orbit 98|Operating_System] 's support for [Zeta|Protocol] devices ."));
        assertEquals(Set.of("orbit 32 supports zeta"),
                facts("The [Orbit 32|Device] was the first sampler to support the [Zeta|Protocol] standard ."));
        assertEquals(Set.of(), facts("The [Orbit 32|Device] was the first sampler to drop the [Zeta|Protocol] standard ."));
    }

    @Test
    void supportAddedToAndARelativeSupportFor() {
        assertEquals(Set.of("orbit supports zeta"), facts("Support for [Zeta|Protocol] was added to [Orbit|Application] in 2009 ."));
        assertEquals(Set.of("orbit supports zeta"), facts("[Zeta|Protocol] support is provided by [Orbit|Operating_System] ."));
        assertEquals(Set.of("orbit sdk supports zeta"),
                facts("The [Orbit SDK|Application] , which includes support for [Zeta|Protocol] , was released in 2011 ."));
    }

    @Test
    void partOfByDefaultBundlingShippingAndACompilation() {
        assertEquals(Set.of("orbit partOf zeta", "orbit partOf kappa"),
                facts("Tools changed , for example the default [Orbit|Application] in [Zeta|Operating_System] and [Kappa|Operating_System] ."));
        assertEquals(Set.of("orbit partOf zeta"), facts("[Orbit|Application] is bundled with [Zeta|Operating_System] ."));
        assertEquals(Set.of("kappa partOf orbit"), facts("[Orbit|Operating_System] ships with a [Kappa|Application] debugger ."));
        // no partOf: the operating system a device ships with runs on it (GUIDELINES, twelfth session; rule
        // r15-os-ships-with-device of the thirteenth session)
        assertEquals(Set.of("zeta 8.1 runsOn orbit 8"), facts("The [Orbit 8|Device] ships with [Zeta 8.1|Operating_System] ."));
        assertEquals(Set.of("zeta 8.1 runsOn orbit 8"), facts("The [Orbit 8|Application] comes with [Zeta 8.1|Operating_System] ."));
        assertEquals(Set.of("zeta 8.1 runsOn orbit j6"), facts("The [Orbit J6|Device] is shipped with [Zeta 8.1|Operating_System] ."));
        assertEquals(Set.of("orbit partOf zeta legends"),
                facts("[Orbit|Application] was re-released for the [Kappa|Device] as part of the [Zeta Legends|Name] compilation .",
                        "partOf"));
    }

    @Test
    void aTaggedCuePhraseIsReadAsPlainWords() {
        assertEquals(Set.of("orbit compatibleWith zeta"),
                facts("[Orbit|Language] was made in 2014 as a fork and [drop in replacement|Architecture] for [Zeta|Language] ."));
        assertEquals(Set.of("orbit compatibleWith zeta"),
                facts("[Orbit|Application] provides [binary compatibility|General_Concept] with [Zeta|Application] ."));
    }

    @Test
    void compatibleAfterAVerbOfStateAndWithAnotherSystemsSoftware() {
        assertEquals(Set.of("orbit compatibleWith zeta"), facts("[Orbit|Application] remains compatible with [Zeta|Application] ."));
        assertEquals(Set.of("orbit compatibleWith zeta"),
                facts("The [Orbit|Device] was designed to be highly compatible with the [Zeta|Device] ."));
        assertEquals(Set.of("orbit supports zeta"),
                facts("The [Orbit|Device] was largely compatible with software for the [Zeta|Device] ."));
        assertEquals(Set.of("orbit supports zeta"), facts("[Orbit|Device] was compatible with most [Zeta|Device] software ."));
        // "API-compatible with": the hyphenated word is no object of its own
        assertEquals(Set.of("orbit compatibleWith zeta"), facts("[Orbit|Application] is API-compatible with [Zeta|Application] ."));
    }

    @Test
    void aProgramThatReadsAFormatSupportsIt() {
        assertEquals(Set.of("orbit supports zeta"), facts("[Orbit|Application] can read and write [Zeta|Protocol] files ."));
        assertEquals(Set.of(), facts("[Orbit|Application] can read files made by [Zeta|Application] ."));
    }

    @Test
    void includedDescriptionsAndMoreFramesOfParts() {
        assertEquals(Set.of("orbit partOf zeta"), facts("[Orbit|Application] is a text editor included with [Zeta|Operating_System] ."));
        assertEquals(Set.of("orbit partOf zeta"), facts("[Orbit|Library] is a library that ships with [Zeta|Application] ."));
        assertEquals(Set.of("orbit partOf zeta"), facts("[Orbit|Application] is included by default in [Zeta|Operating_System] ."));
        assertEquals(Set.of("orbit games partOf zeta corp"),
                facts("[Orbit Games|Organization] , now part of [Zeta Corp|Organization] , made the game ."));
        assertEquals(Set.of("orbit games partOf zeta corp"),
                facts("[Orbit Games|Organization] became a division of [Zeta Corp|Organization] in 2001 ."));
        assertEquals(Set.of("orbit games partOf zeta corp"),
                facts("[Orbit Games|Organization] was a [Zeta Corp|Organization] studio ."));
    }
}
