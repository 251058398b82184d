package org.softkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DocumentNamesTest {

    @Test
    void corpusExtensionsAreRemoved() {
        assertEquals("DragonFly_BSD", DocumentNames.id("DragonFly_BSD.txt"));
        assertEquals("x", DocumentNames.id("x.txt.gz"));
        assertEquals("x", DocumentNames.id("x.CONLL"));
    }

    @Test
    void dotsThatArePartOfTheNameStay() {
        assertEquals("Node.js", DocumentNames.id("Node.js.txt"));
        assertEquals("Vue.js", DocumentNames.id("Vue.js"));
    }

    @Test
    void titleHasSpacesForUnderscores() {
        assertEquals("DragonFly BSD", DocumentNames.title("DragonFly_BSD"));
    }
}
