package org.softkg.relation;

import java.util.Locale;
import java.util.Set;
import org.softkg.model.Mention;
import org.softkg.model.Token;

/** The bindings of one match attempt, and the checks every complete match must pass. */
final class MatchState {

    final SentenceUnits units;
    /** The slots' fills on these units, shared by every rule run on the reading. */
    final SlotFills fills;
    private final boolean startsWithSlot;
    private final boolean startsWithPossessor;
    private final boolean startsWithQualifier;
    private int start;
    private SlotFill subjects;
    private SlotFill objects;
    private PatternMatch result;

    /**
     * {@code startsWithSlot}: the pattern opens with a slot, whose mention must then head its clause.
     * {@code startsWithPossessor}: the opening slot is a possessor ("{O}'s ... {S}"), whose phrase states its fact
     * wherever it stands, so it need not head its clause (round 8, recall8a).
     * {@code startsWithQualifier}: the opening slot is a noun's qualifier ("{O}~qualifier titles {S}"), which stands
     * inside its noun phrase wherever the phrase stands ("along with other [Zeta] titles A and B"), so it need not
     * head its clause.
     */
    MatchState(SlotFills fills, boolean startsWithSlot, boolean startsWithPossessor, boolean startsWithQualifier) {
        this.units = fills.units();
        this.fills = fills;
        this.startsWithSlot = startsWithSlot;
        this.startsWithPossessor = startsWithPossessor;
        this.startsWithQualifier = startsWithQualifier;
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
        if (startsWithSlot && !(startsWithPossessor ? possessorOpensPhrase()
                : startsWithQualifier ? qualifierInPhrase() : headsClause())) {
            return false;
        }
        if (!startsWithSlot && firstSlot() == subjects
                && units.inIndefiniteDescription(units.unitOf(subjects.fillers().getFirst().mention()))) {
            // "X is a [Y] based on Z": a name qualifying a description is no subject, wherever the pattern starts
            return false;
        }
        if (endsBeforeVerb(subjects, end) || endsBeforeVerb(objects, end) || units.cancelled(start, end)
                || units.withdrawn(firstUnit(subjects), firstUnit(objects), end)) {
            return false;
        }
        result = new PatternMatch(subjects.fillers(), objects.fillers(), units.tokens(start, end));
        return true;
    }

    /** The unit of the first name that fills a slot. */
    private int firstUnit(SlotFill fill) {
        return units.unitOf(fill.fillers().getFirst().mention());
    }

    /** What opens an apposition after a name ({@link #headsClause}): ", an [Amiga] exclusive", "( a successor to ...". */
    private static final Set<String> APPOSITION_OPENERS = Set.of(",", "(");
    private static final Set<String> INDEFINITE_ARTICLES = Set.of("a", "an");
    /**
     * Relative pronouns that open a clause on the name right before their comma, also inside a prepositional phrase:
     * "designed by [X] , who later created Y" (devby15), "based on [Y] , which is based on [Z]" (session 22).
     */
    private static final Set<String> RELATIVE_ON_NAME = Set.of("who", "which");
    /** Words that end the clause a fronted adverbial may open ({@link #outsideFrontedAdverbial}). */
    private static final Set<String> CLAUSE_ENDS = Set.of(".", ";", ":");
    private static final Set<String> VERB_POS = Set.of("VERB", "AUX");
    /** Nouns that count a maker's products rather than name another thing ("[Intel] 's second generation [Itanium]"). */
    private static final Set<String> GENERATION_NOUNS = Set.of("generation", "gen");

