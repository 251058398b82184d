package org.softkg.consistency;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What the domain/range check did over a run, summed over documents and worker threads: facts dropped for
 * contradicting a type, facts kept with a lowered confidence, entities given the type a relation asks for.
 * Thread-safe.
 */
public final class ConstraintTally {

    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong lowered = new AtomicLong();
    private final AtomicLong retyped = new AtomicLong();

    void add(long droppedFacts, long loweredFacts, long retypedEntities) {
        dropped.addAndGet(droppedFacts);
        lowered.addAndGet(loweredFacts);
        retyped.addAndGet(retypedEntities);
    }

    /** Provenance records dropped because an argument's type contradicts the relation's domain or range. */
    public long dropped() {
        return dropped.get();
    }

    /** Provenance records kept with a lowered confidence because an argument is untyped where a type is asked. */
    public long lowered() {
        return lowered.get();
    }

    /** Untyped entities given the one type a relation's domain or range allows. */
    public long retyped() {
        return retyped.get();
    }

    /** A one-line account, e.g. {@code domain/range: 3 facts dropped, 1 lowered, 2 entities typed}. */
    public String summary() {
        return String.format("domain/range: %,d fact%s dropped, %,d lowered, %,d entit%s typed by their relation",
                dropped(), dropped() == 1 ? "" : "s", lowered(), retyped(), retyped() == 1 ? "y" : "ies");
    }
}
