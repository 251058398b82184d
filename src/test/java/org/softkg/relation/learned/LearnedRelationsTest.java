package org.softkg.relation.learned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.softkg.consistency.FactChecks;
import org.softkg.model.Document;
import org.softkg.model.Entity;
import org.softkg.model.Fact;
import org.softkg.pipeline.Pipeline;
import org.softkg.pipeline.StandardPipeline;

class LearnedRelationsTest {

    private static Set<String> facts(Pipeline p, String markup) {
        Document d = p.process(Document.of("t", null, "t", List.of(LearnedTestDocs.sentence(markup))));
        var labels = d.entities().stream().collect(Collectors.toMap(Entity::iri, Entity::label));
        return d.facts().stream().map(f -> labels.get(f.subject()) + " " + f.relation() + " " + labels.get(f.object())
                + " (" + f.rule() + ")").collect(Collectors.toSet());
    }

    @Test
    void tinyGoldIsAlignedToItsPairs() {
        List<TrainingSentence> tiny = LearnedTestDocs.tinyGold();
        assertEquals(List.of("writtenIn>"), tiny.get(0).outcomes());
        assertEquals(List.of("NONE"), tiny.get(1).outcomes());
    }

    @Test
    void theClassifierAddsAFactNoRuleReads() {
        String sentence = "[Omegix|Application] zorbles [Sigmalang|Language] .";
        Pipeline rulesOnly = StandardPipeline.forTaggedInput(LearnedTestDocs.rules(), FactChecks.defaults(), null);
        assertEquals(Set.of(), facts(rulesOnly, sentence));
        Pipeline learned = StandardPipeline.forTaggedInput(LearnedTestDocs.rules(), FactChecks.defaults(),
                LearnedRelations.of(LearnedTestDocs.tinyModel()));
        assertEquals(Set.of("Omegix writtenIn Sigmalang (learned)"), facts(learned, sentence));
        assertEquals(Set.of(), facts(learned, "[Omegix|Application] and [Sigmalang|Language] are listed ."));
    }

    @Test
    void factsCarryProvenanceAndCalibratedConfidence() {
        RelationClassifier m = LearnedTestDocs.tinyModel()
                .with(new Calibration(0.5, new double[] {0.5}, new double[] {0.8}));
        Document d = StandardPipeline.forTaggedInput(LearnedTestDocs.rules(), FactChecks.defaults(), LearnedRelations.of(m))
                .process(Document.of("t", null, "t", List.of(LearnedTestDocs.sentence("[Omegix|Application] zorbles [Sigmalang|Language] ."))));
        assertEquals(1, d.facts().size());
        Fact f = d.facts().get(0);
        assertEquals(LearnedRelations.RULE, f.rule());
        assertEquals(0.8, f.confidence());
        assertEquals(0, f.evidence().sentence());
    }

    @Test
    void pairsTheRulesAlreadyRelateAreLeftToTheRules() {
        String sentence = "[Omegix|Application] is written in [Sigmalang|Language] .";
        Pipeline learned = StandardPipeline.forTaggedInput(LearnedTestDocs.rules(), FactChecks.defaults(),
                LearnedRelations.of(LearnedTestDocs.tinyModel().with(Calibration.uncalibrated(0))));
        Set<String> got = facts(learned, sentence);
        assertTrue(got.contains("Omegix writtenIn Sigmalang (written-in)") || got.stream().anyMatch(f -> f.startsWith("Omegix writtenIn Sigmalang")), got.toString());
        assertTrue(got.stream().noneMatch(f -> f.endsWith("(learned)")), got.toString());
    }

    @Test
    void trainingIsDeterministic() {
        RelationTrainer t = new RelationTrainer(50, 0.1, 0, 1, false);
        Candidate c = LearnedTestDocs.tinyGold().get(2).candidates().get(0);
        double a = new RelationClassifier(t.train(LearnedTestDocs.tinyGold()), Calibration.uncalibrated(0)).best(c).probability();
        double b = new RelationClassifier(t.train(LearnedTestDocs.tinyGold()), Calibration.uncalibrated(0)).best(c).probability();
        assertEquals(a, b);
    }
}
