package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Invented sentences for the fourth precision pass (docs/relations-log.md, "Fewer invented facts, fourth pass (prec9)"): a nationality word before a name is an
 * adjective for the rules, whatever the tagger calls it, so an object slot skips it as it skips "popular" or "new"
 * (the name extender no longer glues it to the name, {@code mention.NameExtenderTest}).
 */
class UnseenTextPrecision9Test {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(RelationNames.CORE);

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void aNationalityWordBeforeTheObjectIsSkippedLikeAnAdjective() {
        assertEquals(Set.of("orbit similarTo zeta"),
                facts("The [Orbit|Name] is a Yugoslav [Zeta|Device] clone built in 1988 ."));
        assertEquals(Set.of("orbit similarTo zeta"),
                facts("The [Orbit|Name] is a cheap [Zeta|Device] clone built in 1988 ."));
    }

    @Test
    void aNationalityWordIsNoNameOfItsOwn() {
        // the adjective is skipped, not taken as the object
        assertEquals(Set.of("orbit similarTo zeta"),
                facts("The [Orbit|Name] was a Hungarian [Zeta|Device] clone ."));
    }
}
