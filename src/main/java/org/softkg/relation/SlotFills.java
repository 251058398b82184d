package org.softkg.relation;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ways each slot can match at each unit of one reading, worked out once and shared by every rule run on the
 * reading: a slot's fills depend only on the units and on its {@link SlotSpec}, and equal specs are one instance
 * ({@link SlotSpec#interned}). Where a phrase opens ({@link Node.Opening}) depends on the units alone, so it is worked
 * out once for all slots, and where no name stands there no slot is tried. One per reading; not thread-safe.
 */
final class SlotFills {

    private final SentenceUnits units;
    private final Map<SlotSpec, List<SlotFill>[]> bySpec = new IdentityHashMap<>();
    private final Node.Opening[] openings;
    private final Node.Opening[] possessorOpenings;

    SlotFills(SentenceUnits units) {
        this.units = units;
        this.openings = new Node.Opening[units.size()];
        this.possessorOpenings = new Node.Opening[units.size()];
    }

    /** The units of the reading. */
    SentenceUnits units() {
        return units;
    }

    /** The fills of {@code slot} at unit {@code at}, longest first. */
    List<SlotFill> at(Node.Slot slot, int at) {
        if (at >= units.size()) {
            return slot.fills(units, at);
        }
        if (!mayFill(slot, at)) {
            return List.of();
        }
        Node.Opening opening = (slot.spec().possessor() ? possessorOpenings : openings)[at];
        @SuppressWarnings("unchecked")
        List<SlotFill>[] fills = bySpec.computeIfAbsent(slot.spec(), s -> new List[units.size()]);
        if (fills[at] == null) {
            fills[at] = slot.fills(units, opening);
        }
        return fills[at];
    }

    /**
     * False when {@code slot} surely has no fill at unit {@code at}: no name stands where a phrase opening there
     * reaches its first name. Cheap after the first call for a unit, so a pattern that opens with a slot skips such
     * start units before any matching.
     */
    boolean mayFill(Node.Slot slot, int at) {
        if (at >= units.size()) {
            return true;
        }
        boolean possessor = slot.spec().possessor();
        Node.Opening[] known = possessor ? possessorOpenings : openings;
        if (known[at] == null) {
            known[at] = Node.Opening.at(units, at, possessor);
        }
        return known[at].named(units);
    }
}
