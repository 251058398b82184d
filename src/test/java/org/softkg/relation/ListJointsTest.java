package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.rdf.Vocab;

/**
 * The list shapes the engine distributes for every rule (lists10, docs/relations-log.md, "Eighth session"): one fact per member of a
 * coordinated list however its members are joined, and the lists that must stay whole or stop. Invented sentences.
 */
class ListJointsTest {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(Vocab.relationNames());

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void aMemberTheTagsTypedOtherwiseStaysInTheList() {
        assertEquals(Set.of("quill license kappa license", "quill license relay license", "quill license orbit license"),
                facts("[Quill|Application] is released under the [Kappa License|License] , the [Relay License|Application] "
                        + "and the [Orbit License|License] ."));
        assertEquals(Set.of("quill runsOn kappa", "quill runsOn relay", "quill runsOn orbit"),
                facts("[Quill|Application] was released for [Kappa|Device] , [Relay|Language] and [Orbit|Device] in 2021 ."));
    }

    @Test
    void aMembersOwnHeadNounBeforeTheJointKeepsTheListGoing() {
        // seventeenth session: "the [A] library and [B]" lost B
        assertEquals(Set.of("quill uses zeta", "quill uses kappa"),
                facts("[Quill|Application] uses the [Zeta|Library] solver package and [Kappa|Library] to build meshes ."));
        assertEquals(Set.of("quill supports zeta", "quill supports kappa", "quill supports orbit"),
                facts("[Quill|Application] supports the [Zeta|Protocol] protocol , the [Kappa|Protocol] protocol and "
                        + "[Orbit|Protocol] ."));
        // a head noun the list does not go on after is no joint
        assertEquals(Set.of("quill uses zeta"),
                facts("[Quill|Application] uses the [Zeta|Library] library , which [Kappa|Library] replaced ."));
    }

    @Test
    void aListInAppositionToAPluralNounKeepsItsLastMemberBeforeAVerb() {
        // eighteenth session: "titles [A] and [B] went offline" lost B to the verb after it
        assertEquals(Set.of("quill developedBy contoso", "zeta developedBy contoso"),
                facts("Other [Contoso|Organization] free-to-play titles [Quill|Application] and [Zeta|Application] went "
                        + "offline in 2015 ."));
        // a list after a verb still ends before the next clause's verb
        assertEquals(Set.of("quill uses zeta", "kappa uses orbit"),
                facts("[Quill|Application] uses [Zeta|Library] and [Kappa|Application] uses [Orbit|Library] ."));
    }

    @Test
    void aListOpenedByANameOfAnotherTypeGivesNothing() {
        assertEquals(Set.of(), facts("[Quill|Application] is a framework available for [Kappa|Language] ."));
    }

    @Test
    void anOrListGivesOneFactPerMember() {
        assertEquals(Set.of("quill runsOn kappa os", "quill runsOn relay os"),
                facts("[Quill|Application] only runs on [Kappa OS|Operating_System] or [Relay OS|Operating_System] ."));
    }

    @Test
    void asWellAsJoinsAList() {
        assertEquals(Set.of("quill writtenIn kappa", "quill writtenIn relay"),
                facts("[Quill|Application] is written in [Kappa|Language] as well as [Relay|Language] ."));
    }

    @Test
    void anAdverbAfterTheConjunction() {
        assertEquals(Set.of("quill runsOn kappa", "quill runsOn relay", "quill runsOn orbit"),
                facts("[Quill|Application] is a game for the [Kappa|Device] and [Relay|Device] and later the [Orbit|Device] ."));
        assertEquals(Set.of("quill writtenIn kappa", "quill writtenIn relay"),
                facts("[Quill|Application] was written in [Kappa|Language] and later in [Relay|Language] ."));
    }

