package org.softkg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.softkg.rdf.RdfSyntax;

/**
 * How query results are written: a result-set format for SELECT and ASK, an RDF syntax for
 * CONSTRUCT and DESCRIBE. {@link #of(String)} maps one user-given name to both.
 *
 * @param results result-set format, or {@code null} when the name was an RDF syntax (SELECT and ASK then fail)
 * @param graphs  RDF syntax for graph results
 */
public record QueryFormat(ResultFormat results, RdfSyntax graphs) {

    /** Formats of SELECT and ASK results, as Jena's {@code ResultSetFormatter} writes them. */
    public enum ResultFormat { TEXT, CSV, TSV, JSON, XML }

    /** Text table for SELECT/ASK, Turtle for CONSTRUCT/DESCRIBE. */
    public static final QueryFormat DEFAULT = new QueryFormat(ResultFormat.TEXT, RdfSyntax.TURTLE);

    public QueryFormat {
        Objects.requireNonNull(graphs, "graphs");
    }

    /**
     * The format for a name: a result format ({@code text}, {@code csv}, {@code tsv}, {@code json},
     * {@code xml}; graph results then go to Turtle, N-Triples, JSON-LD or RDF/XML alike) or an RDF
     * syntax name (for CONSTRUCT and DESCRIBE only).
     */
    public static QueryFormat of(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "text" -> DEFAULT;
            case "csv" -> new QueryFormat(ResultFormat.CSV, RdfSyntax.NTRIPLES);
            case "tsv" -> new QueryFormat(ResultFormat.TSV, RdfSyntax.NTRIPLES);
            case "json" -> new QueryFormat(ResultFormat.JSON, RdfSyntax.JSONLD);
            case "xml" -> new QueryFormat(ResultFormat.XML, RdfSyntax.RDFXML);
            default -> {
                if (!RdfSyntax.allNames().contains(n)) {
                    throw new IllegalArgumentException("unknown query output format '" + name
                            + "': expected one of " + names());
                }
                yield new QueryFormat(null, RdfSyntax.fromName(n));
            }
        };
    }

    /** The result format for a SELECT or ASK query; fails when an RDF syntax was asked for. */
    public ResultFormat resultsOrFail() {
        if (results == null) {
            throw new IllegalArgumentException("format " + graphs.names().get(0)
                    + " writes graphs, for CONSTRUCT and DESCRIBE; SELECT and ASK results take text, csv, tsv, json or xml");
        }
        return results;
    }

    /** Every accepted name. */
    public static List<String> names() {
        List<String> all = new ArrayList<>(List.of("text", "csv", "tsv", "json", "xml"));
        for (String s : RdfSyntax.allNames()) {
            if (!all.contains(s)) {
                all.add(s);
            }
        }
        return all;
    }
}
