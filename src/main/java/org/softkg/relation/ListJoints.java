package org.softkg.relation;

import java.util.Set;
import java.util.regex.Pattern;
import org.softkg.model.Mention;
import org.softkg.model.Token;

/**
 * How the members of a coordinated list are joined, beyond ", " and "and/or" ({@link Node.Slot#fills}): the
 * joiner "as well as", an adverb after the conjunction ("and later [C]"), the slot's own preposition said again
 * before a member ("ported to [A] , [B] , and to [C]"), and a phrase that each member carries in parallel ("uses
 * [A] for x , [B] for y and [C] for z"). Each applies to every rule, since every slot reads lists the same way.
 */
final class ListJoints {

    /** The most units a parallel phrase after a member holds, its preposition included. */
    private static final int MAX_PHRASE = 5;

    /**
     * Prepositions of a role or purpose that each member of a list may carry with a name in it ("[A] for [x] , [B] for
     * [y]", "[A] with x and [B] with y"); other parallel phrases hold no name ("for [A] in 1994 and [B] in 1995"): "for
     * [A] in [North America] and [Europe] in 1987" lists places inside the phrase, no members.
     */
    private static final Set<String> PARALLEL_PREPOSITIONS = Set.of("for", "with", "via");

    /** Words a parallel phrase may not hold: they end or open a clause, or join lists themselves. */
    private static final Set<String> PHRASE_STOPS = Set.of(",", "(", ")", "and", "or", "&", "as");

    private ListJoints() {
    }

    /**
     * True when the name at unit {@code u} is owned by a possessor that is itself a member of a list, after a comma
     * or conjunction that follows another name or a parenthesis ("such as [BASIC] , [Contoso] 's [Zeta] , [Fortran]
     * and [PL/I]", "[Kappa] ( [Orbit] ) , [Contoso] 's [Zeta] , [Fortran] ..."): the
     * possessor owns that one name, and the names after it are members of the outer list.
     */
    static boolean possessorInList(SentenceUnits units, int u) {
        int v = u - 1;
        while (v >= 0 && units.mention(v) == null && !units.plainWordIn(v, Cues.POSSESSIVES)) {
            v--;
        }
        int possessor = v - 1;
        if (possessor < 1 || units.mention(possessor) == null) {
            return false;
        }
        int w = possessor - 1;
        if (units.plainWordIn(w, Cues.DETERMINERS)) {
            w--;
        }
        boolean joint = ",".equals(units.plainWord(w)) || units.plainWordIn(w, Cues.CONJUNCTIONS);
        return joint && w >= 1 && (units.mention(w - 1) != null || ")".equals(units.plainWord(w - 1)));
    }

    /**
     * The unit after the head noun of the list member that ends before unit {@code u} ("[A] library", "[A] solver
     * package", {@link SentenceUnits#skipHeadNoun}) when a joint and the next member follow it ("[A] library and
     * [B]", "[A] protocol , the [B] protocol") or the list's tail ("[A] software , and many others"); {@code u} itself
     * otherwise, so that a head noun the list does not go
     * on after ("the [A] library is ...") is left to the rules that read it.
     */
    static int skipMemberHeadNoun(SentenceUnits units, int u) {
        int headed = units.skipHeadNoun(u);
        if (headed == u) {
            return u;
        }
        int q = headed;
        if (",".equals(units.plainWord(q))) {
            q++;
        }
        boolean joined = units.plainWordIn(q, Cues.CONJUNCTIONS);
        if (joined) {
            q++;
        }
        if (q == headed) {
            return u;
        }
        // "[A] , [B] software , and many others", "[A] , [B] devices , etc .": the list's tail follows the last member
        if (units.mention(q) == null && units.plainWordIn(q, joined ? Cues.LIST_TAILS : Cues.LIST_ENDS)) {
            return headed;
        }
        int member = units.skipListModifiers(q);
        return member < units.size() && units.mention(member) != null ? headed : u;
    }

    /** The most words of a counting apposition after a list ({@link #skipCountApposition}). */
    private static final int MAX_COUNT_APPOSITION = 6;

