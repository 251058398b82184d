package org.softkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** softkg's stores open with bounded node-table caches, new stores and existing ones alike. */
class StoreCachesTest {

    @TempDir
    Path dir;

    @Test
    void storesOpenWithBoundedNodeCaches() {
        Path folder = dir.resolve("store");
        try (TdbStore store = TdbStore.open(folder)) {
            assertBounded(TDBInternal.getDatasetGraphTDB(store.dataset()).getStoreParams());
        }
        try (TdbStore again = TdbStore.open(folder)) {
            assertBounded(TDBInternal.getDatasetGraphTDB(again.dataset()).getStoreParams());
        }
    }

    @Test
    void onlyTheNodeCachesDifferFromTdb2Defaults() {
        StoreParams ours = StoreCaches.params();
        StoreParams dft = StoreParams.getDftStoreParams();
        assertTrue(dft.getNodeId2NodeCacheSize() > StoreCaches.NODE_CACHE);
        assertEquals(dft.getBlockSize(), ours.getBlockSize());
        assertEquals(dft.getFileMode(), ours.getFileMode());
        assertEquals(String.join(",", dft.getQuadIndexes()), String.join(",", ours.getQuadIndexes()));
        assertEquals(dft.getNodeMissCacheSize(), ours.getNodeMissCacheSize());
    }

    private static void assertBounded(StoreParams p) {
        assertEquals(StoreCaches.NODE_CACHE, p.getNode2NodeIdCacheSize());
        assertEquals(StoreCaches.NODE_CACHE, p.getNodeId2NodeCacheSize());
    }
}
