package org.softkg.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The gazetteer of known names: what it keeps, finds and how it merges with the name finder's spans. */
class StoreNamesTest {

    private static final StoreNames NAMES = StoreNames.of(List.of(
            new StoreNames.Vote("DragonFly BSD", "Operating_System", 2),
            new StoreNames.Vote("FreeBSD", "Operating_System", 3),
            new StoreNames.Vote("FreeBSD", "Application", 1),
            new StoreNames.Vote("HAMMER file system", "Application", 1),
            new StoreNames.Vote("kernel", "General_Concept", 5),
            new StoreNames.Vote("X", "Language", 1)));

    private static String[] words(String s) {
        return s.split(" ");
    }

    @Test
    void keepsNamesThatLookLikeNamesWithTheirMajorityType() {
        assertEquals(3, NAMES.size());
        Span[] found = NAMES.find(words("the kernel of DragonFly BSD differs from FreeBSD and X"));
        assertArrayEquals(new Span[] {new Span(3, 5, "Operating_System"), new Span(7, 8, "Operating_System")}, found);
    }

    @Test
    void matchesCaseSensitivelyAndLongestFirst() {
        assertEquals(0, NAMES.find(words("freebsd and dragonfly bsd")).length);
        assertArrayEquals(new Span[] {new Span(1, 4, "Application")}, NAMES.find(words("the HAMMER file system")));
    }

    @Test
    void mergeKeepsTheModelAddsFreeNamesAndExtendsPartialOnes() {
        Span[] model = {new Span(0, 1, "Application"), new Span(3, 4, "Application"), new Span(6, 8, "Library")};
        Span[] known = {new Span(0, 1, "Operating_System"), new Span(1, 2, "Language"), new Span(3, 5, "Application"),
            new Span(7, 9, "Device")};
        assertArrayEquals(new Span[] {new Span(0, 1, "Application"), new Span(1, 2, "Language"),
            new Span(3, 5, "Application"), new Span(6, 8, "Library")}, StoreNames.merge(model, known));
    }

    @Test
    void emptyFindsNothing() {
        assertEquals(0, StoreNames.empty().find(words("FreeBSD")).length);
        assertEquals(0, StoreNames.empty().size());
    }
}
