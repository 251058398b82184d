package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.rdf.Vocab;

/**
 * Session 20: WikiSER tags most operating systems and desktop environments Application ("Linux", "Windows", "KDE"),
 * so some runsOn rules take an application as the platform; an object without a capital or a digit, or one that
 * only qualifies the tagged name after it, is no platform.
 */
class PlatformApplication20Test {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(Vocab.relationNames());

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void anApplicationTaggedPlatformAfterForIsThePlatform() {
        assertEquals(Set.of("quill runsOn zeta"),
                facts("[Quill|Application] is a free non-linear video editor for [Zeta|Application] ."));
        assertEquals(Set.of("quill runsOn zeta"),
                facts("[Quill|Application] for [Zeta|Application] was one of the most popular versions ."));
    }

    @Test
    void aKindOfThingIsNoPlatform() {
        assertEquals(Set.of(), facts("[Quill|Library] is a free library for [data visualization|Application] ."));
    }

    @Test
    void anApplicationBeforeAnotherNameOnlyQualifiesIt() {
        assertEquals(Set.of(), facts("[Quill|Application] is the default browser for the [Zeta|Application] [Kappa|Application] application ."));
    }
}
