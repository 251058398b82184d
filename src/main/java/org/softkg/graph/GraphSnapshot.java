package org.softkg.graph;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.softkg.rdf.Vocab;

/**
 * An in-memory copy of a dataset's union graph (every document graph, and the ontology), read in one
 * read transaction, so that validation, reasoning, lineage and exports work on a plain graph.
 */
public final class GraphSnapshot {

    private GraphSnapshot() {
    }

    /**
     * The union of the default graph and every named graph of {@code dataset}, plus the ontology.
     * For the TDB2 store the default graph already is the union.
     */
    public static Graph of(Dataset dataset) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Graph copy = GraphFactory.createDefaultGraph();
        Txn.executeRead(dsg, () -> {
            dsg.getDefaultGraph().find().forEach(copy::add);
            dsg.listGraphNodes().forEachRemaining(n -> dsg.getGraph(n).find().forEach(copy::add));
        });
        Vocab.ontology().find().forEach(copy::add);
        return copy;
    }
}
