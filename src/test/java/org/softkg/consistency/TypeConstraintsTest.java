package org.softkg.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softkg.confidence.FactDocs.doc;
import static org.softkg.confidence.FactDocs.entity;
import static org.softkg.confidence.FactDocs.fact;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.model.Document;
import org.softkg.model.Entity;
import org.softkg.model.EntityType;
import org.softkg.model.Fact;
import org.softkg.rdf.Vocab;

class TypeConstraintsTest {

    private final DomainRange ontology = DomainRange.standard();

    @Test
    void constraintsComeFromTheOntologyWithSuperPropertiesAndInverses() {
        assertEquals(Set.of(Vocab.kg("ProgrammingLanguage")), ontology.range("writtenIn"));
        assertEquals(Set.of(Vocab.kg("Agent")), ontology.range("developedBy"));
        // forkedFrom declares nothing itself: basedOn, its super-property, gives SoftwareEntity
        assertEquals(Set.of(Vocab.SoftwareEntity), ontology.domain("forkedFrom"));
        // developerOf gets developedBy's range as its domain
        assertTrue(ontology.domain("developerOf").contains(Vocab.kg("Agent")));
        assertTrue(ontology.fits(EntityType.OPERATING_SYSTEM, ontology.domain("forkedFrom")));
        assertFalse(ontology.fits(EntityType.PERSON, ontology.domain("forkedFrom")));
        assertTrue(ontology.fits(EntityType.ORGANIZATION, ontology.range("developedBy")));
        assertEquals(EntityType.LANGUAGE, ontology.onlyType(ontology.range("writtenIn")).orElseThrow());
        assertTrue(ontology.onlyType(ontology.range("developedBy")).isEmpty());
        assertTrue(ontology.disjoint(EntityType.PERSON, ontology.range("writtenIn")));
        assertFalse(ontology.disjoint(EntityType.APPLICATION, ontology.range("writtenIn")));
    }

    @Test
    void aTagThatDoesNotFitTheRangeIsRepairedByTheRelation() {
        Entity db = entity("Kestrel DB", "Application");
        Entity erl = entity("Erlang", "Operating_System");
        Entity lic = entity("Apache License", "Application");
        Document d = doc("kestrel", "Kestrel DB is written in Erlang .", "Kestrel DB is released under the Apache License .")
                .withEntities(List.of(db, erl, lic))
                .withFacts(List.of(fact("kestrel", db, "writtenIn", erl, 0.9, "written-in", 0),
                        fact("kestrel", db, "license", lic, 0.9, "license-under", 1)));
        ConstraintTally tally = new ConstraintTally();
        Document out = new TypeConstraints(tally).process(d);
        assertEquals(2, out.facts().size());
        assertEquals(Set.of("Language"), typeOf(out, erl));
        assertEquals(Set.of("License"), typeOf(out, lic));
        assertEquals(Set.of("Application"), typeOf(out, db));
        assertEquals(2, tally.retyped());
        assertEquals(0, tally.dropped());
    }

    private static Set<String> typeOf(Document d, Entity e) {
        return d.entities().stream().filter(x -> x.iri().equals(e.iri())).findFirst().orElseThrow().types();
    }

    @Test
    void aPersonAsTheSubjectOfASoftwareRelationDropsTheFact() {
        Entity person = entity("Ada Quinlan", "Person");
        Entity os = entity("Nimbus OS", "Operating_System");
        Document d = doc("nimbus", "Ada Quinlan runs on Nimbus OS .").withEntities(List.of(person, os))
                .withFacts(List.of(fact("nimbus", person, "runsOn", os, 0.8, "runs-on", 0)));
        ConstraintTally tally = new ConstraintTally();
        assertTrue(new TypeConstraints(tally).process(d).facts().isEmpty());
        assertEquals(1, tally.dropped());
    }

    @Test
    void anEntityWithOneFittingTypeAmongSeveralKeepsTheFact() {
        Entity app = entity("Pebble Notes", "Application");
        Entity both = entity("Lumen", "Application", "Organization");
        Document d = doc("notes", "Pebble Notes was developed by Lumen .").withEntities(List.of(app, both))
                .withFacts(List.of(fact("notes", app, "developedBy", both, 0.9, "developed-by", 0)));
        ConstraintTally tally = new ConstraintTally();
        assertEquals(d, new TypeConstraints(tally).process(d));
        assertEquals(0, tally.dropped() + tally.unresolved() + tally.retyped());
    }

    @Test
    void anUntypedNameWhereOneTypeFitsIsGivenThatType() {
        Entity app = entity("Pebble Notes", "Application");
        Entity name = entity("Zephyrscript");
        Document d = doc("notes", "Pebble Notes is written in Zephyrscript .").withEntities(List.of(app, name))
                .withFacts(List.of(fact("notes", app, "writtenIn", name, 0.9, "written-in", 0)));
        ConstraintTally tally = new ConstraintTally();
        Document out = new TypeConstraints(tally).process(d);
        assertEquals(1, out.facts().size());
        assertEquals(0.9, out.facts().get(0).confidence(), 1e-12);
        Entity typed = out.entities().stream().filter(e -> e.iri().equals(name.iri())).findFirst().orElseThrow();
        assertEquals(Set.of("Language"), typed.types());
        assertEquals(1, tally.retyped());
    }

    @Test
    void anAgentWithoutAnAgentTypeKeepsTheFactAsItIs() {
        // WikiSER has no person or organization tag: an untyped or software-tagged developer says nothing
        Entity app = entity("Pebble Notes", "Application");
        Entity name = entity("Brightwave");
        Entity tagged = entity("Corvid Labs", "Application");
        Document d = doc("notes", "Pebble Notes was developed by Brightwave and Corvid Labs .")
                .withEntities(List.of(app, name, tagged))
                .withFacts(List.of(fact("notes", app, "developedBy", name, 0.8, "developed-by", 0),
                        fact("notes", app, "developedBy", tagged, 0.8, "developed-by", 0)));
        ConstraintTally tally = new ConstraintTally();
        assertEquals(d, new TypeConstraints(tally).process(d));
        assertEquals(2, tally.unresolved());
        assertEquals(0, tally.dropped() + tally.retyped());
        assertTrue(tally.summary().contains("2 facts with an argument of no fitting type kept"), tally.summary());
    }

    @Test
    void aPersonAsTheObjectOfWrittenInDropsTheFact() {
        Entity app = entity("Pebble Notes", "Application");
        Entity person = entity("Ada Quinlan", "Person");
        Document d = doc("notes", "Pebble Notes is written in Ada Quinlan 's style .").withEntities(List.of(app, person))
                .withFacts(List.of(fact("notes", app, "writtenIn", person, 0.9, "written-in", 0)));
        ConstraintTally tally = new ConstraintTally();
        assertTrue(new TypeConstraints(tally).process(d).facts().isEmpty());
        assertEquals(1, tally.dropped());
        assertEquals(0, tally.retyped());
    }

    @Test
    void relationsWithoutConstraintsAcceptAnyType() {
        Entity person = entity("Ada Quinlan", "Person");
        Entity app = entity("Pebble Notes", "Application");
        Document d = doc("notes", "Pebble Notes was influenced by Ada Quinlan .").withEntities(List.of(person, app))
                .withFacts(List.of(fact("notes", app, "influencedBy", person, 0.8, "influenced-by", 0)));
        assertEquals(d, new TypeConstraints(new ConstraintTally()).process(d));
    }
}
