package org.softkg.consistency;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What the domain/range check did over a run, summed over documents and worker threads: facts dropped for
 * contradicting a type, facts kept although an argument has no fitting type, entities given the type a relation
 * asks for.
 * Thread-safe.
 */
public final class ConstraintTally {

    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong unresolved = new AtomicLong();
    private final AtomicLong retyped = new AtomicLong();

    void add(long droppedFacts, long unresolvedFacts, long retypedEntities) {
        dropped.addAndGet(droppedFacts);
        unresolved.addAndGet(unresolvedFacts);
        retyped.addAndGet(retypedEntities);
    }

    /** Provenance records dropped because an argument's type contradicts the relation's domain or range. */
    public long dropped() {
        return dropped.get();
    }

    /** Provenance records kept although an argument has no type that fits (an untyped or WikiSER-tagged agent). */
    public long unresolved() {
        return unresolved.get();
    }

    /** Entities (untyped, or with WikiSER tags that do not fit) given the one type a relation's domain or range allows. */
    public long retyped() {
        return retyped.get();
    }

    /** A one-line account, e.g. {@code domain/range: 3 facts dropped, 2 entities typed by their relation, 1 fact unresolved}. */
    public String summary() {
        return String.format("domain/range: %,d fact%s dropped, %,d entit%s typed by their relation, %,d fact%s with an "
                + "argument of no fitting type kept", dropped(), dropped() == 1 ? "" : "s", retyped(),
                retyped() == 1 ? "y" : "ies", unresolved(), unresolved() == 1 ? "" : "s");
    }
}
