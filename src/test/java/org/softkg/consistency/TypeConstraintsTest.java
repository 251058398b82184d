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
    }

    @Test
    void aTypedArgumentThatContradictsTheRangeDropsTheFact() {
        Entity app = entity("Pebble Notes", "Application");
        Entity lib = entity("Quartz Toolkit", "Library");
        Entity lang = entity("Kotlin", "Language");
        Document d = doc("notes", "Pebble Notes is written in Quartz Toolkit and Kotlin .")
                .withEntities(List.of(app, lib, lang))
                .withFacts(List.of(fact("notes", app, "writtenIn", lib, 0.9, "written-in", 0),
                        fact("notes", app, "writtenIn", lang, 0.9, "written-in", 0)));
        ConstraintTally tally = new ConstraintTally();
        Document out = new TypeConstraints(tally).process(d);
        assertEquals(List.of(lang.iri()), out.facts().stream().map(Fact::object).toList());
        assertEquals(1, tally.dropped());
        assertEquals(0, tally.lowered());
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
        assertEquals(0, tally.dropped() + tally.lowered() + tally.retyped());
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
    void anUntypedNameWhereSeveralTypesFitLowersTheConfidence() {
        Entity app = entity("Pebble Notes", "Application");
        Entity name = entity("Brightwave");
        Document d = doc("notes", "Pebble Notes was developed by Brightwave .").withEntities(List.of(app, name))
                .withFacts(List.of(fact("notes", app, "developedBy", name, 0.8, "developed-by", 0)));
        ConstraintTally tally = new ConstraintTally();
        Document out = new TypeConstraints(tally).process(d);
        assertEquals(1, out.facts().size());
        assertEquals(0.8 * TypeConstraints.UNTYPED_FACTOR, out.facts().get(0).confidence(), 1e-12);
        assertEquals(1, tally.lowered());
        assertTrue(tally.summary().contains("1 lowered"), tally.summary());
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
