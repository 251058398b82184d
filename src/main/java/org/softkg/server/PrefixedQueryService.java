package org.softkg.server;

import java.util.Map;
import org.apache.jena.shared.PrefixMapping;
import java.util.stream.Collectors;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.softkg.rdf.Vocab;

/**
 * Fuseki's SPARQL query service with the softkg prefixes ({@code kg:}, {@code rdfs:}, ...) predeclared,
 * as in {@code softkg query}. The PREFIX declarations are put before the query on its first line, so
 * parse errors keep their line numbers, and a query that declares a prefix itself overrides ours
 * (SPARQL lets a later declaration of the same prefix win).
 */
final class PrefixedQueryService extends SPARQL_QueryDataset {

    private final String prologue;

    PrefixedQueryService(PrefixMapping prefixes) {
        this.prologue = prologue(prefixes);
    }

    /** The PREFIX declarations of {@code prefixes} on one line, ending with a space. */
    static String prologue(PrefixMapping prefixes) {
        return prefixes.getNsPrefixMap().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">")
                .collect(Collectors.joining(" ", "", " "));
    }

    PrefixedQueryService() {
        this(Vocab.PREFIXES);
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        super.execute(queryString == null ? null : prologue + queryString, action);
    }
}