    /** Words that count the members of a list in an apposition after it ("[A] and [B] , both editors ,"). */
    private static final Set<String> COUNT_WORDS = Set.of("both", "all", "two", "three", "four", "five", "six");

    /**
     * The unit after an apposition that counts the members of the list before unit {@code u} (", two text editors ,",
     * ", both written by students ,"): a comma, a counting word, up to {@value #MAX_COUNT_APPOSITION} lower-case plain
     * words, and a comma; {@code u} itself when none is there. What follows is said of every member.
     */
    static int skipCountApposition(SentenceUnits units, int u) {
        if (!",".equals(units.plainWord(u)) || !units.plainWordIn(u + 1, COUNT_WORDS)) {
            return u;
        }
        for (int v = u + 2; v < units.size() && v <= u + 2 + MAX_COUNT_APPOSITION; v++) {
            String w = units.plainWord(v);
            if (",".equals(w)) {
                return v > u + 2 ? v + 1 : u;
            }
            if (w == null || !units.crossable(v) || !SentenceUnits.isLowerCaseWord(w) || "(".equals(w)) {
                return u;
            }
        }
        return u;
    }

    /** The most words of a common-noun member that ends a list ({@link #isCommonNounMember}). */
    private static final int MAX_NOUN_MEMBER = 4;

    /** POS tags of the words of a common-noun member ("remote network access", "file versioning"). */
    private static final Set<String> NOUN_MEMBER_POS = Set.of("NOUN", "ADJ", "VERB");

    /**
     * True when a common noun phrase, the last member of a list after its conjunction, starts at unit {@code u}
     * ("supports [A] , [B] , and file versioning"): up to {@value #MAX_NOUN_MEMBER} lower-case plain words, nouns,
     * adjectives or "-ing" forms, with a noun among them, then the end of the sentence, a punctuation mark or a
     * preposition other than "of". The names before it are members of the list; a verb after the phrase ("[A] , [B] and users can
     * ...") makes it a clause of its own.
     */
    static boolean isCommonNounMember(SentenceUnits units, int u) {
        boolean noun = false;
        if (units.plainWordIn(u, Cues.DETERMINERS)) {
            u++;
        }
        int v = u;
        for (; v < units.size() && v < u + MAX_NOUN_MEMBER && units.mention(v) == null; v++) {
            String w = units.plainWord(v);
            boolean word = w != null && !w.isEmpty() && Character.isLetter(w.charAt(0))
                    && SentenceUnits.isLowerCaseWord(units.token(v).text()) && units.isPos(v, NOUN_MEMBER_POS)
                    && (!units.isPos(v, Set.of("VERB")) || w.endsWith("ing"));
            if (!word) {
                break;
            }
            noun |= units.isPos(v, Cues.COMMON_NOUN_POS);
        }
        if (!noun || v == u) {
            return false;
        }
        // not "of": "[A] , [B] and the development versions of [C] were ..." and "[A] , [B] and the use of [C]" name
        // something else, whose phrase goes on
        return v >= units.size() || (units.mention(v) == null && (units.isPos(v, Set.of("PUNCT"))
                || (units.isPos(v, Cues.PREPOSITION_POS) && !"of".equals(units.plainWord(v)))));
    }

    /** Words after a plural class noun that introduce the names it stands for ("several platforms , namely [A] , [B]"). */
    private static final Set<String> NAMING_WORDS = Set.of("namely", "notably", "especially", "particularly", "i.e.");

    /**
     * True when word {@code w}, after a plural class noun and an optional comma, introduces the names of the class: a
     * naming adverb ("platforms , namely [A] , [B]"). Read by {@link SentenceUnits#skipExemplarHead} with "such as"
     * and "including". A colon does not ("eight chart types : [bar] , line , ..." lists kinds, no names).
     */
    static boolean namesMembers(String w) {
        return w != null && NAMING_WORDS.contains(w);
    }

    /** Words that open a list of examples right before its first member ("such as", "including", "like", "e.g."). */
    private static final Set<String> EXAMPLE_OPENERS = Set.of("including", "like", "e.g.", "incl.");

    /** The most units of a common-noun first example ({@link #skipCommonFirstExample}). */
    private static final int MAX_COMMON_EXAMPLE = 3;

