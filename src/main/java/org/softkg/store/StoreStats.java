package org.softkg.store;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a store holds.
 *
 * @param documents        documents ({@code kg:Document})
 * @param entities         distinct entities (IRIs under the entity namespace that have a type)
 * @param entitiesByType   distinct entities per class (local name for kg: classes, else the IRI), sorted
 * @param facts            distinct fact triples (kg: predicate between two entities)
 * @param factsByRelation  distinct fact triples per relation local name, sorted
 * @param extractions      reifiers ({@code kg:Extraction}): one per fact per sentence it was read in
 */
public record StoreStats(long documents, long entities, Map<String, Long> entitiesByType,
                         long facts, Map<String, Long> factsByRelation, long extractions) {

    public StoreStats {
        entitiesByType = Collections.unmodifiableMap(new TreeMap<>(entitiesByType));
        factsByRelation = Collections.unmodifiableMap(new TreeMap<>(factsByRelation));
    }

    /** A few aligned lines for people. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("documents    %,d%n", documents));
        sb.append(String.format("entities     %,d%n", entities));
        entitiesByType.forEach((k, v) -> sb.append(String.format("  %-22s %,d%n", k, v)));
        sb.append(String.format("facts        %,d%n", facts));
        factsByRelation.forEach((k, v) -> sb.append(String.format("  %-22s %,d%n", k, v)));
        sb.append(String.format("extractions  %,d%n", extractions));
        return sb.toString();
    }
}