    @Test
    void theSlotsPrepositionSaidAgain() {
        assertEquals(Set.of("quill runsOn kappa", "quill runsOn relay", "quill runsOn orbit"),
                facts("[Quill|Application] was ported to [Kappa|Operating_System] , [Relay|Operating_System] , and to "
                        + "[Orbit|Operating_System] ."));
        assertEquals(Set.of("quill runsOn kappa", "quill runsOn relay"),
                facts("[Quill|Application] runs on [Kappa|Operating_System] and on [Relay|Operating_System] ."));
    }

    @Test
    void membersWithParallelPhrases() {
        assertEquals(Set.of("quill uses kappa", "quill uses relay", "quill uses orbit"),
                facts("[Quill|Protocol] uses [Kappa|Algorithm] for error detection , [Relay|Algorithm] for correction "
                        + "and [Orbit|Algorithm] for retries ."));
        assertEquals(Set.of("quill uses kappa", "quill uses relay"),
                facts("[Quill|Application] uses [Kappa|Library] for rendering and [Relay|Library] for sound ."));
        assertEquals(Set.of("quill runsOn kappa", "quill runsOn relay"),
                facts("[Quill|Application] was released for [Kappa|Operating_System] in 1994 and [Relay|Device] in 1995 ."));
    }

    @Test
    void placesInsideAPhraseAreNoMembers() {
        // "in North America and Europe" lists where the release happened, not platforms
        assertEquals(Set.of("quill runsOn kappa"),
                facts("[Quill|Application] was released for the [Kappa|Device] in [North America|Name] and [Europe|Name] in 1987 ."));
    }

    @Test
    void aListPassesOverANameTheTagsMissed() {
        assertEquals(Set.of("quill runsOn kappa", "quill runsOn relay", "quill runsOn orbit"),
                facts("[Quill|Application] was released for [Kappa|Device] , [Relay|Device] , Zorbix 4 , and [Orbit|Device] in 2021 ."));
        assertEquals(Set.of("quill runsOn kappa", "quill runsOn relay"),
                facts("[Quill|Application] was released for [Kappa|Device] , [Relay|Device] and Zorbix 4 in 2021 ."));
    }

    @Test
    void anUntaggedWordThatOpensAClauseOrQualifiesANounEndsTheList() {
        assertEquals(Set.of("quill runsOn kappa"),
                facts("[Quill|Application] runs on [Kappa|Operating_System] and Zorbix released [Orbit|Application] ."));
        assertEquals(Set.of(),
                facts("It controls [Kappa|Application] , [Relay|Name] , and Zorbix robots using a language based on the "
                        + "[Sigma|Language] programming language ."));
    }

    @Test
    void anOwnedListIsTheSubjectOfTheVerbAfterIt() {
        assertEquals(Set.of("kappa writtenIn orbit", "relay writtenIn orbit", "kappa developedBy contoso",
                        "relay developedBy contoso"),
                facts("[Contoso|Organization] 's [Kappa|Application] and [Relay|Application] are written in [Orbit|Language] ."));
    }

    @Test
    void aListInsideTheSubjectPhraseKeepsItsLastMemberBeforeTheMainVerb() {
        // thirty-first session: no finite verb before the list, so the verb after it is the clause's own
        assertEquals(Set.of("quill runsOn kappa", "quill runsOn relay"),
                facts("A port of [Quill|Application] to the [Kappa|Device] and [Relay|Device] was released in 1991 ."));
        assertEquals(Set.of("orbit uses zeta", "relay uses zeta"),
                facts("The [Zeta|Protocol] network protocol used by [Orbit|Application] and [Relay|Application] is "
                        + "proprietary ."));
        // a finite verb before the list: "and [Relay] runs" opens a clause of its own
        assertEquals(false, facts("[Quill|Application] runs on [Kappa|Operating_System] and [Relay|Application] runs "
                + "on [Orbit|Operating_System] .").contains("quill runsOn relay"));
    }

