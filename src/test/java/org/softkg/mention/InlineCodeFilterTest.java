package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InlineCodeFilterTest {

    @Test
    void identifiersHaveCodeShapes() {
        assertTrue(InlineCodeFilter.isIdentifier("fillBlockCache"));
        assertTrue(InlineCodeFilter.isIdentifier("Room.getStats"));
        assertTrue(InlineCodeFilter.isIdentifier("GITHUB_TOKEN"));
        assertTrue(InlineCodeFilter.isIdentifier("endOf('week')"));
        assertTrue(InlineCodeFilter.isIdentifier("#RRGGBB"));
    }

    @Test
    void namesOfSoftwareDoNot() {
        assertFalse(InlineCodeFilter.isIdentifier("numpy"));
        assertFalse(InlineCodeFilter.isIdentifier("Node.js"));
        assertFalse(InlineCodeFilter.isIdentifier("Quill"));
        assertFalse(InlineCodeFilter.isIdentifier("BoxGeometry"));
        assertFalse(InlineCodeFilter.isIdentifier("C#"));
    }
}
