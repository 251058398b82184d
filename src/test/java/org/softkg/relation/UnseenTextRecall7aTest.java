package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Invented sentences for the causes of missed developedBy and runsOn facts found by judging random cue
 * sentences of WikiSER dev outside the gold set (docs/relations-log.md, "Sixth session").
 */
class UnseenTextRecall7aTest {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(RelationNames.CORE);

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void aPlatformListAfterAPublishingClauseMayMixTheKindsTheTagsGive() {
        assertEquals(Set.of("orbit racer runsOn kappa station", "orbit racer runsOn kappacast", "orbit racer runsOn zeta windows",
                        "orbit racer developedBy zeta games"),
                facts("[Orbit Racer|Application] , known as [Orbit Run|Application] in Europe , is a racing video game "
                        + "developed by [Zeta Games|Organization] and published by [Kappa Interactive|Organization] for the "
                        + "[Kappa Station|Device] , [Kappacast|Device] and [Zeta Windows|Application] in 2000 ."));
    }

    @Test
    void aPublisherIsNeverTheDeveloper() {
        Set<String> found = facts("[Orbit|Application] is a puzzle game developed by [Zeta Games|Organization] and published by "
                + "[Kappa Interactive|Organization] for the [Kappa Station|Device] .");
        assertTrue(found.contains("orbit developedBy zeta games"), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.endsWith("kappa interactive")), found.toString());
    }

    @Test
    void aTimeOrPlaceMayStandBetweenReleasedAndThePlatform() {
        assertEquals(Set.of("orbit quest runsOn zeta 4", "orbit quest runsOn zeta 5"),
                facts("[Orbit Quest|Application] was released in Europe in 2019 for [Zeta 4|Operating_System] and [Zeta 5|Device] ."));
        assertEquals(Set.of(), facts("[Orbit Quest|Application] was released in 2019 on [Zeta Store|Application] ."));
    }

    @Test
    void aHyphenatedModifierBeforeThePlatformIsSkipped() {
        assertEquals(Set.of("orbit runsOn zeta 7"),
                facts("[Orbit|Application] was released for the second-generation [Zeta 7|Device] ."));
    }

    @Test
    void severalVersionsOfAPlatformCountAsThePlatform() {
        assertEquals(Set.of("orbit runsOn zeta", "orbit runsOn kappa"),
                facts("[Orbit|Application] is available for [Zeta|Operating_System] and several versions of [Kappa|Operating_System] ."));
    }

    @Test
    void aVersionOfTheSubjectReleasedForAPlatform() {
        assertEquals(Set.of("orbit runsOn zeta tab"),
                facts("A device-specific [Orbit|Application] 5.1 version was released for the [Zeta Tab|Device] in 2014 ."));
    }

    @Test
    void aCopulaWithoutArticleStillDescribesTheSubject() {
        assertEquals(Set.of("orbit developedBy contoso foundation"),
                facts("[Orbit|Application] is emergency management and disaster recovery software developed by the "
                        + "[Contoso Foundation|Organization] ."));
        assertEquals(Set.of("orbitdos runsOn zeta cpc"), facts("[OrbitDOS|Operating_System] is for the [Zeta CPC|Device] computers ."));
    }

    @Test
    void theRoleNounAfterAProductNamesItsMaker() {
        assertEquals(Set.of("orbit developedBy ada lovelace"),
                facts("The [Orbit|Application] author [Ada Lovelace|Person] wrote an open letter ."));
        assertEquals(Set.of(), facts("The [Orbit|Application] team thanked [Ada Lovelace|Person] ."));
    }

    @Test
    void aPossessiveMakerReachesOverADescription() {
        assertEquals(Set.of("orbit developedBy contoso"),
                facts("[Contoso|Organization] 's new handheld [Orbit|Device] sold well ."));
        assertEquals(Set.of(), facts("[Contoso|Organization] 's support for [Zeta|Operating_System] ended in 2010 ."));
    }

    @Test
    void aProductByItsMaker() {
        assertEquals(Set.of("orbit developedBy zeta games", "orbit runsOn kappa station"),
                facts("[Orbit|Application] is a 2001 role-playing video game by [Zeta Games|Organization] for the [Kappa Station|Device] ."));
        // "T by X ," alone may name a publisher ("re-released in 1995 as T by X"): only an explicit "developed by" counts
        assertEquals(Set.of("orbit battle developedBy zeta software"),
                facts("However , [Orbit Battle|Application] by [Zeta|Organization] , developed by [Zeta Software|Organization] , "
                        + "took eleven months to complete ."));
        assertEquals(Set.of(), facts("[Orbit|Application] is a game played by [Zeta|Organization] fans ."));
    }

    @Test
    void aDescriptionAvailableForPlatformsTheTagsCallApplications() {
        assertEquals(Set.of("orbit runsOn zeta windows", "orbit runsOn kappa os"),
                facts("[Orbit|Application] is a proprietary file sharing client available for [Zeta Windows|Application] and "
                        + "[Kappa OS|Application] ."));
    }
}