    /** POS tags of the words of a common-noun first example ("webcams", "analogue tuner cards"). */
    private static final Set<String> COMMON_EXAMPLE_POS = Set.of("NOUN", "ADJ");

    /**
     * The unit of the first name of a list of examples whose first member is a common noun ("devices , such as
     * webcams or [A] , [B] and [C]"): at unit {@code p}, right after "such as", "including", "like" or "e.g.", up to
     * {@value #MAX_COMMON_EXAMPLE} lower-case words or lower-case tagged phrases ending in a noun, then a comma or
     * a conjunction and a name (after a determiner at most). The common noun names a kind and gets no fact; the
     * names after it are the list. {@code p} itself when no such member is there.
     */
    static int skipCommonFirstExample(SentenceUnits units, int p) {
        boolean opened = units.plainWordIn(p - 1, EXAMPLE_OPENERS) || units.followsSuchAs(p);
        if (!opened) {
            return p;
        }
        int v = p;
        boolean noun = false;
        for (; v < units.size() && v < p + MAX_COMMON_EXAMPLE; v++) {
            Mention m = units.mention(v);
            if (m != null) {
                if (!units.isCommonNoun(m)) {
                    break;
                }
                noun = true;
                continue;
            }
            Token t = units.token(v);
            if (t == null || !SentenceUnits.isLowerCaseWord(t.text()) || !units.isPos(v, COMMON_EXAMPLE_POS)
                    || !Character.isLetter(t.text().charAt(0))) {
                break;
            }
            noun = units.isPos(v, Cues.COMMON_NOUN_POS);
        }
        if (v == p || !noun) {
            return p;
        }
        int q = ",".equals(units.plainWord(v)) ? v + 1 : v;
        if (!units.plainWordIn(q, Cues.CONJUNCTIONS) && q == v) {
            return p;
        }
        q = units.plainWordIn(q, Cues.CONJUNCTIONS) ? q + 1 : q;
        q = units.plainWordIn(q, Cues.DETERMINERS) ? q + 1 : q;
        Mention m = units.mention(q);
        return m != null && !units.isCommonNoun(m) ? q : p;
    }

    /** The unit after the joiner "as well as" at unit {@code u}, or {@code u} when none is there. */
    static int skipAsWellAs(SentenceUnits units, int u) {
        return "as".equals(units.plainWord(u)) && "well".equals(units.plainWord(u + 1))
                && "as".equals(units.plainWord(u + 2)) ? u + 3 : u;
    }

    /**
     * The unit after one adverb right after a conjunction ("and later the [C]", "and also [C]") when a name (after a
     * determiner at most) follows it; {@code u} otherwise.
     */
    static int skipAdverb(SentenceUnits units, int u, String preposition) {
        if (!units.isAdverb(u)) {
            return u;
        }
        // "written in [A] and later in [B]": the slot's preposition may follow the adverb
        int v = skipRepeatedPreposition(units, u + 1, preposition);
        v = units.plainWordIn(v, Cues.DETERMINERS) ? v + 1 : v;
        return units.mention(v) != null ? u + 1 : u;
    }

    /** POS tags of the word after a last untagged member that end it: punctuation, a preposition, a conjunction, an adverb. */
    private static final Set<String> LAST_MEMBER_FOLLOWERS = Set.of("PUNCT", "ADP", "CCONJ", "SCONJ", "ADV");

    /** The most words of a name the tags missed that a list may pass over ({@link #skipUntaggedName}). */
    private static final int MAX_UNTAGGED = 4;

    /**
     * The unit after a name the tags missed that stands as a list member at unit {@code u} ("for [A] , [B] ,
     * PlayStation 4 , and [C]"): up to {@value #MAX_UNTAGGED} plain words, the first a noun written with a
     * capital, the others capitalised words or numbers, then a comma or a conjunction that goes on to another member
     * (or, for the {@code last} member after the conjunction, punctuation, a preposition, a conjunction or an adverb:
     * no verb of a clause of its own, no noun it qualifies, no possessive); {@code u} itself
     * otherwise. The list goes on past it, without a fact for it.
     */
    static int skipUntaggedName(SentenceUnits units, int u, boolean last) {
        // "for [A] , the Kappa , [B]", "ported to [A] , [B] , and the Kappa": "the" may stand before the name
        int start = "the".equals(units.plainWord(u)) ? u + 1 : u;
        int named = skipBareUntaggedName(units, start, last);
        return named == start ? u : named;
    }

