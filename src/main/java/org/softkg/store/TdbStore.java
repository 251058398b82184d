package org.softkg.store;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.softkg.model.Document;
import org.softkg.rdf.DocumentRdf;
import org.softkg.rdf.RdfOutput;
import org.softkg.rdf.RdfSyntax;
import org.softkg.rdf.Reification;
import org.softkg.rdf.StatementReification;
import org.softkg.rdf.Vocab;

/**
 * The knowledge graph in an embedded TDB2 database folder. Each document's triples live in a named
 * graph named by the document IRI; the ontology lives in graph {@link Vocab#ONTOLOGY_IRI}; the default
 * graph of queries is the union of the named graphs. One writer at a time (TDB2 is single-writer);
 * readers may run alongside. Open one {@code TdbStore} per folder per JVM: {@link #close()} releases the
 * database for every user of the folder.
 */
public final class TdbStore implements AutoCloseable {

    /** Name of the graph holding the ontology. */
    public static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(Vocab.ONTOLOGY_IRI);

    private final Path folder;
    private final Dataset dataset;
    private final DatasetGraph dsg;
    private final DocumentRdf rdf = new DocumentRdf(Reification.RDF12);

    private TdbStore(Path folder, Dataset dataset) {
        this.folder = folder;
        this.dataset = dataset;
        this.dsg = dataset.asDatasetGraph();
    }

    /** Opens (or creates) the store in {@code folder} with the ontology of the classpath. */
    public static TdbStore open(Path folder) {
        return open(folder, Vocab.ontology());
    }

    /**
     * Opens (or creates) the store in {@code folder}; the ontology graph is replaced when it differs
     * from {@code ontology} (one write transaction), and left alone otherwise.
     */
    public static TdbStore open(Path folder, Graph ontology) {
        Dataset ds = DatasetFactory.wrap(DatabaseMgr.connectDatasetGraph(Location.create(folder), StoreCaches.params()));
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        TdbStore store = new TdbStore(folder, ds);
        store.syncOntology(ontology);
        return store;
    }

    private void syncOntology(Graph ontology) {
        boolean same = Txn.calculateRead(dsg, () -> dsg.getGraph(ONTOLOGY_GRAPH).isIsomorphicWith(ontology));
        if (!same) {
            Txn.executeWrite(dsg, () -> {
                dsg.removeGraph(ONTOLOGY_GRAPH);
                dsg.addGraph(ONTOLOGY_GRAPH, ontology);
            });
        }
    }

    /** The store folder. */
    public Path folder() {
        return folder;
    }

    /** The TDB2 dataset, for callers that need Jena directly (run reads and writes in transactions). */
    public Dataset dataset() {
        return dataset;
    }

    /**
     * Replaces the document's graph by the document's triples, in one write transaction: re-extracting
     * a document gives the same graph, and a failure leaves the old graph as it was.
     */
    public void replaceDocument(Document document) {
        writeBatch(List.of(document));
    }

    /**
     * Replaces the graphs of several documents in ONE write transaction (TDB2 write transactions are
     * expensive: batch them on big runs). All or nothing: if any document fails, no graph changes.
     */
    public void writeBatch(List<Document> documents) {
        Txn.executeWrite(dsg, () -> {
            for (Document d : documents) {
                replaceGraph(DocumentRdf.documentNode(d.id()), rdf.toGraph(d));
            }
        });
    }

    /** Replaces already converted document graphs in one write transaction (for sinks that convert early). */
    public void writeGraphs(Map<Node, Graph> graphs) {
        Txn.executeWrite(dsg, () -> graphs.forEach(this::replaceGraph));
    }

    private void replaceGraph(Node name, Graph content) {
        dsg.removeGraph(name);
        dsg.addGraph(name, content);
    }

    /** The converter this store writes documents with (RDF 1.2 reification). */
    DocumentRdf documentRdf() {
        return rdf;
    }

    /** True when the store holds a graph for this document id. */
    public boolean containsDocument(String documentId) {
        Node name = DocumentRdf.documentNode(documentId);
        return Txn.calculateRead(dsg, () -> dsg.containsGraph(name) && !dsg.getGraph(name).isEmpty());
    }

    /** Runs a query (softkg prefixes predeclared) and writes its results to {@code out}. */
    public void query(String sparql, QueryFormat format, OutputStream out) {
        SparqlRunner.run(dataset, sparql, format, out);
    }

    /** Runs a SELECT query and returns its results, readable after the transaction. */
    public ResultSetRewindable select(String sparql) {
        return SparqlRunner.select(dataset, sparql);
    }

