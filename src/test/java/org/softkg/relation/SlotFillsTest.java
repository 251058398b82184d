package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.model.Document;
import org.softkg.rdf.Vocab;

/** The fills a reading remembers are the fills each slot works out, and slots of different specs keep their own. */
class SlotFillsTest {

    private static final SlotSpec ANY = new SlotSpec(true, true, Set.of(), true, null, Set.of()).interned();
    private static final SlotSpec LANGUAGE = new SlotSpec(false, false, Set.of("Language"), false, null,
            Set.of("language")).interned();
    private static final SlotSpec LICENSE = new SlotSpec(false, false, Set.of("License"), false, null,
            Set.of("license")).interned();
    private static final List<Node.Slot> SLOTS = List.of(new Node.Slot(ANY), new Node.Slot(LANGUAGE),
            new Node.Slot(LICENSE), new Node.Slot(LICENSE.asPossessor().interned()));

    private static SentenceUnits units(Document d) {
        return SentenceUnits.of(d.sentences().getFirst(), d.mentions());
    }

    @Test
    void equalSpecsAreOneInstance() {
        assertSame(LANGUAGE, new SlotSpec(false, false, Set.of("Language"), false, null, Set.of("language")).interned());
    }

    @Test
    void aSlotsRememberedFillsAreItsOwn() {
        Document d = Docs.annotated("[Quill|Application] is written in [Kappa|Language] and [Relay|Language] and "
                + "released under the [Orbit License|License] .");
        SentenceUnits units = units(d);
        SlotFills fills = new SlotFills(units);
        Node.Slot language = new Node.Slot(LANGUAGE);
        Node.Slot license = new Node.Slot(LICENSE);
        int kappa = 4;
        assertEquals(2, fills.at(language, kappa).getFirst().fillers().size(), "the list [Kappa] and [Relay]");
        assertEquals(List.of(), fills.at(license, kappa));
        assertNotEquals(List.of(), fills.at(new Node.Slot(ANY), 0));
    }

    @Test
    void rememberedFillsEqualWorkedOutFillsOnEveryRuleExample() {
        RuleSet rules = RuleSet.loadDefault(Vocab.relationNames());
        for (Rule r : rules.rules()) {
            for (RuleExample example : r.examples()) {
                SentenceUnits units = units(Docs.annotated(example.sentence()));
                SlotFills fills = new SlotFills(units);
                for (int pass = 0; pass < 2; pass++) {
                    for (Node.Slot slot : SLOTS) {
                        for (int u = 0; u <= units.size(); u++) {
                            assertEquals(slot.fills(units, u), fills.at(slot, u), example.sentence() + " at " + u);
                        }
                    }
                }
            }
        }
    }
}
