package org.softkg.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.softkg.model.Document;
import org.softkg.pipeline.StandardPipeline;
import org.softkg.rdf.Vocab;
import org.softkg.relation.RuleSet;

/**
 * kg:uses has the domain kg:SoftwareEntity (ninth session): a person or an organisation that uses something makes no
 * uses fact, software and hardware still do. Sentences written for the test.
 */
class UsesDomainTest {

    private static long uses(String text) {
        Document doc = Document.of("d", null, "d.txt", List.of(ConstraintsInPipelineTest.tagged(0, text)));
        Document out = StandardPipeline.forTaggedInput(RuleSet.loadDefault(Vocab.relationNames()),
                new FactChecks(0, new ConstraintTally())).process(doc);
        return out.facts().stream().filter(f -> f.relation().equals("uses")).count();
    }

    @Test
    void aPersonIsNoUser() {
        assertEquals(0, uses("The programmer Ada Quill uses Zeta/Library for her plots ."));
    }

    @Test
    void softwareAndHardwareAreUsers() {
        assertEquals(1, uses("Orbit/Application uses Zeta/Library for its plots ."));
        assertEquals(1, uses("The Kappa/Device 500/+ uses a Zeta/Device 80/+ processor ."));
    }
}