    @Test
    void aPossessorInsideAnOuterListOwnsOneName() {
        assertEquals(Set.of("kappa developedBy contoso"),
                facts("Compilers for languages ( such as [Basic|Language] , [Contoso|Organization] 's [Kappa|Language] , "
                        + "[Fortran|Language] and even [Relay|Language] ) were available ."));
    }

    @Test
    void subjectListsInAClassNounsApposition() {
        assertEquals(Set.of("kappa uses zeta", "relay uses zeta", "orbit uses zeta"),
                facts("Major databases , including [Kappa|Application] , [Relay|Application] and [Orbit|Application] use "
                        + "[Zeta|Library] ."));
    }

    @Test
    void anAppositionThatCountsTheMembers() {
        assertEquals(Set.of("kappa developedBy zeta", "orbit developedBy zeta", "relay developedBy zeta"),
                facts("[Kappa|Application] , [Orbit|Application] and [Relay|Application] , three editors , were developed "
                        + "by [Zeta|Organization] ."));
        assertEquals(Set.of("kappa writtenIn zeta", "relay writtenIn zeta"),
                facts("[Kappa|Application] and [Relay|Application] , both editors , are written in [Zeta|Language] ."));
    }

    @Test
    void aCommonNounMemberEndsTheListOfNames() {
        assertEquals(Set.of("quill supports kappa", "quill supports relay"),
                facts("[Quill|Application] supports [Kappa|Protocol] , [Relay|Protocol] , and file versioning ."));
        assertEquals(Set.of("quill writtenIn kappa", "quill writtenIn relay"),
                facts("[Quill|Application] is written in [Kappa|Language] , [Relay|Language] and assembly ."));
    }

    @Test
    void aNounPhraseThatGoesOnWithOfOpensAnotherClause() {
        // "the early versions of [Orbit]" is the subject of the next clause, and Relay with it
        assertEquals(Set.of("quill license kappa license", "orbit license sigma license"),
                facts("Early versions of [Quill|Application] were released under the [Kappa License|License] , "
                        + "[Relay|Application] and the early versions of [Orbit|Application] were released under the "
                        + "[Sigma License|License] ."));
    }

    @Test
    void respectivelyAfterListsOfDifferentLengthsStatesNothing() {
        // the untagged member makes the subject list one short: no pair can be read
        assertEquals(Set.of(),
                facts("[Kappa|Application] , Zorbix and [Relay|Application] are written in [Orbit|Language] , "
                        + "[Pallo|Language] and [Sigma|Language] respectively ."));
        assertEquals(Set.of("kappa writtenIn orbit", "relay writtenIn pallo"),
                facts("[Kappa|Application] and [Relay|Application] are written in [Orbit|Language] and [Pallo|Language] "
                        + "respectively ."));
    }

    @Test
    void aClassNounNamesItsMembersAfterNamelyButNotAfterAColon() {
        assertEquals(Set.of("quill runsOn kappa", "quill runsOn relay", "quill runsOn orbit"),
                facts("[Quill|Application] runs on several platforms , namely [Kappa|Operating_System] , "
                        + "[Relay|Operating_System] and [Orbit|Operating_System] ."));
        // a colon names kinds as often as names: "supports four chart types : [bar] , line , ..."
        assertEquals(Set.of(),
                facts("[Quill|Application] is a library which supports four chart types : [bar|Name] , line , pie and radar ."));
    }

    @Test
    void aListEndingInAndSoOn() {
        assertEquals(Set.of("quill runsOn kappa", "quill runsOn relay"),
                facts("[Quill|Application] runs on [Kappa|Operating_System] , [Relay|Operating_System] , and so on ."));
    }

    @Test
    void aListThatBelongsToAnotherClauseIsNotDistributed() {
        // Relay opens a clause of its own: it is no platform of Quill, and the second list is not Quill's
        assertEquals(Set.of("quill runsOn kappa"),
                facts("[Quill|Application] runs on [Kappa|Operating_System] and [Relay|Application] is based on "
                        + "[Orbit|Application] , [Pallo|Application] and [Sigma|Application] ."));
    }
}
