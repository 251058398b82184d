package org.softkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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
 * A file of unrelated sentences (a shuffled corpus split read as one document) is resolved sentence by sentence; an
 * article keeps its document-wide resolution. All sentences are invented.
 */
class SentenceScopeTest {

    private static final RuleSet RULES = RuleSet.loadDefault(RelationNames.CORE);

    /** Filler sentences that name nothing any other sentence names: "[Tool3|Application] is written in [Lang3|Language] ." */
    private static List<String> unrelated(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("[Quorvix" + i + "|Application] is a small editor written in [Zelmar" + i + "|Language] .");
        }
        return out;
    }

    private static Document run(String title, List<String> sentences) {
        return run(title, sentences, 1);
    }

    private static Document run(String title, List<String> sentences, int jobs) {
        List<Sentence> parsed = new ArrayList<>();
        for (String markup : sentences) {
            parsed.add(Sentence.ofTokens(parsed.size(), ExampleSentence.parse(markup).tokens()));
        }
        return StandardPipeline.forTaggedInput(RULES, jobs).process(Document.of("test", title, "test", parsed));
    }

    private static Set<String> facts(Document d) {
        Map<String, String> labels = d.entities().stream().collect(Collectors.toMap(Entity::iri, Entity::label));
        return d.facts().stream()
                .map(f -> labels.get(f.subject()) + " " + f.relation() + " " + labels.get(f.object()))
                .collect(Collectors.toSet());
    }

    @Test
    void aShuffledCollectionDoesNotJoinAShortNameToAnotherSentencesLongerName() {
        List<String> sentences = new ArrayList<>(unrelated(30));
        sentences.set(3, "[Babbler Fish|Application] was a translation service on the web .");
        sentences.set(20, "In 2001 , [Babbler|Application] was developed by [Contoso|Organization] .");
        Document d = run("dev", sentences);
        assertTrue(facts(d).contains("Babbler developedBy Contoso"), facts(d).toString());
        assertFalse(facts(d).contains("Babbler Fish developedBy Contoso"), facts(d).toString());
        // every sentence's own facts are still there, in place
        assertTrue(facts(d).contains("Quorvix0 writtenIn Zelmar0"));
        assertTrue(d.facts().stream().anyMatch(f -> f.evidence().sentence() == 20), "the fact keeps its sentence");
    }

    @Test
    void anArticleStillJoinsItsShortFormsAcrossSentences() {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            sentences.add("[Babbler Fish|Application] has feature number " + i + " for the [Quorvix|Application] users .");
        }
        sentences.set(20, "In 2001 , [Babbler|Application] was developed by [Contoso|Organization] .");
        Document d = run("Babbler Fish", sentences);
        assertTrue(facts(d).contains("Babbler Fish developedBy Contoso"), facts(d).toString());
    }

    @Test
    void theSameNameInTwoSentencesIsOneEntityOfTheCollection() {
        List<String> sentences = new ArrayList<>(unrelated(30));
        sentences.set(5, "[Orbix|Application] is written in [Zelmar5|Language] .");
        sentences.set(25, "[Orbix|Application] runs on [Quarnix|Operating_System] .");
        Document d = run("dev", sentences);
        List<Entity> orbix = d.entities().stream().filter(e -> e.label().equals("Orbix")).toList();
        assertEquals(1, orbix.size());
        assertEquals(Set.of("Application"), orbix.getFirst().types());
        assertTrue(facts(d).containsAll(Set.of("Orbix writtenIn Zelmar5", "Orbix runsOn Quarnix")), facts(d).toString());
        assertEquals(Set.of(5, 25), d.facts().stream().filter(f -> f.subject().equals(orbix.getFirst().iri()))
                .map(f -> f.evidence().sentence()).collect(Collectors.toSet()));
    }

    @Test
    void twoThreadsReadALongCollectionAsOneThreadDoes() {
        List<String> sentences = new ArrayList<>(unrelated(700));
        sentences.set(100, "[Babbler Fish|Application] was a translation service on the web .");
        sentences.set(600, "In 2001 , [Babbler|Application] was developed by [Contoso|Organization] .");
        Document one = run("dev", sentences, 1);
        Document two = run("dev", sentences, 2);
        assertEquals(one.facts(), two.facts());
        assertEquals(one.entities(), two.entities());
        assertEquals(one.mentions(), two.mentions());
        assertEquals(699, one.facts().size(), "698 writtenIn facts and one developedBy");
    }
}
