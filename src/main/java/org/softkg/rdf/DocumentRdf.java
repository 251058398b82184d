package org.softkg.rdf;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.softkg.model.Document;
import org.softkg.model.Entity;
import org.softkg.model.Evidence;
import org.softkg.model.Fact;
import org.softkg.model.Mention;
import org.softkg.model.MentionVersions;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/**
 * Turns a finished {@link Document} into the triples of its named graph:
 * <ul>
 * <li>the document ({@code kg:Document}, title, {@code kg:source});</li>
 * <li>each entity that has a type or takes part in a fact: {@code rdf:type} per type
 *     ({@code kg:SoftwareEntity} when it has none), {@code rdfs:label}, {@code skos:altLabel} per alias;</li>
 * <li>each fact as a plain triple {@code s kg:relation o};</li>
 * <li>each fact's provenance as a {@code kg:Extraction} reifier (a deterministic IRI, see
 *     {@link DocumentIris#extraction}) that reifies the triple and carries the sentence
 *     ({@code prov:wasDerivedFrom}), the rule, the confidence, the match span (tokens, and characters for raw
 *     text) and the versions
 *     written after the names;</li>
 * <li>each sentence that is the evidence of a fact: {@code kg:text}, {@code kg:sentenceIndex},
 *     {@code kg:document}. Other sentences are left out to keep the graph small.</li>
 * </ul>
 * A fact read in two sentences gives one triple and two reifiers. Literals are written in the form TDB2
 * gives back (a confidence of 0.9 is {@code "0.9e0"^^xsd:double}), so a graph read back from the store is
 * the same graph, term for term. Thread-safe.
 */
public final class DocumentRdf {

    private final Reification reification;

    /** A converter writing reifiers in the given form. */
    public DocumentRdf(Reification reification) {
        this.reification = Objects.requireNonNull(reification, "reification");
    }

    /** The reification form this converter writes. */
    public Reification reification() {
        return reification;
    }

    /** The IRI node of a document, also the name of its graph. */
    public static Node documentNode(String documentId) {
        return NodeFactory.createURI(DocumentIris.document(documentId));
    }

    /**
     * The triples of the document's graph.
     *
     * @throws IllegalArgumentException when a fact names an unknown relation, an entity missing from the
     *                                  document's entities, another document, or an entity has an unknown type
     */
    public Graph toGraph(Document doc) {
        Graph graph = GraphFactory.createDefaultGraph();
        Node docNode = documentNode(doc.id());
        addDocument(graph, doc, docNode);

        Map<String, Entity> entities = new HashMap<>();
        for (Entity e : doc.entities()) {
            entities.put(e.iri(), e);
        }
        TreeSet<String> inFacts = new TreeSet<>();
        for (Fact f : doc.facts()) {
            checkFact(doc, f, entities);
            inFacts.add(f.subject());
            inFacts.add(f.object());
        }
        for (Entity e : doc.entities()) {
            if (!e.types().isEmpty() || inFacts.contains(e.iri())) {
                addEntity(graph, e);
            }
        }
        MentionVersions versions = MentionVersions.of(doc);
        for (Fact f : doc.facts()) {
            addFact(graph, doc, f, docNode, versions);
        }
        return reification == Reification.RDF11 ? StatementReification.toStatements(graph) : graph;
    }

    private static void addDocument(Graph graph, Document doc, Node docNode) {
        graph.add(docNode, RDF.Nodes.type, Vocab.Document);
        if (doc.title() != null) {
            graph.add(docNode, RDFS.Nodes.label, string(doc.title()));
            graph.add(docNode, DCTerms.title.asNode(), string(doc.title()));
        }
        graph.add(docNode, Vocab.source, string(doc.source()));
    }