    private static int skipBareUntaggedName(SentenceUnits units, int u, boolean last) {
        if (!last && units.mention(u) != null && units.plainWordIn(u + 1, Cues.POSSESSIVES)) {
            // "[A] , Contoso 's How-To blog , [B]": a possessor and a few plain words name something it owns
            int v = u + 2;
            while (v < units.size() && v < u + 2 + MAX_OWNED_WORDS && units.mention(v) == null
                    && units.token(v) != null && Character.isLetter(units.token(v).text().charAt(0))
                    && !units.plainWordIn(v, Cues.BOUNDARIES) && !units.plainWordIn(v, Cues.CONJUNCTIONS)) {
                v++;
            }
            return v > u + 2 && goesOn(units, v) ? v : u;
        }
        if (u >= units.size() || units.mention(u) != null
                || !((capitalised(units, u) && (units.isPos(u, Cues.NOUN_POS)
                        // "the Creative Commons wiki": a capitalised adjective opening a name of several words
                        || (units.isPos(u, Cues.ADJECTIVE_POS) && capitalised(units, u + 1))))
                    || modelNumber(units, u))) {
            return u;
        }
        int v = u + 1;
        while (v < units.size() && v < u + MAX_UNTAGGED && units.mention(v) == null
                && (capitalised(units, v) || units.isPos(v, Cues.NUMBER_POS))) {
            v++;
        }
        if (!last) {
            // "[A] , the Contoso Commons wiki , [B]": the capitalised words qualify a common noun after them
            int n = v;
            while (n < v + MAX_QUALIFIED_NOUN && n < units.size() && (units.mention(n) != null
                    ? units.isCommonNoun(units.mention(n))
                    : units.token(n) != null && SentenceUnits.isLowerCaseWord(units.token(n).text())
                        && units.isPos(n, Cues.COMMON_NOUN_POS))) {
                n++;
            }
            v = n > v && goesOn(units, n) ? n : v;
        }
        String next = units.plainWord(v);
        if (last) {
            // "... and PlayStation 4 in 2021": not "and Sony released ...", "and Orbix robots", "and Sony 's ..."
            boolean ends = v >= units.size() || (units.mention(v) == null && units.isPos(v, LAST_MEMBER_FOLLOWERS)
                    && !units.plainWordIn(v, Cues.POSSESSIVES));
            return ends ? v : u;
        }
        return goesOn(units, v) ? v : u;
    }

    /** The most plain words after a possessor that a list member may hold ({@link #skipUntaggedName}). */
    private static final int MAX_OWNED_WORDS = 3;
    /** The most common-noun words after untagged capitalised words of a list member ({@link #skipUntaggedName}). */
    private static final int MAX_QUALIFIED_NOUN = 2;

    /** True when a list goes on after a member that ends at unit {@code v}: a conjunction, or a comma and a name. */
    private static boolean goesOn(SentenceUnits units, int v) {
        int w = ",".equals(units.plainWord(v)) ? v + 1 : v;
        return units.plainWordIn(w, Cues.CONJUNCTIONS) || (w > v && units.mention(w) != null);
    }

    /**
     * True when unit {@code u} is a plain word that opens with a digit and is no year, a number or a model name
     * ("3DO", "8085", "68k"): a member of a list of names ("for [A] , 3DO , [B] and [C]").
     */
    private static boolean modelNumber(SentenceUnits units, int u) {
        Token t = units.mention(u) == null ? units.token(u) : null;
        if (t == null || t.text().isEmpty() || !Character.isDigit(t.text().charAt(0)) || isYear(t.text())) {
            return false;
        }
        return MODEL_NAME.matcher(t.text()).matches() && !QUANTITY.matcher(t.text()).matches();
    }

    /** A word that opens with a digit and holds letters or signs of a model name ("3DO", "68k", "8085"). */
    private static final Pattern MODEL_NAME = Pattern.compile("[0-9][0-9A-Za-z+./-]*");
    /** A number, a percentage, an ordinal or a decade ("1,200", "5%", "3rd", "80s"): no model name. */
    private static final Pattern QUANTITY = Pattern.compile("[0-9.,]+%?|[0-9]+(st|nd|rd|th|s)");

