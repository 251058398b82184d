package org.softkg.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.softkg.model.EntityType;
import org.softkg.rdf.Vocab;
import org.softkg.store.TdbStore;

/**
 * Reads the names of the typed entities in a store (their {@code rdfs:label} and {@code skos:altLabel},
 * with the WikiSER type of their {@code rdf:type}) as a {@link StoreNames} gazetteer for raw text.
 */
public final class StoreNameReader {

    private static final String QUERY = """
            SELECT ?name ?type (COUNT(DISTINCT ?e) AS ?n) WHERE {
              ?e a ?type .
              { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name }
              FILTER(STRSTARTS(STR(?type), "%s"))
            } GROUP BY ?name ?type
            """.formatted(Vocab.ONTOLOGY_NS);

    private StoreNameReader() {
    }

    /** The store's entity names (empty when it has none). */
    public static StoreNames read(TdbStore store) {
        ResultSetRewindable rs = store.select(QUERY);
        List<StoreNames.Vote> votes = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution q = rs.next();
            if (!q.contains("name") || !q.get("name").isLiteral() || !q.get("type").isURIResource()) {
                continue;
            }
            String local = q.getResource("type").getURI().substring(Vocab.ONTOLOGY_NS.length());
            Optional<EntityType> type = typeOfClass(local);
            if (type.isPresent() && type.get().isWikiSer()) {
                votes.add(new StoreNames.Vote(q.getLiteral("name").getLexicalForm(), type.get().tagName(),
                        q.getLiteral("n").getInt()));
            }
        }
        return StoreNames.of(votes);
    }

    private static Optional<EntityType> typeOfClass(String className) {
        for (EntityType t : EntityType.values()) {
            if (t.className().equals(className)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
