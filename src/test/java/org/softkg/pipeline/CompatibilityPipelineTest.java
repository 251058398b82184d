package org.softkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.softkg.model.Document;
import org.softkg.model.Entity;
import org.softkg.model.Sentence;
import org.softkg.relation.ExampleSentence;
import org.softkg.relation.RelationNames;
import org.softkg.relation.RuleSet;

/**
 * Round 10 (compat10), through the whole tagged-input pipeline: "compatible" written apart after a name reads as
 * "-compatible" (the mention repairs join it), so the "X-compatible" rules read both spellings; compatibility with
 * another system's programs is one-way ({@code supports}). Sentences invented.
 */
class CompatibilityPipelineTest {

    private static final RuleSet RULES = RuleSet.loadDefault(RelationNames.CORE);

    private static Set<String> facts(String markup) {
        Sentence s = Sentence.ofTokens(0, ExampleSentence.parse(markup).tokens());
        Document d = StandardPipeline.forTaggedInput(RULES, 1).process(Document.of("test", null, "test", List.of(s)));
        Map<String, String> labels = d.entities().stream().collect(Collectors.toMap(Entity::iri, Entity::label));
        return d.facts().stream()
                .map(f -> labels.get(f.subject()) + " " + f.relation() + " " + labels.get(f.object()))
                .collect(Collectors.toSet());
    }

    @Test
    void aNameBeforeCompatibleAndANameIsTheSecondNamesCompatibility() {
        assertEquals(Set.of("Orbit compatibleWith Zeta"),
                facts("The British [Zeta|Device] compatible [Orbit|Device] had a disk drive ."));
    }

    @Test
    void anAppositionWithAnXCompatibleDescription() {
        assertEquals(Set.of("Orbit compatibleWith Zeta"),
                facts("[Orbit|Device] , a [Zeta|Device] compatible home computer , was sold in 1985 ."));
        assertEquals(Set.of("Orbit compatibleWith Zeta"),
                facts("[Orbit|Device] , a Zeta-compatible home computer , was sold in 1985 ."));
    }

    @Test
    void aPredicateXCompatible() {
        // "[X] for the [Y] range" also gives runsOn (r15-name-for-platform-kind, thirteenth session)
        assertEquals(Set.of("Orbit DOS compatibleWith Zeta", "Orbit DOS runsOn Kappa"),
                facts("[Orbit DOS|Operating_System] for the [Kappa|Device] range is [Zeta|Operating_System] -compatible ."));
        assertEquals(Set.of("Orbit compatibleWith Zeta"),
                facts("Unlike its rivals , the [Orbit|Device] was [Zeta|Device] compatible ."));
    }

    @Test
    void compatibleWithAfterANameIsNoModifier() {
        assertEquals(Set.of("Orbit compatibleWith Zeta"),
                facts("[Orbit|Device] is [fully|Device] compatible with [Zeta|Device] ."));
    }

    @Test
    void aDescribedSubjectIsNoName() {
        assertEquals(Set.of(), facts("The main [CPU|General_Concept] is a [Kappa|Architecture] compatible chip ."));
    }

    @Test
    void compatibilityWithAnotherSystemsProgramsIsSupport() {
        assertEquals(Set.of("Orbit supports Zeta"),
                facts("[Orbit|Operating_System] is backwards compatible with [Zeta|Operating_System] games ."));
        assertEquals(Set.of("Orbit supports Zeta Unix"),
                facts("[Orbit|Operating_System] allowed binary compatibility with [Zeta Unix|Operating_System] applications ."));
        assertEquals(Set.of("Orbit compatibleWith Zeta"),
                facts("[Orbit|Operating_System] is backwards compatible with [Zeta|Operating_System] ."));
        assertEquals(Set.of("Orbit supports Zeta 4 games"),
                facts("[Orbit|Operating_System] is backwards compatible with [Zeta 4 games|Operating_System] ."));
    }

    @Test
    void anXCompatibleBaseFillsOnlyACompatibleSlot() {
        // the possessive rule of components would take "Kappa" of "Kappa compatible shell" as Zeta's component
        assertEquals(Set.of(), facts("[Zeta|Operating_System] 's [Kappa|Application] compatible shell is small ."));
        assertEquals(Set.of(), facts("[Zeta|Operating_System] 's [Kappa-compatible|Application] shell is small ."));
    }
}
