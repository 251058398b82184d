package org.softkg.store;

import java.io.OutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.Txn;
import org.softkg.rdf.RdfOutput;
import org.softkg.rdf.Vocab;

/**
 * Runs SPARQL over a dataset (the TDB2 store or files loaded in memory) with the {@link Vocab#PREFIXES}
 * predeclared, so users write {@code kg:forkedFrom} without PREFIX lines. Each call runs in a read
 * transaction of its own, or in the caller's.
 */
public final class SparqlRunner {

    private SparqlRunner() {
    }

    /** Parses a query (SPARQL 1.2 with ARQ extensions) with the softkg prefixes predeclared. */
    public static Query parse(String sparql) {
        Query query = new Query();
        query.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(Vocab.PREFIXES));
        return QueryFactory.parse(query, sparql, null, Syntax.syntaxARQ);
    }

    /**
     * Runs any query and writes its results: SELECT and ASK in {@code format.results()},
     * CONSTRUCT and DESCRIBE in {@code format.graphs()}.
     *
     * @throws org.apache.jena.query.QueryParseException with line and column when the query is malformed
     * @throws IllegalArgumentException                  when the format does not suit the query type
     */
    public static void run(Dataset dataset, String sparql, QueryFormat format, OutputStream out) {
        Query query = parse(sparql);
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(dataset).build()) {
                if (query.isSelectType()) {
                    writeSelect(qe, query, format.resultsOrFail(), out);
                } else if (query.isAskType()) {
                    writeAsk(qe.execAsk(), format.resultsOrFail(), out);
                } else if (query.isConstructType()) {
                    writeGraph(qe.execConstruct(), format, out);
                } else if (query.isDescribeType()) {
                    writeGraph(qe.execDescribe(), format, out);
                } else {
                    throw new IllegalArgumentException("unsupported query type " + query.queryType());
                }
            }
        });
    }

    /** Runs a SELECT query and returns its results copied out of the transaction. */
    public static ResultSetRewindable select(Dataset dataset, String sparql) {
        Query query = parse(sparql);
        if (!query.isSelectType()) {
            throw new IllegalArgumentException("not a SELECT query: " + query.queryType());
        }
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(dataset).build()) {
                return ResultSetFactory.copyResults(qe.execSelect());
            }
        });
    }

    private static void writeSelect(QueryExecution qe, Query query, QueryFormat.ResultFormat format, OutputStream out) {
        var rs = qe.execSelect();
        switch (format) {
            case TEXT -> ResultSetFormatter.out(out, rs, query.getPrefixMapping());
            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
            case XML -> ResultSetFormatter.outputAsXML(out, rs);
        }
    }

    private static void writeAsk(boolean answer, QueryFormat.ResultFormat format, OutputStream out) {
        switch (format) {
            case TEXT -> ResultSetFormatter.out(out, answer);
            case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
            case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
            case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
            case XML -> ResultSetFormatter.outputAsXML(out, answer);
        }
    }

    private static void writeGraph(Model model, QueryFormat format, OutputStream out) {
        RdfOutput.write(out, model.getGraph(), format.graphs());
    }
}
