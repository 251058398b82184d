package org.softkg.relation;

import org.softkg.model.Mention;

/**
 * One mention that filled a slot.
 *
 * @param mention the mention
 * @param newType the type an untyped mention takes from the slot, or {@code null}
 */
record Filler(Mention mention, String newType) {
}
