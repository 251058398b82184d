package org.softkg.relation;

import org.softkg.model.Token;

/** The bindings of one match attempt, and the checks every complete match must pass. */
final class MatchState {

    final SentenceUnits units;
    private final boolean startsWithSlot;
    private int start;
    private SlotFill subjects;
    private SlotFill objects;
    private PatternMatch result;

    /** {@code startsWithSlot}: the pattern opens with a slot, whose mention must then head its clause. */
    MatchState(SentenceUnits units, boolean startsWithSlot) {
        this.units = units;
        this.startsWithSlot = startsWithSlot;
    }

    void begin(int startUnit) {
        start = startUnit;
        subjects = null;
        objects = null;
        result = null;
    }

    void bind(boolean subject, SlotFill fill) {
        if (subject) {
            subjects = fill;
        } else {
            objects = fill;
        }
    }

    /** Ends a match at unit {@code end}; false (so the matcher backtracks) when the match must not count. */
    boolean accept(int end) {
        if (end <= start || subjects == null || objects == null) {
            return false;
        }
        if (startsWithSlot && !headsClause()) {
            return false;
        }
        if (!startsWithSlot && firstSlot() == subjects
                && units.inIndefiniteDescription(units.unitOf(subjects.fillers().getFirst().mention()))) {
            // "X is a [Y] based on Z": a name qualifying a description is no subject, wherever the pattern starts
            return false;
        }
        if (endsBeforeVerb(subjects, end) || endsBeforeVerb(objects, end) || units.cancelled(start, end)) {
            return false;
        }
        result = new PatternMatch(subjects.fillers(), objects.fillers(), units.tokens(start, end));
        return true;
    }

    /**
     * The slot that opens a pattern must fill the subject position of its clause: not inside a phrase,
     * and not the object of a verb before it when a list or a comma follows ("X uses [Y] , supports Z",
     * "X uses [Y and Z] uses W"; an apposition may follow: "X uses [Y] , a tool made by Z") or when it is a lower-case common noun ("adds [direct memory access] based on").
     */
    private boolean headsClause() {
        if (units.insidePhrase(start)) {
            return false;
        }
        SlotFill first = firstSlot();
        boolean comma = ",".equals(units.plainWord(first.end()))
                && !units.plainWordIn(first.end() + 1, Cues.DETERMINERS);
        return !(units.afterVerb(start) && (first.fillers().size() > 1 || comma
                || units.isCommonNoun(first.fillers().getFirst().mention())));
    }

    /** The fill that starts first in the sentence. */
    private SlotFill firstSlot() {
        return subjects.fillers().getFirst().mention().span().start()
                < objects.fillers().getFirst().mention().span().start() ? subjects : objects;
    }

    /**
     * A coordinated list that ends the match right before a verb lost its last mention to the next
     * clause: in "A uses B and C uses D" the object of "uses" is B alone.
     */
    private boolean endsBeforeVerb(SlotFill fill, int end) {
        if (fill.fillers().size() < 2 || fill.end() != end || end >= units.size()) {
            return false;
        }
        Token next = units.token(end);
        // a gerund after the list names what the last mention qualifies ("supports A and B rendering"), no clause
        boolean gerund = next != null && next.text().length() > 5 && next.text().endsWith("ing");
        return next != null && !gerund && units.mention(end) == null && next.pos() != null
                && Cues.VERB_POS.contains(next.pos());
    }

    PatternMatch result() {
        return result;
    }
}