    /** Words that open a parenthesised sub-list after a list member ("[A] ( including B , C ) , [D]"). */
    private static final Set<String> SUB_LIST_OPENERS = Set.of("including", "incl.", "e.g.", "notably", "especially",
            "mainly", "mostly", "like", "such");

    /** The most units a parenthesised sub-list holds, its parentheses included ({@link #skipSubList}). */
    private static final int MAX_SUB_LIST = 16;

    /**
     * The unit after a parenthesised sub-list at unit {@code p} after a list member, when the outer list goes on
     * after it ("on [A] ( including B , C and other systems ) , [D] and [E]"): "(" and an exemplar word
     * ("including", "such as", "e.g.", "notably" ...), up to {@value #MAX_SUB_LIST} units with no other parenthesis
     * and no clause boundary, ")", then a comma or a conjunction and a name (after a determiner at most). The
     * sub-list's members are examples of the member before it, no members of the outer list; {@code p} itself when
     * no such sub-list is there.
     */
    static int skipSubList(SentenceUnits units, int p) {
        if (!"(".equals(units.plainWord(p)) || !units.plainWordIn(p + 1, SUB_LIST_OPENERS)) {
            return p;
        }
        for (int v = p + 2; v < units.size() && v < p + MAX_SUB_LIST; v++) {
            String w = units.plainWord(v);
            if (")".equals(w)) {
                int q = skipJoiner(units, v + 1);
                if (q == v + 1) {
                    return p;
                }
                q = units.plainWordIn(q, Cues.DETERMINERS) ? q + 1 : q;
                return units.mention(q) != null ? v + 1 : p;
            }
            if ("(".equals(w) || (w != null && Cues.BOUNDARIES.contains(w)) || !units.crossable(v)) {
                return p;
            }
        }
        return p;
    }

    /**
     * True when unit {@code u}, inside a sub-list of examples ({@link #skipSubList}), is a name that stands as one of
     * its members: after the example word, a comma or a conjunction, and before a comma, a conjunction or ")".
     */
    static boolean subListMember(SentenceUnits units, int u) {
        int before = units.plainWordIn(u - 1, Cues.DETERMINERS) ? u - 2 : u - 1;
        boolean opens = units.plainWordIn(before, SUB_LIST_OPENERS) || units.plainWordIn(before, SUB_LIST_JOINERS)
                || units.followsSuchAs(before + 1);
        return units.mention(u) != null && opens
                && (units.plainWordIn(u + 1, SUB_LIST_JOINERS) || ")".equals(units.plainWord(u + 1)));
    }

    private static final Set<String> SUB_LIST_JOINERS = Set.of(",", "and", "or");

