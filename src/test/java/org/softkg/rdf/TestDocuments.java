package org.softkg.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.softkg.model.Document;
import org.softkg.model.Entity;
import org.softkg.model.Evidence;
import org.softkg.model.Fact;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;
import org.softkg.model.Token;

/** Hand-built finished documents for the rdf and store tests. */
public final class TestDocuments {

    public static final String DRAGONFLY = Vocab.ENTITY_NS + "DragonFly_BSD";
    public static final String FREEBSD = Vocab.ENTITY_NS + "FreeBSD";
    public static final String DILLON = Vocab.ENTITY_NS + "Matthew_Dillon";
    public static final String UNIX = Vocab.ENTITY_NS + "Unix";

    private TestDocuments() {
    }

    /** A tagged sentence: tokens separated by single spaces, all tagged O. */
    public static Sentence sentence(int index, String text) {
        List<Token> tokens = new ArrayList<>();
        for (String t : text.split(" ")) {
            tokens.add(Token.tagged(t, "O"));
        }
        return Sentence.ofTokens(index, tokens);
    }

    /**
     * Three sentences: "forked from FreeBSD 4.8" (sentence 0, with a version), the same fork again
     * (sentence 1) and "Matthew Dillon created DragonFly BSD" (sentence 2); an untyped entity Unix
     * that takes part in no fact.
     */
    public static Document dragonFly(String id) {
        List<Sentence> sentences = List.of(
                sentence(0, "DragonFly BSD is a free and open-source Unix-like operating system forked from FreeBSD 4.8 ."),
                sentence(1, "DragonFly was forked from FreeBSD in 2003 ."),
                sentence(2, "Matthew Dillon created DragonFly BSD in 2003 ."));
        List<Mention> mentions = List.of(
                new Mention(0, new Span(0, 2), "Operating_System", "DragonFly BSD", null, DRAGONFLY),
                new Mention(0, new Span(12, 13), "Operating_System", "FreeBSD", "4.8", FREEBSD),
                new Mention(1, new Span(0, 1), "Operating_System", "DragonFly", null, DRAGONFLY),
                new Mention(1, new Span(4, 5), "Operating_System", "FreeBSD", null, FREEBSD),
                new Mention(2, new Span(0, 2), "Person", "Matthew Dillon", null, DILLON),
                new Mention(2, new Span(3, 5), "Operating_System", "DragonFly BSD", null, DRAGONFLY));
        List<Entity> entities = List.of(
                new Entity(DRAGONFLY, "DragonFly BSD", Set.of("DragonFly"), Set.of("Operating_System")),
                new Entity(FREEBSD, "FreeBSD", Set.of(), Set.of("Operating_System")),
                new Entity(DILLON, "Matthew Dillon", Set.of(), Set.of("Person")),
                new Entity(UNIX, "Unix", Set.of(), Set.of()));
        List<Fact> facts = List.of(
                new Fact(DRAGONFLY, "forkedFrom", FREEBSD, 0.9, "fork-passive",
                        new Evidence(id, 0, new Span(0, 2), new Span(12, 13), new Span(10, 13))),
                new Fact(DRAGONFLY, "forkedFrom", FREEBSD, 0.9, "fork-passive",
                        new Evidence(id, 1, new Span(0, 1), new Span(4, 5), new Span(0, 5))),
                new Fact(DRAGONFLY, "developedBy", DILLON, 0.75, "created-by",
                        new Evidence(id, 2, new Span(3, 5), new Span(0, 2), new Span(0, 5))));
        return new Document(id, "DragonFly BSD", "examples/" + id + ".txt", sentences, mentions, entities, facts);
    }

    /** A one-sentence document: {@code subject relation object}, both entities typed Application. */
    public static Document single(String id, String subject, String relation, String object) {
        String s = Vocab.ENTITY_NS + subject;
        String o = Vocab.ENTITY_NS + object;
        Sentence sentence = sentence(0, subject + " " + relation + " " + object + " .");
        return new Document(id, subject, id + ".txt", List.of(sentence), List.of(),
                List.of(new Entity(s, subject, Set.of(), Set.of("Application")),
                        new Entity(o, object, Set.of(), Set.of("Application"))),
                List.of(new Fact(s, relation, o, 0.5, "test-rule",
                        new Evidence(id, 0, new Span(0, 1), new Span(2, 3), new Span(0, 3)))));
    }
}
