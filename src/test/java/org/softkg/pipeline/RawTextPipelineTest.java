package org.softkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softkg.corpus.InputFormat;
import org.softkg.model.Document;
import org.softkg.model.Entity;
import org.softkg.model.Fact;
import org.softkg.model.Sentence;
import org.softkg.model.Token;
import org.softkg.ner.NerModels;
import org.softkg.rdf.Vocab;
import org.softkg.relation.RuleSet;

/**
 * The example document as raw text (its tokens joined back into sentences), extracted with the
 * shipped name finder: the same pipeline as tagged input, entered by the raw-text door.
 */
class RawTextPipelineTest {

    @TempDir
    static Path dir;

    private static Document doc;

    /** The tokens of each WikiSER sentence joined with spaces, punctuation attached: one line per sentence. */
    static String rawText(Path wikiser) throws IOException {
        StringBuilder text = new StringBuilder();
        StringBuilder sentence = new StringBuilder();
        for (String line : Files.readAllLines(wikiser)) {
            String l = line.strip();
            if (l.equals("<s>") || l.isEmpty()) {
                continue;
            }
            if (l.equals("</s>")) {
                text.append(sentence).append('\n');
                sentence.setLength(0);
                continue;
            }
            String token = l.split("\t")[0];
            boolean attach = sentence.isEmpty() || token.matches("[.,;:)!?%]|'s|n't")
                    || sentence.charAt(sentence.length() - 1) == '(';
            sentence.append(attach ? "" : " ").append(token);
        }
        return text.toString();
    }

    @BeforeAll
    static void extract() throws IOException {
        Path raw = dir.resolve("DragonFly_BSD.txt");
        Files.writeString(raw, rawText(Path.of("examples/DragonFly_BSD.txt")));
        List<Document> done = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Pipeline pipeline = StandardPipeline.forRawText(RuleSet.loadDefault(Vocab.relationNames()), NerModels::shipped);
        new CorpusExtraction(pipeline, InputFormat.AUTO, problems::add, d -> { })
                .run(List.of(raw.toString()), new DocumentSink() {
                    @Override
                    public void accept(Document d) {
                        done.add(d);
                    }

                    @Override
                    public void close() {
                    }
                });
        assertEquals(List.of(), problems);
        assertEquals(1, done.size());
        doc = done.get(0);
    }

    private static Set<String> facts() {
        Map<String, String> labels = doc.entities().stream().collect(Collectors.toMap(Entity::iri, Entity::label));
        Set<String> out = new TreeSet<>();
        for (Fact f : doc.facts()) {
            out.add(labels.get(f.subject()) + " " + f.relation() + " " + labels.get(f.object()));
        }
        return out;
    }

    @Test
    void rawTextIsTaggedAndKeepsItsOffsets() throws IOException {
        String text = Files.readString(dir.resolve("DragonFly_BSD.txt"));
        assertEquals("DragonFly BSD", doc.title());
        assertTrue(doc.sentences().size() >= 70, "sentences: " + doc.sentences().size());
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                assertEquals(t.text(), text.substring(t.start(), t.end()));
            }
        }
        assertTrue(doc.mentions().size() > 50, "mentions: " + doc.mentions().size());
    }

    /**
     * The three core facts of the tagged file hold. "HAMMER2, the successor of the HAMMER file system"
     * needs HAMMER2 tagged at the start of the sentence, where the name finder misses it; it finds it in
     * another sentence ("the HAMMER and HAMMER2 file systems"), and the name is found again in the rest of
     * the document.
     */
    @Test
    void coreFactsOfTheExampleHold() {
        Set<String> facts = facts();
        assertTrue(facts.contains("DragonFly BSD forkedFrom FreeBSD"), facts.toString());
        assertTrue(facts.contains("USB4BSD importedFrom FreeBSD"), facts.toString());
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("HAMMER2 successorOf HAMMER")), facts.toString());
    }
}
