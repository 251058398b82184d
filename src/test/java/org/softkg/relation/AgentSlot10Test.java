package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.corpus.InputFormatException;

/**
 * Invented sentences for the developedBy shapes of the eighth session's recall pass (docs/relations-log.md, "Eighth session"): the maker's
 * by-phrase after a date, a place or a purpose, two coordinated making verbs, the owner of the unit that did the
 * work, and "released by" where it names the maker; plus the rule file's {@code unless} line.
 */
class AgentSlot10Test {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(RelationNames.CORE);

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    private static Set<String> developers(String markup) {
        Set<String> out = new java.util.TreeSet<>();
        for (String f : facts(markup)) {
            if (f.contains(" developedBy ")) {
                out.add(f);
            }
        }
        return out;
    }

    @Test
    void aDateOrPlaceBetweenTheVerbAndTheMakerKeepsTheMaker() {
        assertEquals(Set.of("quillscript developedBy ada vell"),
                developers("[QuillScript|Language] was designed in 1962 by [Ada Vell|Name] ."));
        assertEquals(Set.of("orbz developedBy kappa works", "orbz developedBy lorn"),
                developers("[Orbz|Operating_System] is a Soviet clone developed in 1991 in [Minsk|Name] by [Kappa Works|Name] and [Lorn|Name] ."));
        assertEquals(Set.of("vellum developedBy ada vell"),
                developers("[Vellum|Application] ( created in March 1994 by [Ada Vell|Name] ) indexed pages ."));
    }

    @Test
    void aPurposeOrAPlatformBetweenTheVerbAndTheMakerKeepsTheMaker() {
        assertEquals(Set.of("zetasound developedBy bo lund"),
                developers("[ZetaSound|Library] was originally written for [Kappasoft|Organization] by [Bo Lund|Name] ."));
        assertEquals(Set.of("orbix developedBy ada vell", "orbix developedBy bo lund"),
                developers("[Orbix|Operating_System] was first implemented in assembly language on a [ZX-9|Device] by [Ada Vell|Person] and [Bo Lund|Person] ."));
    }

    @Test
    void aVerbOrConjunctionInsideTheInterveningPhraseStopsIt() {
        // "developed in X and published by Y": Y published it, it did not develop it
        assertEquals(Set.of(), developers("[Orbix Quest|Application] was developed in [Lundia|Name] and published by [Zeta|Organization] ."));
        assertEquals(Set.of(), developers("[Orbix|Application] was designed in 1990 , released in 1991 by [Zeta|Organization] ."));
    }

    @Test
    void twoCoordinatedMakingVerbsShareTheMaker() {
        assertEquals(Set.of("orbix tab developedBy zeta"),
                developers("[Orbix Tab|Device] is a series of [2-in-1|Device] convertibles and hybrid [tablet computers|Device] , designed and manufactured by [Zeta|Name] ."));
    }

    @Test
    void theOwnerOfTheUnitThatDidTheWorkIsTheMaker() {
        assertEquals(Set.of("orbix 80 series developedBy zeta"),
                developers("The [Orbix 80 series|Device] were developed by [Zeta|Organization] 's [Lakeside|Name] division ."));
        assertEquals(Set.of("tide quest developedBy zeta interactive"),
                developers("[Tide Quest|Application] was developed by [Zeta Interactive|Organization] 's Japanese studios for the [Kappa Saturn|Device] ."));
    }

    @Test
    void researchersFromAnOrganisationTaggedAsSoftwareStillNameIt() {
        assertEquals(Set.of("dreamquill developedBy zeta research", "dreamquill developedBy kappa university"),
                developers("[DreamQuill|General_Concept] is a generation model developed by researchers from [Zeta Research|Application] and [Kappa University|Organization] in 2031 ."));
    }

    @Test
    void aMakersRoleInAParenthesisAfterTheirName() {
        assertEquals(Set.of("initq developedBy ada vell", "soundbox developedBy ada vell"),
                developers("[Soundbox|Application] developer [Ada Vell|Person] ( also the creator of [initq|Application] ) described it ."));
    }

    @Test
    void releasedByNamesTheMakerOfHardwareLibrariesAndStandards() {
        assertEquals(Set.of("zeta organizer developedBy kappa corporation"),
                developers("The [Zeta Organizer|Device] is a series of electronic organizers released by [Kappa Corporation|Name] ."));
        assertEquals(Set.of("vellum developedBy zeta group"),
                developers("On March 2 , 2031 , [Vellum|Library] 2.3 was released by the [Zeta Group|Organization] ."));
        assertEquals(Set.of("orbz developedBy zeta"),
                developers("[orbz|Name] : an encoder written in [Quill|Language] , released by [Zeta|Organization] under the [Kappa License|License] ."));
    }

    @Test
    void releasedByNamesNoMakerOfAGameNorBesideANamedDeveloper() {
        assertEquals(Set.of(), developers("[Tide Quest|Application] is a puzzle video game released by [Zeta|Organization] for the [Kappa|Device] ."));
        assertEquals(Set.of("tide quest developedBy kappa"),
                developers("[Tide Quest|Application] was developed by [Kappa|Name] and released by [Zeta|Organization] in 2001 ."));
        // a date between "released" and "by" is a later re-release as often as the maker's own: not read
        assertEquals(Set.of(), developers("[Vellum|Library] was released on May 9 , 2019 by [Bo Lund|Person] ."));
    }

    @Test
    void anUnlessLineSilencesTheRuleInSentencesHoldingItsWords() {
        String text = """
                rule maker
                  relation   developedBy
                  match      {S} [be] released by {O}
                  unless     game|Games
                  confidence 0.8
                  example    "[Alpha|Application] was released by [Beta|Organization] ."
                  expect     Alpha -> Beta
                """;
        RuleSet rules = RuleSet.parse("t.rules", text.lines().toList(), RelationNames.CORE);
        assertEquals(Set.of("game", "games"), rules.rules().getFirst().unless());
        assertEquals(Set.of("alpha developedBy beta"), Docs.facts(rules, "[Alpha|Application] was released by [Beta|Organization] ."));
        assertEquals(Set.of(), Docs.facts(rules, "The game [Alpha|Application] was released by [Beta|Organization] ."));
        InputFormatException twice = assertThrows(InputFormatException.class, () -> RuleSet.parse("t.rules",
                text.replace("  confidence", "  unless     film\n  confidence").lines().toList(), RelationNames.CORE));
        assertEquals(5, twice.line());
    }
}
