package org.softkg.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.softkg.corpus.CorpusInput;
import org.softkg.corpus.DocumentStream;
import org.softkg.corpus.InputFormat;
import org.softkg.model.Document;
import org.softkg.model.Entity;
import org.softkg.model.Fact;
import org.softkg.pipeline.StandardPipeline;
import org.softkg.relation.RelationNames;
import org.softkg.relation.RuleSet;

/**
 * The example article through the whole pipeline: document context adds its developer and its influence
 * to the facts it had, and no fact relates a pronoun, a number or a verb.
 */
class ExampleDocumentTest {

    private static final Path EXAMPLE = Path.of("examples/DragonFly_BSD.txt");
    private static final Set<String> PRONOUNS = Set.of("it", "its", "he", "she", "they", "this", "these", "his");

    @Test
    void exampleHoldsDeveloperAndInfluenceBesideTheFoundationFacts() throws Exception {
        Assumptions.assumeTrue(Files.exists(EXAMPLE), "example document not found at " + EXAMPLE.toAbsolutePath());
        Document d;
        try (DocumentStream in = CorpusInput.open(EXAMPLE.toString(), InputFormat.AUTO)) {
            d = StandardPipeline.forTaggedInput(RuleSet.loadDefault(RelationNames.CORE)).process(in.next());
        }
        Set<String> facts = ContextDocs.facts(d);
        for (String expected : Set.of("DragonFly BSD developedBy Matthew Dillon", "DragonFly BSD influencedBy AmigaOS",
                "DragonFly BSD forkedFrom FreeBSD", "DragonFly BSD license BSD license", "USB4BSD importedFrom FreeBSD",
                "PUFFS importedFrom NetBSD", "DragonFly BSD supports HAMMER2")) {
            assertTrue(facts.contains(expected), expected + " missing from " + facts);
        }
        assertEquals(Set.of("Person"), ContextDocs.entity(d, "Matthew Dillon").types());
        for (Fact f : d.facts()) {
            for (String iri : new String[] {f.subject(), f.object()}) {
                Entity e = d.entities().stream().filter(x -> x.iri().equals(iri)).findFirst().orElseThrow();
                String label = e.label().toLowerCase(Locale.ROOT);
                assertFalse(PRONOUNS.contains(label), f + " relates a pronoun");
                assertTrue(label.chars().anyMatch(Character::isLetter), f + " relates a number");
                assertFalse(label.matches("\\p{Ll}+ed"), f + " relates a verb");
            }
        }
    }
}