    /** True when unit {@code u} is a plain word that starts with a capital letter. */
    private static boolean capitalised(SentenceUnits units, int u) {
        Token t = units.mention(u) == null ? units.token(u) : null;
        return t != null && !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0));
    }

    /**
     * The preposition that introduces a slot starting at unit {@code at} ("to" of "ported to [A]", also past a
     * determiner: "ported to the [A]"), lower case, or
     * null when the word before the slot is no preposition.
     */
    static String introducingPreposition(SentenceUnits units, int at) {
        int before = prepositionUnit(units, at);
        return before >= 0 ? units.plainWord(before) : null;
    }

    /**
     * True when the slot starting at unit {@code at} follows a name and its preposition ("[A] for [P]"): the phrase
     * may be the first of pairs ("[A] for [P] , and [B] for [Q]"), see {@link #startsPair}.
     */
    static boolean followsNamedPreposition(SentenceUnits units, int at) {
        int before = prepositionUnit(units, at);
        return before >= 1 && units.mention(before - 1) != null;
    }

    /** The unit of the preposition that introduces a slot starting at unit {@code at}, or -1 (see above). */
    private static int prepositionUnit(SentenceUnits units, int at) {
        int before = at - 1;
        if (units.plainWordIn(before, Cues.DETERMINERS) && units.mention(at) != null) {
            // "ported to the [A]" when the rule's pattern took the determiner itself
            before--;
        }
        return before >= 0 && units.mention(before) == null && units.isPos(before, Cues.PREPOSITION_POS) ? before : -1;
    }

    /**
     * True when the unit {@code u} after a would-be list member says the slot's preposition again: in "[A] for [P] ,
     * and [B] for [Q]" (or "... [B] under the OS") the name [B] opens a pair of its own, so it is no second member of
     * the slot after "for" (A is not for B, and B is not for P). {@code preposition} is the slot's, or null.
     */
    static boolean startsPair(SentenceUnits units, int u, String preposition) {
        return preposition != null && preposition.equals(units.plainWord(u));
    }

    /**
     * The unit after the slot's preposition said again at unit {@code u} after a list's comma or conjunction ("to [A]
     * , [B] , and to [C]"), or {@code u} when it is not there.
     */
    static int skipRepeatedPreposition(SentenceUnits units, int u, String preposition) {
        return preposition != null && preposition.equals(units.plainWord(u)) ? u + 1 : u;
    }

    /**
     * The unit where a parallel phrase after a list member ends, at the comma or conjunction that goes on to the
     * next member: the phrase opens at unit {@code p} with a preposition and holds up to {@value #MAX_PHRASE} units,
     * and the next member carries a phrase with the same preposition ("uses [A] for error detection , [B] for
     * correction and [C] for retries"). {@code p} itself when no such phrase is there: without the parallel the
     * phrase may close the list ("for [A] , [B] in 2000 and [C] ..." is no list of three).
     */
    static int skipParallelPhrase(SentenceUnits units, int p) {
        String preposition = preposition(units, p);
        if (preposition == null) {
            return p;
        }
        int end = phraseEnd(units, p);
        boolean names = !PARALLEL_PREPOSITIONS.contains(preposition);
        if (end == p + 1 || (names && holdsName(units, p, end))) {
            return p;
        }
        int q = skipJoiner(units, end);
        if (q == end) {
            return p;
        }
        if (units.plainWordIn(q, Cues.DETERMINERS)) {
            q++;
        }
        if (units.mention(q) == null) {
            return p;
        }
        int after = units.skipTail(q + 1);
        int afterEnd = phraseEnd(units, after);
        return preposition.equals(preposition(units, after)) && afterEnd > after + 1
                && !(names && holdsName(units, after, afterEnd)) ? end : p;
    }

    /** The unit after a comma, a conjunction or both at {@code p} (", and"); {@code p} itself when neither is there. */
    private static int skipJoiner(SentenceUnits units, int p) {
        int q = p;
        if (",".equals(units.plainWord(q))) {
            q++;
        }
        if (units.plainWordIn(q, Cues.CONJUNCTIONS)) {
            q++;
        }
        return q;
    }

    /**
     * Prepositions that introduce the platforms of a release ("released for", "ported to", "available on"): after a
     * dated phrase, a later member may be introduced by another of them ("ported to [A] in 2002 , on [B] in 2010").
     */
    private static final Set<String> PLATFORM_PREPOSITIONS = Set.of("for", "on", "onto", "to");

    /** Prepositions that open a dated phrase after a member ("in 2007", "since January 2014", "on November 8 , 2011"). */
    private static final Set<String> DATE_PREPOSITIONS = Set.of("in", "on", "since", "during", "until", "from");

    /** The most units of one phrase of a dated run, its preposition included ({@link #skipDatedPhrases}). */
    private static final int MAX_DATED_PHRASE = 6;

    /** Month names: a word of a date. */
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    /**
     * The unit where a run of dated phrases after a platform member ends, at the comma or conjunction that goes on to
     * the next member, for a slot that a release preposition introduces ("released for [A] in 2007 in Japan and in
     * 2008 in the West , for [B] and [C] in 2016", "made available for [A] in August 2013 , [B] since January 2014",
     * "ported to the [A] in 2002 , [B] in 2004 , on [C] in 2010"). The run is one or more phrases of a date or place
     * preposition with plain words only (no tagged name, no verb, no parenthesis; an untyped name is a place), joined by "and" or nothing, with a year or
     * a month among its words; the next member comes after a comma or conjunction, a release preposition at most and
     * a determiner, and is followed by another dated phrase, a comma, a conjunction or the end of the clause (not a
     * verb of a clause of its own). {@code p} itself when no such run is there: "for the [NES] in [North America] and
     * [Europe] in 1987" names places inside the phrase, and "released for [A] in 1990 , and [B] was ..." starts a
     * new clause.
     */
    static int skipDatedPhrases(SentenceUnits units, int p, String preposition) {
        if (preposition == null || !PLATFORM_PREPOSITIONS.contains(preposition)) {
            return p;
        }
        int end = datedRunEnd(units, p);
        if (end == p) {
            return p;
        }
        int q = skipJoiner(units, end);
        if (q == end) {
            return p;
        }
        q = skipPlatformPreposition(units, q);
        if (units.plainWordIn(q, Cues.DETERMINERS)) {
            q++;
        }
        if (units.mention(q) == null) {
            return p;
        }
        int after = units.skipTail(q + 1);
        String w = units.plainWord(after);
        boolean goesOn = after >= units.size() || datedRunEnd(units, after) != after
                || (w != null && (",".equals(w) || Cues.CONJUNCTIONS.contains(w) || !units.crossable(after)));
        return goesOn && !units.plainWordIn(after, Cues.POSSESSIVES) ? end : p;
    }

    /**
     * The unit after a release preposition at unit {@code u} that introduces a member after a dated phrase ("[A] in
     * 2002 , on [B]"), or {@code u}.
     */
    static int skipPlatformPreposition(SentenceUnits units, int u) {
        return units.plainWordIn(u, PLATFORM_PREPOSITIONS) ? u + 1 : u;
    }

    /**
     * The unit after a run of dated phrases that starts at unit {@code p} (see {@link #skipDatedPhrases}), or
     * {@code p} when none starts there or the run holds no year or month.
     */
    private static int datedRunEnd(SentenceUnits units, int p) {
        int v = p;
        boolean dated = false;
        while (units.plainWordIn(v, DATE_PREPOSITIONS)) {
            int w = v + 1;
            for (; w < units.size() && w <= v + MAX_DATED_PHRASE; w++) {
                if (units.mention(w) != null && Mention.UNTYPED.equals(units.mention(w).type())) {
                    // "in 2007 in Japan": a place the name finder took for an untyped name
                    continue;
                }
                String word = units.plainWord(w);
                if (word == null || !units.crossable(w) || units.isVerb(w) || units.isPos(w, Cues.VERB_POS)
                        || "(".equals(word) || ")".equals(word) || Cues.CONJUNCTIONS.contains(word)
                        || (units.isPos(w, Cues.PREPOSITION_POS) && w > v + 1)) {
                    break;
                }
                if (",".equals(word)) {
                    // "on November 8 , 2011 ,": the year after the day belongs to the date
                    if (isYear(units.plainWord(w + 1))) {
                        continue;
                    }
                    break;
                }
                dated |= isYear(word) || MONTHS.contains(word);
            }
            if (w == v + 1) {
                return p;
            }
            v = w;
            // "in 2007 in Japan and in 2008 in the West": phrases joined by "and" stay one run
            if (units.plainWordIn(v, Set.of("and")) && units.plainWordIn(v + 1, DATE_PREPOSITIONS)
                    && datedRunEnd(units, v + 1) != v + 1) {
                v++;
            }
        }
        return dated ? v : p;
    }

    /** True when the word is a year ("2007", "1990s"). */
    private static boolean isYear(String w) {
        return w != null && w.matches("1[89]\\d\\d|20\\d\\d|1[89]\\d0s|20\\d0s");
    }

    /** True when a unit in {@code (from, to)} is a mention. */
    private static boolean holdsName(SentenceUnits units, int from, int to) {
        for (int v = from + 1; v < to; v++) {
            if (units.mention(v) != null) {
                return true;
            }
        }
        return false;
    }

    /** The unit after the parallel phrase that opens at unit {@code p} (the last member's own), or {@code p}. */
    static int ownPhraseEnd(SentenceUnits units, int p) {
        if (preposition(units, p) == null) {
            return p;
        }
        int end = phraseEnd(units, p);
        boolean closed = end >= units.size() || !units.crossable(end) || ",".equals(units.plainWord(end))
                || units.plainWordIn(end, Cues.CONJUNCTIONS);
        return end > p + 1 && closed ? end : p;
    }

    /** The most units between the ", a" that opens a member's description and the joint after it. */
    private static final int MAX_DESCRIPTION = 10;

    /**
     * Where the description of the name before the joint at unit {@code joint} opens (its comma), when the name at
     * unit {@code member} after the joint carries a description of its own too; -1 otherwise. "[A] , a text editor
     * for [P] , and [B] , a file manager for [Q]" joins A and B, each described ({@link Node.Slot#fills}): B joins no
     * list that opens inside A's description (P's: "for [P] , and [B]"); and when B's description is not closed by a
     * comma, no subject list either, since its words would be read as what the list does ("[A] , a compiler for [P] ,
     * and [B] , a debugger written in [C]" says nothing of A's language). A closed description leaves the list whole
     * ("[A] , a compiler , and [B] , a debugger , are written in [C]") but is never read as the list's predicate.
     */
    static int parallelDescription(SentenceUnits units, int joint, int member) {
        if (!opensDescription(units, member + 1)) {
            return -1;
        }
        int v = joint - 1;
        if (",".equals(units.plainWord(v))) {
            v--; // the comma that closed the earlier name's description
        }
        for (int count = 0; count < MAX_DESCRIPTION && v > 0; count++, v--) {
            String w = units.plainWord(v);
            if (",".equals(w)) {
                return opensDescription(units, v) && units.mention(v - 1) != null ? v : -1;
            }
            if (!units.crossable(v) || "(".equals(w) || ")".equals(w) || units.plainWordIn(v, Cues.CONJUNCTIONS)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * True when a description with the singular article opens at unit {@code u}, after the last member of a list: "[A]
     * , [B] , and [C] , a fork of [D] ," describes C alone, unlike "[A] and [B] , the two forks of [D] ,".
     */
    static boolean opensSingularDescription(SentenceUnits units, int u) {
        if (!",".equals(units.plainWord(u)) || !units.plainWordIn(u + 1, SINGULAR_ARTICLES)) {
            return false;
        }
        // "[A] , [B] and [C] , a family of Unix-like systems": a collective noun describes the whole list
        return !units.plainWordIn(u + 2, COLLECTIVE_NOUNS) && !units.plainWordIn(u + 3, COLLECTIVE_NOUNS);
    }

    private static final Set<String> SINGULAR_ARTICLES = Set.of("a", "an");

    /** Nouns whose singular names a group: "a family of", "a pair of", "a suite of". */
    private static final Set<String> COLLECTIVE_NOUNS = Set.of("family", "set", "group", "series", "pair", "suite",
            "collection", "trio", "number", "range", "variety", "line", "combination", "bundle", "couple", "list",
            "cluster", "class", "lineage");

    /** True when a description of the name before unit {@code u} opens there: ", a ...", ", the ...", ", developed". */
    private static boolean opensDescription(SentenceUnits units, int u) {
        return ",".equals(units.plainWord(u))
                && (units.plainWordIn(u + 1, Cues.DETERMINERS) || units.isVerb(u + 1));
    }

    /** The lower-case preposition at unit {@code p}, or null. */
    private static String preposition(SentenceUnits units, int p) {
        String w = units.plainWord(p);
        return w != null && units.isPos(p, Cues.PREPOSITION_POS) && SentenceUnits.isLowerCaseWord(w) ? w : null;
    }

    /** The first unit after {@code p} that is a comma, a conjunction, a clause boundary or past the phrase's reach. */
    private static int phraseEnd(SentenceUnits units, int p) {
        int v = p + 1;
        for (; v < units.size() && v <= p + MAX_PHRASE; v++) {
            String w = units.plainWord(v);
            // a verb ends the phrase ("... , [B] supports ..."), a gerund does not ("for rendering")
            if (w != null && (PHRASE_STOPS.contains(w) || !units.crossable(v) || (units.isVerb(v) && !w.endsWith("ing")))) {
                break;
            }
        }
        return v;
    }
}
