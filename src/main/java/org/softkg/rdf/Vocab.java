package org.softkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.softkg.model.EntityType;

/**
 * The softkg vocabulary: namespaces, the terms of {@code ontology/softkg.ttl} the code writes,
 * the prefixes every query and file starts with, and the ontology itself.
 * Class terms are capitalised and property terms lower case, as in Jena's {@code RDF} and {@code RDFS}.
 */
public final class Vocab {

    /** Namespace of the ontology's terms ({@code kg:}). */
    public static final String ONTOLOGY_NS = "https://w3id.org/softkg/ontology#";
    /** IRI of the ontology, also the name of its graph in a store. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/softkg/ontology";
    /** Namespace of entity IRIs. */
    public static final String ENTITY_NS = "https://w3id.org/softkg/entity/";
    /** Namespace of document, sentence and extraction IRIs; a document IRI also names its graph. */
    public static final String DOC_NS = "https://w3id.org/softkg/doc/";
    /** Classpath location of the ontology (the pom packages {@code ontology/} there). */
    public static final String ONTOLOGY_RESOURCE = "/org/softkg/ontology/softkg.ttl";

    public static final String PROV_NS = "http://www.w3.org/ns/prov#";
    public static final String SCHEMA_NS = "http://schema.org/";
    public static final String DOAP_NS = "http://usefulinc.com/ns/doap#";
    public static final String WD_NS = "http://www.wikidata.org/entity/";
    public static final String WDT_NS = "http://www.wikidata.org/prop/direct/";

    /** Top class of the twelve WikiSER types; the type of an entity that has no other. */
    public static final Node SoftwareEntity = kg("SoftwareEntity");
    /** A person or an organization. */
    public static final Node Agent = kg("Agent");
    /** A document facts were read from. */
    public static final Node Document = kg("Document");
    /** A sentence of a document. */
    public static final Node Sentence = kg("Sentence");
    /** The reifier of one extracted fact. */
    public static final Node Extraction = kg("Extraction");

    /** Super-property of every relation between entities. */
    public static final Node relatedTo = kg("relatedTo");
    /** Sentence to its document. */
    public static final Node document = kg("document");
    /** Text of a sentence. */
    public static final Node text = kg("text");
    /** 0-based index of a sentence in its document. */
    public static final Node sentenceIndex = kg("sentenceIndex");
    /** Where a document was read. */
    public static final Node source = kg("source");
    /** Confidence of an extraction, xsd:double in [0,1]. */
    public static final Node confidence = kg("confidence");
    /** Id of the rule of an extraction. */
    public static final Node rule = kg("rule");
    /** First token of the rule match. */
    public static final Node tokenStart = kg("tokenStart");
    /** One past the last token of the rule match. */
    public static final Node tokenEnd = kg("tokenEnd");
    /** Character offset of the rule match in the raw text (raw-text input only). */
    public static final Node charStart = kg("charStart");
    /** Character offset one past the rule match in the raw text (raw-text input only). */
    public static final Node charEnd = kg("charEnd");
    /** Version written after the subject's name. */
    public static final Node subjectVersion = kg("subjectVersion");
    /** Version written after the object's name. */
    public static final Node objectVersion = kg("objectVersion");

    /** {@code prov:wasDerivedFrom}: extraction to its sentence. */
    public static final Node wasDerivedFrom = NodeFactory.createURI(PROV_NS + "wasDerivedFrom");

    /** The prefixes of output files and the ones predeclared in queries (locked). */
    public static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("kg", ONTOLOGY_NS)
            .setNsPrefix("ent", ENTITY_NS)
            .setNsPrefix("doc", DOC_NS)
            .setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("owl", OWL.getURI())
            .setNsPrefix("xsd", XSD.getURI())
            .setNsPrefix("skos", SKOS.getURI())
            .setNsPrefix("prov", PROV_NS)
            .setNsPrefix("dcterms", DCTerms.getURI())
            .setNsPrefix("schema", SCHEMA_NS)
            .setNsPrefix("doap", DOAP_NS)
            .setNsPrefix("wd", WD_NS)
            .setNsPrefix("wdt", WDT_NS)
            .lock();

    private Vocab() {
    }

    /** The ontology term with this local name (not checked against the ontology). */
    public static Node kg(String localName) {
        return NodeFactory.createURI(ONTOLOGY_NS + localName);
    }

    /** The class of an entity type given by tag name ({@code Operating_System} gives kg:OperatingSystem). */
    public static Node typeClass(String tagName) {
        return EntityType.fromTagName(tagName)
                .map(t -> kg(t.className()))
                .orElseThrow(() -> new IllegalArgumentException("unknown entity type '" + tagName
                        + "': expected one of " + EntityType.names()));
    }

    /** The property of a relation given by local name; fails when the ontology does not declare it. */
    public static Node relation(String name) {
        if (!relationNames().contains(name)) {
            throw new IllegalArgumentException("unknown relation '" + name + "': the ontology declares "
                    + relationNames());
        }
        return kg(name);
    }

    /** The ontology, read once from the classpath; read-only. */
    public static Graph ontology() {
        return Loaded.ONTOLOGY;
    }

    /**
     * Local names of the relations between entities declared in the ontology: every property under
     * {@code kg:relatedTo}. Sorted, unmodifiable.
     */
    public static Set<String> relationNames() {
        return Loaded.RELATIONS;
    }

    /** Lazy holder: the ontology is parsed on first use. */
    private static final class Loaded {
        static final Graph ONTOLOGY = new GraphReadOnly(parseOntology());
        static final Set<String> RELATIONS = readRelations(ONTOLOGY);

        private static Graph parseOntology() {
            try (InputStream in = Vocab.class.getResourceAsStream(ONTOLOGY_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("ontology " + ONTOLOGY_RESOURCE + " not on the classpath");
                }
                Graph graph = GraphFactory.createDefaultGraph();
                RDFParser.source(in).lang(Lang.TURTLE).base(ONTOLOGY_IRI).parse(graph);
                return graph;
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + ONTOLOGY_RESOURCE, e);
            }
        }

        private static Set<String> readRelations(Graph ontology) {
            String sparql = "SELECT ?p { ?p <" + RDFS.subPropertyOf.getURI() + ">+ <" + relatedTo.getURI() + "> }";
            Set<String> names = new TreeSet<>();
            try (QueryExecution qe = QueryExecution.create()
                    .query(sparql).model(ModelFactory.createModelForGraph(ontology)).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    String iri = row.getResource("p").getURI();
                    if (iri.startsWith(ONTOLOGY_NS)) {
                        names.add(iri.substring(ONTOLOGY_NS.length()));
                    }
                }
            }
            return Collections.unmodifiableSet(names);
        }
    }
}