    /**
     * The slot that opens a pattern must fill the subject position of its clause: not inside a phrase,
     * and not the object of a verb before it when a list or a comma follows ("X uses [Y] , supports Z",
     * "X uses [Y and Z] uses W"; an apposition may follow: "X uses [Y] , a tool made by Z") or when it is a lower-case common noun ("adds [direct memory access] based on").
     * Inside a prepositional phrase it may open an indefinite apposition ("were followed by [X] , an [Amiga] exclusive",
     * "such as [X] ( a successor to [Y] )") or a relative clause on a person ("designed by [X] , who later created Y"),
     * unless the phrase is a fronted adverbial ({@link #outsideFrontedAdverbial}).
     */
    private boolean headsClause() {
        SlotFill first = firstSlot();
        if (opensParallelPair(first)) {
            return true;
        }
        if (units.insidePhrase(start)) {
            // "were followed by [X] , an [Amiga] exclusive": an indefinite apposition describes the name before it,
            // wherever that name stands (recall14b)
            // "designed by [X] , who later created Y": a relative clause on a person, too (devby15)
            if (first.fillers().size() != 1 || !units.plainWordIn(first.end(), APPOSITION_OPENERS)
                    || !(units.plainWordIn(first.end() + 1, INDEFINITE_ARTICLES)
                        || ",".equals(units.plainWord(first.end()))
                            && units.plainWordIn(first.end() + 1, RELATIVE_ON_NAME))) {
                return false;
            }
            int before = units.plainWordIn(start - 1, Cues.DETERMINERS) ? start - 2 : start - 1;
            return before >= 0 && units.mention(before) == null && units.isPos(before, Cues.PREPOSITION_POS)
                    && outsideFrontedAdverbial(before);
        }
        if (units.objectOfNounModifier(start)) {
            return false; // "Websites supporting the [X] include [A]": the noun, not X, is what includes A
        }
        // a comma after a name that a verb takes may go on with a list or an apposition, but not with a relative
        // clause on that name ("uses [Zeta] , which is written in Y")
        boolean comma = ",".equals(units.plainWord(first.end()))
                && !units.plainWordIn(first.end() + 1, Cues.DETERMINERS)
                && !(first.fillers().size() == 1 && units.plainWordIn(first.end() + 1, RELATIVE_ON_NAME));
        return !(units.afterVerb(start) && (first.fillers().size() > 1 || comma
                || units.isCommonNoun(first.fillers().getFirst().mention())));
    }

    /** What joins two parallel pairs ({@link #opensParallelPair}). */
    private static final Set<String> PAIR_JOINTS = Set.of(",", "and", "or");

    /**
     * True when the slot that opens the pattern is the first name of a pair parallel to the one before it: in
     * "[A] on [P] and [B] on [Q]" (also ", and", ", or", ",") B stands after "on [P]", inside that phrase, yet opens
     * a pair of its own, since the same preposition follows it as followed A (thirtieth session).
     */
    private boolean opensParallelPair(SlotFill first) {
        String preposition = units.plainWord(first.end());
        if (first.fillers().size() != 1 || preposition == null || !units.isPos(first.end(), Cues.PREPOSITION_POS)) {
            return false;
        }
        int joint = start - 1;
        if (!units.plainWordIn(joint, PAIR_JOINTS)) {
            return false;
        }
        if (!",".equals(units.plainWord(joint)) && ",".equals(units.plainWord(joint - 1))) {
            joint--;
        }
        int object = joint - 1;
        if (object < 0 || units.mention(object) == null) {
            return false;
        }
        int before = units.plainWordIn(object - 1, Cues.DETERMINERS) ? object - 2 : object - 1;
        return before >= 1 && preposition.equals(units.plainWord(before)) && units.mention(before - 1) != null;
    }

    /**
     * False when the prepositional phrase at unit {@code u} belongs to a fronted adverbial: the clause opens with a
     * preposition and no verb stands before {@code u} ("In 2015 , in a deal with [X] , an expansion of Y was released",
     * "In computer science , a [Y] tree is ..."), so the comma after the name opens the main clause, not an
     * apposition. A verbless fragment that opens with a name ("[A] – a dialect of [X] , a language ...") keeps it.
     */
    private boolean outsideFrontedAdverbial(int u) {
        int k = u - 1;
        for (; k >= 0; k--) {
            if (units.mention(k) != null) {
                continue;
            }
            if (units.plainWordIn(k, CLAUSE_ENDS)) {
                break;
            }
            if (units.isPos(k, VERB_POS)) {
                return true;
            }
        }
        int opening = k + 1;
        return !(units.mention(opening) == null && units.isPos(opening, Cues.PREPOSITION_POS));
    }

