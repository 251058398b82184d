package org.softkg.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A compiled {@code match} pattern: mention slots {@code {S}}/{@code {O}}, words, {@code [lemmas]},
 * {@code <POS>} classes, groups, quantifiers and gaps, matched over the units of a sentence.
 * See {@link PatternParser} for the syntax.
 */
public final class RulePattern {

    private final String source;
    private final Node root;
    private final List<Requirement> requirements;
    private final boolean startsWithSlot;
    private final boolean startsWithPossessor;
    private final boolean startsWithQualifier;
    /** The slot the pattern opens with, or null: a start unit where it has no fill is skipped. */
    private final Node.Slot firstSlot;

    RulePattern(String source, Node root) {
        this.source = source;
        this.root = root;
        List<Requirement> req = new ArrayList<>();
        root.requirements(req);
        this.requirements = List.copyOf(req);
        this.startsWithSlot = root instanceof Node.Sequence seq && seq.items().getFirst() instanceof Node.Slot;
        this.startsWithPossessor = root instanceof Node.Sequence seq && seq.items().getFirst() instanceof Node.Slot slot
                && slot.spec().possessor();
        this.startsWithQualifier = root instanceof Node.Sequence seq && seq.items().getFirst() instanceof Node.Slot slot
                && slot.spec().nounQualifier();
        this.firstSlot = root instanceof Node.Sequence seq && seq.items().getFirst() instanceof Node.Slot slot
                ? slot : null;
    }

    /** Compiles a pattern; fails with an {@link IllegalArgumentException} naming the column. */
    public static RulePattern compile(String source) {
        return new PatternParser(source).parse();
    }

    /** The pattern as written. */
    public String source() {
        return source;
    }

    /** What every match needs in the sentence: each requirement holds one of its words or lemmas. */
    List<Requirement> requirements() {
        return requirements;
    }

    /** False when the sentence surely holds no match: a required word or lemma is missing. */
    boolean mayMatch(Set<String> words, Set<String> lemmas) {
        for (Requirement r : requirements) {
            if (!r.satisfiedBy(words, lemmas)) {
                return false;
            }
        }
        return true;
    }

    /** Every match on the reading whose units {@code fills} holds, at most one per start unit (the preferred one), left to right. */
    List<PatternMatch> matchAll(SlotFills fills) {
        SentenceUnits units = fills.units();
        List<PatternMatch> out = new ArrayList<>();
        MatchState state = new MatchState(fills, startsWithSlot, startsWithPossessor, startsWithQualifier);
        for (int start = 0; start < units.size(); start++) {
            if (firstSlot != null && !fills.mayFill(firstSlot, start)) {
                continue;
            }
            state.begin(start);
            if (root.match(state, start, state::accept)) {
                out.add(state.result());
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return source;
    }
}
