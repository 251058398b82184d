package org.softkg.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** Hand-written knowledge graphs in Turtle, shaped as softkg writes them, for the graph tests. */
public final class TestGraphs {

    /** The prefixes every snippet may use. */
    public static final String PREFIXES = """
            PREFIX kg:   <https://w3id.org/softkg/ontology#>
            PREFIX ent:  <https://w3id.org/softkg/entity/>
            PREFIX doc:  <https://w3id.org/softkg/doc/>
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            """;

    /**
     * A clean lineage: Beta forkedFrom Alpha, Gamma basedOn Beta, Delta successorOf Gamma, Beta
     * developedBy Acme, Alpha writtenIn C; each fact with its reifier and sentence.
     */
    public static final String LINEAGE = """
            doc:Test a kg:Document ; rdfs:label "Test" .
            ent:alpha a kg:OperatingSystem ; rdfs:label "Alpha OS" ; skos:altLabel "Alpha" .
            ent:beta  a kg:OperatingSystem ; rdfs:label "Beta OS" .
            ent:gamma a kg:OperatingSystem ; rdfs:label "Gamma" .
            ent:delta a kg:OperatingSystem ; rdfs:label "Delta" .
            ent:acme  a kg:Organization ; rdfs:label "Acme" .
            ent:c     a kg:ProgrammingLanguage ; rdfs:label "C" .
            ent:beta  kg:forkedFrom ent:alpha ; kg:developedBy ent:acme .
            ent:gamma kg:basedOn ent:beta .
            ent:delta kg:successorOf ent:gamma .
            ent:alpha kg:writtenIn ent:c .
            """
            + fact("s0", 0, "Beta OS is a fork of Alpha OS .", "ent:beta kg:forkedFrom ent:alpha", 0.9)
            + fact("s1", 1, "Gamma is based on Beta OS .", "ent:gamma kg:basedOn ent:beta", 0.85)
            + fact("s2", 2, "Delta is the successor of Gamma .", "ent:delta kg:successorOf ent:gamma", 0.9)
            + fact("s3", 3, "Beta OS is developed by Acme .", "ent:beta kg:developedBy ent:acme", 0.8)
            + fact("s4", 4, "Alpha OS is written in C .", "ent:alpha kg:writtenIn ent:c", 0.95);

    private TestGraphs() {
    }

    /** A reifier and its sentence for the fact {@code triple} (Turtle, subject predicate object). */
    public static String fact(String id, int index, String text, String triple, double confidence) {
        return """
                <https://w3id.org/softkg/doc/Test/sentence/%2$d> a kg:Sentence ; kg:document doc:Test ;
                    kg:sentenceIndex %2$d ; kg:text "%3$s" .
                <https://w3id.org/softkg/doc/Test/fact/%1$s> a kg:Extraction ; rdf:reifies <<( %4$s )>> ;
                    prov:wasDerivedFrom <https://w3id.org/softkg/doc/Test/sentence/%2$d> ;
                    kg:rule "test-rule" ; kg:confidence "%5$s"^^xsd:double ; kg:tokenStart 0 ; kg:tokenEnd 3 .
                """.formatted(id, index, text, triple, Double.toString(confidence));
    }

    /** Parses Turtle (the prefixes added). */
    public static Graph parse(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().fromString(PREFIXES + turtle).lang(Lang.TURTLE).parse(g);
        return g;
    }

    /** Writes Turtle (the prefixes added) to {@code dir/name}. */
    public static Path write(Path dir, String name, String turtle) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, PREFIXES + turtle);
        return p;
    }
}
