package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/**
 * Invented sentences for the precision pass on arguments that are no names (prec10, {@link ClassNounArguments}): a class
 * noun or a description is no fact argument, a name and a technique's term of art are.
 */
class ClassNounArgumentsTest {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(RelationNames.CORE);

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void aPluralOpeningTheSentenceBeforeAParticipleIsAClass() {
        assertEquals(Set.of(), facts("[Modules|Library] written in [Zeta|Language] can be loaded at run time ."));
        assertEquals(Set.of(), facts("[Plugins|Library] are written in [Zeta|Language] ."));
    }

    @Test
    void aDescriptionOpeningALineIsNoSubject() {
        // a package's synopsis: the phrase describes the document's program, it names nothing
        assertEquals(Set.of(), facts("[Terminal file manager|Application] written in [Zeta|Language] ."));
        assertEquals(Set.of("zeta commander writtenIn orbit"),
                facts("[Zeta Commander|Application] written in [Orbit|Language] ."));
    }

    @Test
    void aLowerCaseNounSharingThePluralHeadOfItsConjunctIsNoObject() {
        assertEquals(Set.of(), facts("The [Orbit|Protocol] protocol uses [parity|General_Concept] and frame check "
                + "sequences to find faults ."));
        // a conjunct of its own, not a shared head: "digital" is no noun of a compound with "parity"
        assertEquals(Set.of("orbit uses parity"),
                facts("[Orbit|Application] uses [parity|Algorithm] and digital signatures ."));
        assertEquals(Set.of("orbit uses parity"), facts("[Orbit|Application] uses [parity|Algorithm] and checksums ."));
        assertEquals(Set.of(), facts("The [Orbit|Protocol] link layer supports both [ring|Architecture] and "
                + "[mesh topologies|Architecture] ."));
    }

    @Test
    void aLowerCaseConjunctOfAnArticleDescriptionIsNoSubject() {
        assertEquals(Set.of("orbit developedBy ada quill"), facts("[Orbit|Device] is a cheap 16-bit home computer and "
                + "[terminal|Device] designed by [Ada Quill|Person] ."));
    }

    @Test
    void anArticleBeforeAParenthesisOrAQuoteStillOpensTheDescription() {
        assertEquals(Set.of(), facts("[Zeta|Application] is offered under a \" [shared license|License] \" ."));
        // the parenthesised aside is passed: the lower-case phrase is a description, the name before it its name
        assertEquals(Set.of("orbit license gpl"), facts("Several parts , including the [Orbit|Application] ( touch "
                + "panel ) [control panel|Application] , are licensed under the [GPL|License] ."));
    }

    @Test
    void anIndefiniteArticleBeforeANameWithACommonNounHeadIsADescription() {
        assertEquals(Set.of(), facts("[Orbit|Application] uses an [Heatmap tool|Application] to record clicks ."));
        // a licence is named that way
        assertEquals(Set.of("orbit license mit license"),
                facts("[Orbit|Application] is released under an [MIT license|License] ."));
        // and so is a term of art
        assertEquals(Set.of("orbit uses kappa filter"),
                facts("[Orbit|Application] uses a [Kappa filter|Data_Structure] to skip lookups ."));
    }

    @Test
    void anUntaggedCapitalOpeningAPhraseBeforeACommonNounIsNoName() {
        assertEquals(Set.of(), facts("Codec module ( ZIL ) [Fallback|Name] image codec , which is based on the "
                + "[ZIL|Library] library ."));
    }

    @Test
    void theBaseOfACompoundAdjectiveIsNoSubject() {
        // the name-splitting repair leaves "Zeta-based" one token whose mention reads "Zeta"
        Sentence sentence = Docs.annotated("[Orbit|Device] is a cheap [Zeta-based|Device] home computer designed by "
                + "[Ada Quill|Person] .").sentences().get(0);
        Mention base = Mention.of(0, new Span(4, 5), "Device", "Zeta");
        Mention maker = Mention.of(0, new Span(9, 11), "Person", "Ada Quill");
        assertTrue(ArgumentChecks.isCompoundAdjectiveBase(sentence, base));
        assertTrue(ArgumentChecks.rejects(sentence, "developedBy", base, maker));
        assertFalse(ArgumentChecks.isCompoundAdjectiveBase(sentence, Mention.of(0, new Span(0, 1), "Device", "Orbit")));
    }

    @Test
    void namesAndTermsOfArtStay() {
        assertEquals(Set.of("orbit basedOn zeta kernel"), facts("[Orbit|Operating_System] is based on the "
                + "[Zeta kernel|Operating_System] ."));
        assertEquals(Set.of("orbit license gnu general public license"),
                facts("[Orbit|Application] is licensed under the [GNU General Public License|License] ."));
        assertEquals(Set.of("orbit uses ray tracing"), facts("[Orbit|Application] uses [ray tracing|Algorithm] ."));
        assertEquals(Set.of("orbit supports serialization"),
                facts("[Orbit|Application] supports [serialization|Algorithm] of objects ."));
        assertEquals(Set.of("orbit uses hash table"),
                facts("[Orbit|Library] makes use of a [hash table|Data_Structure] with two levels ."));
        // a capitalised name after a class noun stays: its capital is its own
        assertTrue(facts("Servers and [Zeta OS|Operating_System] support [Kappa|Protocol] .")
                .contains("zeta os supports kappa"));
        // a tagged name opening the sentence before a common noun stays
        assertTrue(facts("[Zeta|Protocol] network layer supports [Kappa|Protocol] .").contains("zeta supports kappa"));
    }
}