    private static void checkFact(Document doc, Fact f, Map<String, Entity> entities) {
        Vocab.relation(f.relation());
        if (!doc.id().equals(f.evidence().document())) {
            throw new IllegalArgumentException("fact " + f.relation() + " of rule " + f.rule() + " cites document '"
                    + f.evidence().document() + "' but belongs to document '" + doc.id() + "'");
        }
        int sentence = f.evidence().sentence();
        if (sentence < 0 || sentence >= doc.sentences().size()) {
            throw new IllegalArgumentException("fact " + f.relation() + " of rule " + f.rule() + " cites sentence "
                    + sentence + " of document '" + doc.id() + "' which has " + doc.sentences().size());
        }
        for (String iri : new String[] {f.subject(), f.object()}) {
            if (!entities.containsKey(iri)) {
                throw new IllegalArgumentException("fact " + f.subject() + " " + f.relation() + " " + f.object()
                        + " names " + iri + " which is not an entity of document '" + doc.id() + "'");
            }
        }
    }

    private static void addEntity(Graph graph, Entity e) {
        Node node = NodeFactory.createURI(e.iri());
        boolean typed = false;
        for (String type : new TreeSet<>(e.types())) {
            if (!type.equals(Mention.UNTYPED)) {
                graph.add(node, RDF.Nodes.type, Vocab.typeClass(type));
                typed = true;
            }
        }
        if (!typed) {
            graph.add(node, RDF.Nodes.type, Vocab.SoftwareEntity);
        }
        graph.add(node, RDFS.Nodes.label, string(e.label()));
        for (String alias : e.aliases()) {
            graph.add(node, SKOS.altLabel.asNode(), string(alias));
        }
    }

    private static void addFact(Graph graph, Document doc, Fact f, Node docNode, MentionVersions versions) {
        Node s = NodeFactory.createURI(f.subject());
        Node p = Vocab.kg(f.relation());
        Node o = NodeFactory.createURI(f.object());
        graph.add(s, p, o);

        Evidence ev = f.evidence();
        Node reifier = NodeFactory.createURI(DocumentIris.extraction(f));
        graph.add(reifier, RDF.Nodes.reifies, NodeFactory.createTripleTerm(s, p, o));
        graph.add(reifier, RDF.Nodes.type, Vocab.Extraction);
        Node sentence = NodeFactory.createURI(DocumentIris.sentence(doc.id(), ev.sentence()));
        graph.add(reifier, Vocab.wasDerivedFrom, sentence);
        graph.add(reifier, Vocab.rule, string(f.rule()));
        graph.add(reifier, Vocab.confidence, NodeValue.makeDouble(f.confidence()).asNode());
        graph.add(reifier, Vocab.tokenStart, integer(ev.matchSpan().start()));
        graph.add(reifier, Vocab.tokenEnd, integer(ev.matchSpan().end()));
        addCharacterOffsets(graph, reifier, doc.sentences().get(ev.sentence()), ev.matchSpan());
        addVersion(graph, reifier, Vocab.subjectVersion, versions, ev.sentence(), ev.subjectSpan());
        addVersion(graph, reifier, Vocab.objectVersion, versions, ev.sentence(), ev.objectSpan());

        graph.add(sentence, RDF.Nodes.type, Vocab.Sentence);
        graph.add(sentence, Vocab.text, string(doc.sentences().get(ev.sentence()).text()));
        graph.add(sentence, Vocab.sentenceIndex, integer(ev.sentence()));
        graph.add(sentence, Vocab.document, docNode);
    }

    /** Records where the match is in the raw text, when the tokens carry character offsets. */
    private static void addCharacterOffsets(Graph graph, Node reifier, Sentence sentence, Span match) {
        if (match.end() > match.start() && match.end() <= sentence.size()) {
            int start = sentence.token(match.start()).start();
            int end = sentence.token(match.end() - 1).end();
            if (start >= 0 && end >= start) {
                graph.add(reifier, Vocab.charStart, integer(start));
                graph.add(reifier, Vocab.charEnd, integer(end));
            }
        }
    }

    /** Records the version of the mention at exactly {@code span}, when the text gave one. */
    private static void addVersion(Graph graph, Node reifier, Node property, MentionVersions versions, int sentence,
                                   Span span) {
        String version = versions.at(sentence, span);
        if (version != null) {
            graph.add(reifier, property, string(version));
        }
    }

    private static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
    }
}