    /**
     * Writes the whole store or one document's graph. Quad syntaxes get the named graphs (the ontology
     * graph included); triple syntaxes get the union graph, or the document's graph. JSON-LD gets RDF 1.1
     * reification, as does every syntax when {@code reification} is {@link Reification#RDF11}.
     *
     * @throws IllegalArgumentException when the document is not in the store
     */
    public void export(OutputStream out, RdfSyntax syntax, Optional<String> documentId, Reification reification) {
        Txn.executeRead(dsg, () -> {
            if (documentId.isPresent()) {
                exportDocument(out, syntax, documentId.get(), reification);
            } else if (syntax.isQuads()) {
                RdfOutput.write(out, reified(dsg, reification), syntax, syntax.largeFormat());
            } else {
                RdfOutput.write(out, reified(dsg.getUnionGraph(), reification), syntax, syntax.largeFormat());
            }
        });
    }

    /** {@link #export(OutputStream, RdfSyntax, Optional, Reification)} with RDF 1.2 reification where the syntax allows. */
    public void export(OutputStream out, RdfSyntax syntax, Optional<String> documentId) {
        export(out, syntax, documentId, Reification.RDF12);
    }

    private void exportDocument(OutputStream out, RdfSyntax syntax, String documentId, Reification reification) {
        Node name = DocumentRdf.documentNode(documentId);
        Graph graph = dsg.getGraph(name);
        if (graph.isEmpty()) {
            throw new IllegalArgumentException("no document '" + documentId + "' in store " + folder);
        }
        Graph g = reified(graph, reification);
        if (syntax.isQuads()) {
            DatasetGraph one = DatasetGraphFactory.create();
            one.addGraph(name, g);
            RdfOutput.write(out, one, syntax, syntax.format());
        } else {
            RdfOutput.write(out, g, syntax);
        }
    }

    private static Graph reified(Graph graph, Reification reification) {
        return reification == Reification.RDF11 ? StatementReification.toStatements(graph) : graph;
    }

    private static DatasetGraph reified(DatasetGraph dataset, Reification reification) {
        if (reification == Reification.RDF12) {
            return dataset;
        }
        DatasetGraph copy = DatasetGraphFactory.create();
        dataset.listGraphNodes().forEachRemaining(n -> copy.addGraph(n, reified(dataset.getGraph(n), reification)));
        return copy;
    }

    /** Counts documents, entities by type and facts by relation with SPARQL over the union graph. */
    public StoreStats stats() {
        String entityFilter = "FILTER(isIRI(?e) && STRSTARTS(STR(?e), \"" + Vocab.ENTITY_NS + "\"))";
        long documents = count("SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d a kg:Document }");
        long entities = count("SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e a ?t " + entityFilter + " }");
        Map<String, Long> byType = countBy("SELECT ?k (COUNT(DISTINCT ?e) AS ?n) { ?e a ?k "
                + entityFilter + " } GROUP BY ?k");
        String factPattern = "SELECT DISTINCT ?s ?k ?o { ?s ?k ?o FILTER(STRSTARTS(STR(?k), \"" + Vocab.ONTOLOGY_NS
                + "\") && isIRI(?o) && STRSTARTS(STR(?s), \"" + Vocab.ENTITY_NS + "\") && STRSTARTS(STR(?o), \""
                + Vocab.ENTITY_NS + "\")) }";
        long facts = count("SELECT (COUNT(*) AS ?n) { " + factPattern + " }");
        Map<String, Long> byRelation = countBy("SELECT ?k (COUNT(*) AS ?n) { " + factPattern + " } GROUP BY ?k");
        long extractions = count("SELECT (COUNT(DISTINCT ?r) AS ?n) { ?r a kg:Extraction }");
        return new StoreStats(documents, entities, byType, facts, byRelation, extractions);
    }

    private long count(String sparql) {
        ResultSetRewindable rs = select(sparql);
        return rs.hasNext() ? rs.next().getLiteral("n").getLong() : 0;
    }

    private Map<String, Long> countBy(String sparql) {
        Map<String, Long> counts = new HashMap<>();
        ResultSetRewindable rs = select(sparql);
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            String iri = row.getResource("k").getURI();
            String key = iri.startsWith(Vocab.ONTOLOGY_NS) ? iri.substring(Vocab.ONTOLOGY_NS.length()) : iri;
            counts.put(key, row.getLiteral("n").getLong());
        }
        return counts;
    }

    /** Compacts the database (TDB2 files only grow until compacted); old generations are deleted. */
    public void compact() {
        DatabaseMgr.compact(dsg, true);
    }

    /** Releases the database: files, locks and caches. */
    @Override
    public void close() {
        TDBInternal.expel(dsg);
    }

    @Override
    public String toString() {
        return "TdbStore[" + folder + "]";
    }
}