    /**
     * A possessor opens its own noun phrase: "X 's Y" names Y's maker or whole also inside a prepositional phrase
     * ("included with [Adobe] 's [Flash Pro]", "the same time as [Nintendo] 's [Kong]"), but not when a mention or
     * an adjective stands right before it, of which it would be a part ("the [Zeta] [Kappa] 's ..."). Off the head
     * of a clause the possessed name must follow the "'s" at once or past adjectives only: nouns between
     * ("in [X] 's Hierarchical Libraries [Y]") mean the phrase is about something else, and a one-word acronym
     * after "the" is a kind of thing there, no maker ("at the [CPU] 's [IOPL]"). "generation" is no such noun: it counts
     * the maker's products ("with [Intel] 's second generation [Itanium]").
     */
    private boolean possessorOpensPhrase() {
        SlotFill first = firstSlot();
        int u = units.unitOf(first.fillers().getFirst().mention());
        if (u > 0 && (units.mention(u - 1) != null || units.isPos(u - 1, Cues.ADJECTIVE_POS))) {
            return false;
        }
        if (headsClause()) {
            return true;
        }
        Mention possessor = first.fillers().getFirst().mention();
        if (u > 0 && units.plainWordIn(u - 1, Cues.DETERMINERS) && possessor.span().length() == 1
                && possessor.text().equals(possessor.text().toUpperCase(Locale.ROOT))) {
            return false; // "run at the [CPU] 's IOPL": an acronym after "the" names a kind of thing, no maker
        }
        SlotFill second = first == subjects ? objects : subjects;
        int possessed = units.unitOf(second.fillers().getFirst().mention());
        for (int v = first.end(); v < possessed; v++) {
            if (!units.plainWordIn(v, Cues.POSSESSIVES) && !units.isPos(v, Cues.ADJECTIVE_POS)
                    && !units.plainWordIn(v, GENERATION_NOUNS)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A noun's qualifier: one name, with no mention right before it ("the [Zeta] [Kappa] titles" is another
     * name's phrase) and none right after it (the pattern names the noun it qualifies).
     */
    private boolean qualifierInPhrase() {
        SlotFill first = firstSlot();
        if (first.fillers().size() != 1) {
            return false;
        }
        int u = units.unitOf(first.fillers().getFirst().mention());
        return (u == 0 || units.mention(u - 1) == null) && (u + 1 >= units.size() || units.mention(u + 1) == null);
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
        int first = units.unitOf(fill.fillers().getFirst().mention());
        if (units.isOwned(first)) {
            // "[Contoso] 's [A] and [B] are written in ...": an owned list is a noun phrase, the verb's subject
            return false;
        }
        if (introducedAsExamples(first) || units.isPluralNoun(first - 1)) {
            // "some [Zeta] files such as [A] , [B] and [C] carried ...": a list of examples closes a noun phrase,
            // the subject of the verb after it, no clause of its own; so does a list in apposition to a plural
            // noun ("other [Zeta] titles [A] and [B] went offline", eighteenth session)
            return false;
        }
        if (!units.finiteVerbBefore(first)) {
            // "A port of [X] to the [A] and [B] was released": no finite verb before the list in its clause, so the
            // list stands in the clause's subject and the verb after it is the clause's own (thirty-first session)
            return false;
        }
        Token next = units.token(end);
        // a gerund after the list names what the last mention qualifies ("supports A and B rendering"), no clause
        boolean gerund = next != null && next.text().length() > 5 && next.text().endsWith("ing");
        return next != null && !gerund && units.mention(end) == null && next.pos() != null
                && (Cues.VERB_POS.contains(next.pos()) || units.isMisreadVerb(end));
    }

    /**
     * True when the list that starts at unit {@code first} is introduced as examples: "such as", "including" or
     * "like" right before it (a determiner between aside).
     */
    private boolean introducedAsExamples(int first) {
        int u = first - 1;
        if (units.plainWordIn(u, Cues.DETERMINERS)) {
            u--;
        }
        return units.plainWordIn(u, Cues.EXAMPLE_MARKERS) || units.followsSuchAs(u + 1);
    }

    PatternMatch result() {
        return result;
    }
}
