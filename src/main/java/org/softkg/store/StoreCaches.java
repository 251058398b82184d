package org.softkg.store;

import org.apache.jena.tdb2.params.StoreParams;

/**
 * The TDB2 parameters softkg opens its stores with: TDB2's defaults except the node-table caches. TDB2
 * keeps up to 200,000 nodes in its node-to-id cache and 1,000,000 in its id-to-node cache (about 110 bytes
 * of heap per entry), and every extracted document brings new nodes (its own IRI, its sentences, its
 * reifiers, their literals: about 56 new nodes, some 6 KB of cache, per document), so on a long extraction
 * those caches grow with the corpus for about 20,000 documents before they are full. With
 * {@value #NODE_CACHE} nodes each the caches stay under 5 MB together, while the nodes a write looks up
 * again and again (predicates, classes, the frequent entities) stay cached. Cache sizes are dynamic TDB2
 * parameters: they apply to stores created before too, and are not a format change.
 */
final class StoreCaches {

    /** Nodes kept in each of the two node-table caches. */
    static final int NODE_CACHE = 20_000;

    private StoreCaches() {
    }

    /** TDB2's default parameters with bounded node caches. */
    static StoreParams params() {
        return StoreParams.builder("softkg", StoreParams.getDftStoreParams())
                .node2NodeIdCacheSize(NODE_CACHE)
                .nodeId2NodeCacheSize(NODE_CACHE)
                .build();
    }
}
