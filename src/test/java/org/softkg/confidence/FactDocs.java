package org.softkg.confidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.softkg.model.Document;
import org.softkg.model.Entity;
import org.softkg.model.Evidence;
import org.softkg.model.Fact;
import org.softkg.model.Sentence;
import org.softkg.model.Span;
import org.softkg.model.Token;

/** Hand-made documents with entities and facts, for the tests of facts after extraction. */
public final class FactDocs {

    private FactDocs() {
    }

    /** A document of these sentences (words split on spaces, no tags, no mentions). */
    public static Document doc(String id, String... sentences) {
        List<Sentence> out = new ArrayList<>();
        for (String text : sentences) {
            List<Token> tokens = new ArrayList<>();
            for (String w : text.split(" ")) {
                tokens.add(Token.tagged(w, Token.OUTSIDE));
            }
            out.add(Sentence.ofTokens(out.size(), tokens));
        }
        return Document.of(id, null, id + ".txt", out);
    }

    /** An entity with this label and these types (tag names; none for an untyped name). */
    public static Entity entity(String label, String... types) {
        return new Entity(org.softkg.rdf.Vocab.ENTITY_NS + label.replace(" ", "_"), label, Set.of(), Set.of(types));
    }

    /** A fact read in one sentence of document {@code doc}. */
    public static Fact fact(String doc, Entity s, String relation, Entity o, double confidence, String rule, int sentence) {
        Span span = new Span(0, 1);
        return new Fact(s.iri(), relation, o.iri(), confidence, rule, new Evidence(doc, sentence, span, span, new Span(0, 3)));
    }
}
