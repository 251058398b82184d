package org.softkg.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.softkg.model.Document;

/**
 * A product named after its maker keeps the maker apart: an untyped short name that stands as the agent of "by"
 * is no short form of a longer product name (recall14a). A short form of an untyped or organisation name still
 * joins. Invented names.
 */
class MakerNamedProductResolutionTest {

    private final EntityResolver resolver = new EntityResolver();

    private static String iriOf(Document d, String text) {
        return d.mentions().stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow().entity();
    }

    @Test
    void theMakerAfterByIsNoShortFormOfItsProduct() {
        Document d = resolver.process(Docs.doc("doc", null,
                "[Quarrytown Transformer|Device] is a tablet designed and manufactured by [Quarrytown] ."));
        assertNotEquals(iriOf(d, "Quarrytown Transformer"), iriOf(d, "Quarrytown"));
    }

    @Test
    void theMakerAfterByTheIsNoShortFormOfItsProduct() {
        Document d = resolver.process(Docs.doc("doc", null,
                "The [Quarrytown Q|Device] is a camera announced by the [Quarrytown] company ."));
        assertNotEquals(iriOf(d, "Quarrytown Q"), iriOf(d, "Quarrytown"));
    }

    @Test
    void anOrganisationIsNoShortFormOfAnUntypedProductNamedAfterIt() {
        Document d = resolver.process(Docs.doc("doc", null,
                "It unlocks with the paired [Quarrytown Watch|Name] .",
                "The [Zeta SE|Device] is the only phone that [Quarrytown|Organization] makes ."));
        assertNotEquals(iriOf(d, "Quarrytown Watch"), iriOf(d, "Quarrytown"));
    }

    @Test
    void aShortFormElsewhereStillJoins() {
        Document d = resolver.process(Docs.doc("doc", null,
                "It uses the [Quarrytown storage engine|Application] .", "Snapshots come from [Quarrytown] ."));
        assertEquals(iriOf(d, "Quarrytown storage engine"), iriOf(d, "Quarrytown"));
    }
}
