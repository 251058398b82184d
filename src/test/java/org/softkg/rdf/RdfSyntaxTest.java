package org.softkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RdfSyntaxTest {

    @Test
    void userNamesMapToSyntaxes() {
        assertEquals(RdfSyntax.TURTLE, RdfSyntax.fromName("ttl"));
        assertEquals(RdfSyntax.NTRIPLES, RdfSyntax.fromName("NT"));
        assertEquals(RdfSyntax.NQUADS, RdfSyntax.fromName("nquads"));
        assertEquals(RdfSyntax.TRIG, RdfSyntax.fromName("trig"));
        assertEquals(RdfSyntax.JSONLD, RdfSyntax.fromName("json-ld"));
        assertEquals(RdfSyntax.RDFXML, RdfSyntax.fromName("xml"));
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> RdfSyntax.fromName("n3x"));
        assertTrue(e.getMessage().contains("turtle"), e.getMessage());
    }

    @Test
    void fileExtensionsGiveSyntaxes() {
        assertEquals(Optional.of(RdfSyntax.TURTLE), RdfSyntax.fromFileName("kg.ttl"));
        assertEquals(Optional.of(RdfSyntax.NQUADS), RdfSyntax.fromFileName("kg.nq.gz"));
        assertEquals(Optional.of(RdfSyntax.JSONLD), RdfSyntax.fromFileName("kg.jsonld"));
        assertEquals(Optional.of(RdfSyntax.RDFXML), RdfSyntax.fromFileName("kg.rdf"));
        assertEquals(Optional.empty(), RdfSyntax.fromFileName("kg.txt"));
    }

    @Test
    void onlyJsonLdLacksTripleTerms() {
        for (RdfSyntax s : RdfSyntax.values()) {
            assertEquals(s != RdfSyntax.JSONLD, s.hasTripleTerms(), s::toString);
        }
    }

    @Test
    void quadSyntaxesHoldNamedGraphs() {
        assertTrue(RdfSyntax.NQUADS.isQuads());
        assertTrue(RdfSyntax.TRIG.isQuads());
        assertTrue(RdfSyntax.JSONLD.isQuads());
        assertFalse(RdfSyntax.TURTLE.isQuads());
    }
}
