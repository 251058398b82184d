package org.softkg.entity;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.softkg.model.Document;

/**
 * A bare name is no short form of a longer name that goes on with a colon and a subtitle: "Quarrytown : Kappa
 * Rising" names an expansion, an episode or a sequel of its own, so the game and its expansion stay two entities
 * (recall14a). Invented names.
 */
class SubtitledSiblingResolutionTest {

    private final EntityResolver resolver = new EntityResolver();

    private static String iriOf(Document d, String text) {
        return d.mentions().stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow().entity();
    }

    @Test
    void aSubtitledNameWrittenBeforeKeepsTheBareNameApart() {
        Document d = resolver.process(Docs.doc("doc", null,
                "[Quarrytown : Kappa Rising|Application] is the seventh expansion for [Quarrytown|Application] ."));
        assertNotEquals(iriOf(d, "Quarrytown : Kappa Rising"), iriOf(d, "Quarrytown"));
    }

    @Test
    void theBareNameOfASubtitledTitleIsNotTheMainSubject() {
        Document d = resolver.process(Docs.doc("doc", "Quarrytown : Kappa Rising",
                "[Quarrytown : Kappa Rising|Application] is an expansion pack .",
                "It needs [Quarrytown|Application] ."));
        assertNotEquals(iriOf(d, "Quarrytown : Kappa Rising"), iriOf(d, "Quarrytown"));
    }
}
