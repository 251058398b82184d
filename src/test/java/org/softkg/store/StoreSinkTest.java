package org.softkg.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softkg.rdf.TestDocuments;

class StoreSinkTest {

    @TempDir
    Path folder;

    private TdbStore store;

    @BeforeEach
    void open() {
        store = TdbStore.open(folder);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void unbatchedSinkWritesEachDocumentAtOnce() {
        StoreSink sink = new StoreSink(store);
        sink.accept(TestDocuments.single("one", "A", "uses", "B"));
        assertTrue(store.containsDocument("one"));
    }

    @Test
    void batchIsWrittenWhenFullAndAtClose() {
        StoreSink sink = new StoreSink(store, 2);
        sink.accept(TestDocuments.single("one", "A", "uses", "B"));
        assertFalse(store.containsDocument("one"));
        sink.accept(TestDocuments.single("two", "C", "uses", "D"));
        assertTrue(store.containsDocument("one"));
        sink.accept(TestDocuments.single("three", "E", "uses", "F"));
        sink.close();
        assertTrue(store.containsDocument("three"));
    }

    @Test
    void badDocumentFailsOnItsOwnAndTheBatchGoesOn() {
        StoreSink sink = new StoreSink(store, 2);
        sink.accept(TestDocuments.single("one", "A", "uses", "B"));
        assertThrows(IllegalArgumentException.class, () -> sink.accept(TestDocuments.single("bad", "X", "eats", "Y")));
        sink.accept(TestDocuments.single("two", "C", "uses", "D"));
        assertTrue(store.containsDocument("one"));
        assertTrue(store.containsDocument("two"));
        assertFalse(store.containsDocument("bad"));
    }
}
