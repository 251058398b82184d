package org.softkg.relation;

import java.util.List;

/**
 * The mentions a slot matched (one, or a coordinated list "A , B and C") and the unit after them.
 *
 * @param fillers the mentions in sentence order
 * @param end     index of the first unit after the slot (after any absorbed version or parenthesis)
 */
record SlotFill(List<Filler> fillers, int end) {
    SlotFill {
        fillers = List.copyOf(fillers);
    }
}
