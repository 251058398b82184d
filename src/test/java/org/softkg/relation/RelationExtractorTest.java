package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.model.Document;
import org.softkg.model.Entity;
import org.softkg.model.Fact;
import org.softkg.model.Mention;
import org.softkg.model.Span;
import org.softkg.pipeline.Annotation;

class RelationExtractorTest {

    private static RuleSet rules(String... patternsAndConfidences) {
        List<Rule> rules = new java.util.ArrayList<>();
        for (int i = 0; i < patternsAndConfidences.length; i += 2) {
            rules.add(new Rule("r" + i, "rel", RulePattern.compile(patternsAndConfidences[i]),
                    Double.parseDouble(patternsAndConfidences[i + 1]),
                    Docs.rule("{S} x {O}").rules().getFirst().examples(), "test", 1));
        }
        return RuleSet.of(rules);
    }

    @Test
    void declaresWhatItNeedsAndProvides() {
        RelationExtractor stage = new RelationExtractor(RuleSet.of(List.of()));
        assertEquals(Set.of(Annotation.POS, Annotation.LEMMAS, Annotation.ENTITIES), stage.requires());
        assertEquals(Set.of(Annotation.FACTS), stage.provides());
    }

    @Test
    void factCarriesRuleConfidenceAndEvidence() {
        Document d = new RelationExtractor(rules("{S} [be] based on {O}", "0.7"))
                .process(Docs.annotated("Today [Alpha|Application] is based on [Beta|Application] 2.0 ."));
        Fact f = d.facts().getFirst();
        assertEquals(new Fact("e:alpha", "rel", "e:beta", 0.7, "r0",
                new org.softkg.model.Evidence("test", 0, new Span(1, 2), new Span(5, 6), new Span(1, 7))), f);
    }

    @Test
    void identicalFactsOfOneSentenceAreKeptOnceWithTheHighestConfidence() {
        Document d = new RelationExtractor(rules("{S} [be] based on {O}", "0.6", "{S} ...{0,2} based on {O}", "0.9"))
                .process(Docs.annotated("[Alpha|Application] is based on [Beta|Application] ."));
        assertEquals(1, d.facts().size());
        assertEquals(0.9, d.facts().getFirst().confidence());
        assertEquals("r2", d.facts().getFirst().rule());
    }

    @Test
    void factOfAnEntityWithItselfIsSkipped() {
        assertEquals(Set.of(), Docs.facts(rules("{S} [be] based on {O}", "0.9"),
                "[Alpha|Application] is based on [Alpha|Application] ."));
    }

    @Test
    void untypedNameFillsOnlySlotsThatAdmitNames() {
        assertEquals(Set.of(), Docs.facts(rules("{S} [be] developed by {O}", "0.9"),
                "[Alpha|Application] is developed by [Acme Labs|Name] ."));
        assertEquals(Set.of("alpha rel acme labs"), Docs.facts(rules("{S} [be] developed by {O:*|Name}", "0.9"),
                "[Alpha|Application] is developed by [Acme Labs|Name] ."));
    }

    @Test
    void untypedNameTakesTheTypeItsSlotGives() {
        Document in = Docs.annotated("[Alpha|Application] was written by [Ann Lee|Name] .");
        in = in.withEntities(List.of(new Entity("e:ann lee", "Ann Lee", Set.of(), Set.of(Mention.UNTYPED)),
                new Entity("e:alpha", "Alpha", Set.of(), Set.of("Application"))));
        Document out = new RelationExtractor(rules("{S} [be] written by {O:Person?}", "0.9")).process(in);
        assertEquals(Set.of("Person"), out.entities().getFirst().types());
        assertEquals(Set.of("Application"), out.entities().get(1).types());
        assertEquals("Person", out.mentions().get(1).type());
        assertEquals("Application", out.mentions().getFirst().type());
    }

    @Test
    void untypedNameWithoutEntityGetsATypedEntity() {
        Document out = new RelationExtractor(rules("{S} [be] written by {O:Person?}", "0.9"))
                .process(Docs.annotated("[Alpha|Application] was written by [Ann Lee|Name] ."));
        assertEquals(List.of(new Entity("e:ann lee", "Ann Lee", Set.of(), Set.of("Person"))), out.entities());
    }

    @Test
    void nameAdmittedByNameKeepsNoType() {
        Document out = new RelationExtractor(rules("{S} [be] written by {O:Person|Name}", "0.9"))
                .process(Docs.annotated("[Alpha|Application] was written by [Ann Lee|Name] ."));
        assertEquals(1, out.facts().size());
        assertEquals(Mention.UNTYPED, out.mentions().get(1).type());
        assertEquals(List.of(), out.entities());
    }

    @Test
    void mentionsWithoutEntityFillNoSlot() {
        Document in = Docs.annotated("[Alpha|Application] is based on [Beta|Application] .");
        in = in.withMentions(List.of(in.mentions().get(0), in.mentions().get(1).withEntity(null)));
        assertEquals(List.of(), new RelationExtractor(rules("{S} [be] based on {O}", "0.9")).process(in).facts());
    }
}
