package org.softkg.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.reasoner.InfGraph;
import org.apache.jena.reasoner.rulesys.GenericRuleReasoner;
import org.apache.jena.reasoner.rulesys.Rule;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.softkg.rdf.Vocab;

/**
 * The RDFS/OWL entailments of the ontology that queries with {@code --infer} see: sub-properties
 * (a fork is {@code kg:basedOn} its origin), sub-classes, inverses ({@code kg:hasFork}),
 * transitive ({@code kg:basedOn}, {@code kg:partOf}) and symmetric properties. The rules are in
 * {@code org/softkg/graph/entailment.rules}, run forward by Jena's rule engine, and the closure is
 * materialised in memory, so the queries that follow run at plain SPARQL speed.
 */
public final class Entailment {

    /** Classpath location of the rules. */
    public static final String RULES_RESOURCE = "/org/softkg/graph/entailment.rules";

    private Entailment() {
    }

    /** The rules, parsed. */
    public static List<Rule> rules() {
        try (InputStream in = Entailment.class.getResourceAsStream(RULES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("rules " + RULES_RESOURCE + " not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return Rule.parseRules(Rule.rulesParserFromReader(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RULES_RESOURCE, e);
        }
    }

    /** The graph with the ontology added and every entailment materialised (a new graph; {@code data} is not changed). */
    public static Graph closure(Graph data) {
        Graph base = GraphFactory.createDefaultGraph();
        data.find().forEach(base::add);
        Vocab.ontology().find().forEach(base::add);
        GenericRuleReasoner reasoner = new GenericRuleReasoner(rules());
        reasoner.setMode(GenericRuleReasoner.FORWARD_RETE);
        InfGraph inf = reasoner.bind(base);
        inf.prepare();
        Graph out = GraphFactory.createDefaultGraph();
        inf.find().forEach(out::add);
        return out;
    }

    /**
     * An in-memory dataset for queries: its default graph is the closure of {@code source}'s union
     * graph (see {@link GraphSnapshot}), its named graphs copies of {@code source}'s, as asserted.
     */
    public static Dataset inferred(Dataset source) {
        Graph closure = closure(GraphSnapshot.of(source));
        DatasetGraph src = source.asDatasetGraph();
        DatasetGraph out = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(out, () -> {
            closure.find().forEach(t -> out.getDefaultGraph().add(t));
            Txn.executeRead(src, () -> src.listGraphNodes().forEachRemaining(
                    n -> src.getGraph(n).find().forEach(t -> out.add(n, t.getSubject(), t.getPredicate(), t.getObject()))));
        });
        return DatasetFactory.wrap(out);
    }
}
