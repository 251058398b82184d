package org.softkg.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.softkg.model.Document;
import org.softkg.model.Entity;
import org.softkg.model.Fact;
import org.softkg.model.Sentence;
import org.softkg.model.Token;
import org.softkg.pipeline.StandardPipeline;
import org.softkg.rdf.Vocab;
import org.softkg.relation.RuleSet;

/** The domain/range check runs in the standard chain, after the relations, and counts into the given tally. */
class ConstraintsInPipelineTest {

    /** A tagged sentence: words split on spaces, {@code word/Type} opens a mention, {@code word/+} continues it. */
    static Sentence tagged(int index, String text) {
        List<Token> tokens = new ArrayList<>();
        String type = null;
        for (String w : text.split(" ")) {
            int slash = w.lastIndexOf('/');
            if (slash > 0 && w.endsWith("/+")) {
                tokens.add(Token.tagged(w.substring(0, slash), "I-" + type));
            } else if (slash > 0) {
                type = w.substring(slash + 1);
                tokens.add(Token.tagged(w.substring(0, slash), "B-" + type));
            } else {
                tokens.add(Token.tagged(w, Token.OUTSIDE));
            }
        }
        return Sentence.ofTokens(index, tokens);
    }

    @Test
    void aWrongTagOnTheObjectOfWrittenInIsRepairedAndCounted() {
        Document doc = Document.of("kestrel", null, "kestrel.txt",
                List.of(tagged(0, "Kestrel/Application DB/+ is written in Erlang/Operating_System .")));
        ConstraintTally tally = new ConstraintTally();
        Document out = StandardPipeline.forTaggedInput(RuleSet.loadDefault(Vocab.relationNames()),
                new FactChecks(0, tally)).process(doc);
        List<Fact> written = out.facts().stream().filter(f -> f.relation().equals("writtenIn")).toList();
        assertEquals(1, written.size(), out.facts().toString());
        Entity erlang = out.entities().stream().filter(e -> e.iri().equals(written.get(0).object())).findFirst().orElseThrow();
        assertEquals("Erlang", erlang.label());
        assertTrue(erlang.types().contains("Language"), erlang.types().toString());
        assertEquals(1, tally.retyped());
    }
}
