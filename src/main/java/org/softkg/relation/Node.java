package org.softkg.relation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.softkg.mention.BasedNameSplitter;
import org.softkg.mention.ClosedClass;
import org.softkg.model.Mention;
import org.softkg.model.Token;

/**
 * One element of a compiled pattern. Matching is backtracking with continuations: a node matches at
 * a unit and calls {@code next} with each unit where it could end, most preferred first, until
 * {@code next} accepts.
 */
sealed interface Node {

    /** Tries to match at unit {@code at}; true once {@code next} accepted an end. */
    boolean match(MatchState state, int at, Next next);

    /** Adds what every match of this node needs in the sentence (for the rule pre-check). */
    void requirements(List<Requirement> out);

    /** The rest of a match, given where the node ended. */
    @FunctionalInterface
    interface Next {
        boolean at(int unit);
    }

    /** Which property of a one-token unit a {@link Test} compares. */
    enum Field { WORD, LEMMA, POS }

    /** A bare word (case-insensitive text), {@code [lemma|lemma]} or {@code <POS|POS>}: one token. */
    record Test(Field field, Set<String> values) implements Node {
        public Test {
            values = Set.copyOf(values);
        }

        @Override
        public boolean match(MatchState state, int at, Next next) {
            return accepts(state, at) && next.at(at + 1);
        }

        /** True when unit {@code at} is such a token (the match then ends at the next unit). */
        boolean accepts(MatchState state, int at) {
            if (at >= state.units.size()) {
                return false;
            }
            Token t = state.units.token(at);
            if (t == null) {
                return false;
            }
            String v = switch (field) {
                case WORD -> state.units.word(at);
                case LEMMA -> t.lemma();
                // a nationality word is an adjective whatever the tagger says ("a Soviet [X] clone": PROPN)
                case POS -> ClosedClass.NATIONALITY_ADJECTIVES.contains(t.text()) ? "ADJ" : t.pos();
            };
            if (field != Field.POS && state.units.isTitleCaseInside(at)) {
                // "... NetBSD and Solaris Uses OpenLDAP": a cue written as a heading is a table cell, not prose
                return false;
            }
            return v != null && values.contains(v);
        }

        @Override
        public void requirements(List<Requirement> out) {
            if (field == Field.WORD) {
                out.add(new Requirement(values, Set.of()));
            } else if (field == Field.LEMMA) {
                out.add(new Requirement(Set.of(), values));
            }
        }
    }

    /** {@code !word}, {@code ![lemma]}, {@code !<POS>}: the next unit is not such a token; consumes nothing. */
    record Not(Test test) implements Node {
        @Override
        public boolean match(MatchState state, int at, Next next) {
            return !test.accepts(state, at) && next.at(at);
        }

        @Override
        public void requirements(List<Requirement> out) {
        }
    }

    /**
     * {@code ^}: the match is at the start of the sentence, or right after a token that opens a clause of its own
     * (". ; : (" or a quote); consumes nothing. "^ Developed by X , Y ..." is a fronted participle, unlike
     * "... was developed by X , Y ...".
     */
    record ClauseStart() implements Node {
        @Override
        public boolean match(MatchState state, int at, Next next) {
            return (at == 0 || state.units.plainWordIn(at - 1, Cues.CLAUSE_OPENERS)) && next.at(at);
        }

        @Override
        public void requirements(List<Requirement> out) {
        }
    }

    /** Items in order. */
    record Sequence(List<Node> items) implements Node {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public boolean match(MatchState state, int at, Next next) {
            return from(0, state, at, next);
        }

        private boolean from(int i, MatchState state, int at, Next next) {
            // a run of one-token tests needs no continuation: each ends one unit on
            int k = i;
            int unit = at;
            while (k < items.size() && items.get(k) instanceof Test test) {
                if (!test.accepts(state, unit)) {
                    return false;
                }
                k++;
                unit++;
            }
            if (k == items.size()) {
                return next.at(unit);
            }
            int item = k;
            return items.get(item).match(state, unit, p -> from(item + 1, state, p, next));
        }

        @Override
        public void requirements(List<Requirement> out) {
            for (Node n : items) {
                n.requirements(out);
            }
        }
    }

    /** {@code (a | b c)}: the first alternative that leads to a whole match. */
    record Choice(List<Node> alternatives) implements Node {
        public Choice {
            alternatives = List.copyOf(alternatives);
        }

        @Override
        public boolean match(MatchState state, int at, Next next) {
            for (Node alternative : alternatives) {
                if (alternative.match(state, at, next)) {
                    return true;
                }
            }
            return false;
        }

        /** Needs one of the first requirements of its alternatives, when each has one. */
        @Override
        public void requirements(List<Requirement> out) {
            Requirement any = new Requirement(Set.of(), Set.of());
            for (Node alternative : alternatives) {
                List<Requirement> own = new ArrayList<>();
                alternative.requirements(own);
                if (own.isEmpty()) {
                    return;
                }
                any = any.or(own.getFirst());
            }
            out.add(any);
        }
    }

    /** {@code x?}, {@code x*}, {@code x+}, {@code x{m,n}}: greedy repetition. */
    record Repeat(Node node, int min, int max) implements Node {
        @Override
        public boolean match(MatchState state, int at, Next next) {
            return repeat(0, state, at, next);
        }

        private boolean repeat(int count, MatchState state, int at, Next next) {
            if (count < max && node.match(state, at, p -> (p > at || count < min) && repeat(count + 1, state, p, next))) {
                return true;
            }
            return count >= min && next.at(at);
        }

        @Override
        public void requirements(List<Requirement> out) {
            if (min > 0) {
                node.requirements(out);
            }
        }
    }

    /**
     * {@code ...{m,n}}: m to n units of any kind, fewest first, never over a clause boundary or cue;
     * {@code ~~{m,n}} ({@code wordsOnly}): the same over plain words only, never over a name, so that a slot
     * before it is the nearest name to what follows; a whole parenthesis counts as one unit, whatever it holds,
     * and a closing one without its opening stops the gap, as does a verb at its start (adverbs aside) unless an
     * article comes before the gap ("a widely used [Y] library"): that verb is the predicate of the name before
     * the gap ("[X] developed the editions published for Y"); nor does it
     * start on the comma or conjunction of a list that goes on ("A , [B] , and C robots using ..."): B is one member.
     */
    record Gap(int min, int max, boolean wordsOnly) implements Node {

        Gap(int min, int max) {
            this(min, max, false);
        }

        @Override
        public boolean match(MatchState state, int at, Next next) {
            int p = at;
            // after an article a participle is an adjective of the noun to come ("a widely used [C] library")
            boolean opening = !(at > 0 && state.units.plainWordIn(at - 1, Cues.DETERMINERS));
            boolean ownClause = false;
            for (int count = 0; count <= max; count++, p++) {
                if (count >= min && !ownClause && next.at(p)) {
                    return true;
                }
                if (p >= state.units.size() || !state.units.crossable(p)) {
                    return false;
                }
                if (wordsOnly && p == at && at > 0 && (state.units.isModifierName(at - 1)
                        || state.units.continuesList(at))) {
                    return false;
                }
                if (wordsOnly && "(".equals(state.units.plainWord(p))) {
                    p = state.units.closingParenthesis(p);
                    if (p < 0) {
                        return false;
                    }
                } else if (wordsOnly && (!state.units.wordsOnlyCrossable(p)
                        || (opening && state.units.isVerb(p)))) {
                    return false;
                }
                if (wordsOnly) {
                    ownClause = ownsNextWords(state.units, p, ownClause);
                }
                opening &= state.units.isAdverb(p);
            }
            return false;
        }

        /**
         * Whether the words after unit {@code p} belong to a phrase with a head of its own rather than to the
         * name before the gap: after ", with" ("[X] , with a richer type system based on Y", "[X] was the scalar
         * processor , with the vector processor designed by Y") a participle describes the with-phrase's noun,
         * not X; the next comma ends that phrase.
         */
        private static boolean ownsNextWords(SentenceUnits units, int p, boolean before) {
            String word = units.plainWord(p);
            if (",".equals(word)) {
                return false;
            }
            return before || ("with".equals(word) && p > 0 && ",".equals(units.plainWord(p - 1)));
        }

        @Override
        public void requirements(List<Requirement> out) {
        }
    }

    /**
     * Where a slot's phrase that starts at unit {@code at} reaches its first name, past words that any slot passes:
     * the class noun before examples, a determiner and the adjectives of an object, "both" or "either".
     *
     * @param at   the unit the slot starts at
     * @param unit the unit past those words
     * @param pair "both" or "either" opened the phrase: a pair, no list fills of one name
     */
    record Opening(int at, int unit, boolean pair) {

        /** The opening of a phrase at unit {@code at}; a possessor slot passes no class noun. */
        static Opening at(SentenceUnits units, int at, boolean possessor) {
            // "other games like [A] , [B]": a class noun phrase with an exemplar list is filled by the list
            int p = possessor ? at : units.skipExemplarHead(at);
            if (!possessor && p == at) {
                // "such as webcams or [A] , [B]": a common noun opening the examples names a kind, the list goes on
                p = ListJoints.skipCommonFirstExample(units, p);
            }
            if (units.afterPrepositionOrVerb(p)) {
                // "uses a combination of [A] and [B]": the phrase is about what follows "of" (session 20)
                p = units.skipPartitiveHead(p);
            }
            int named = units.afterPrepositionOrVerb(p) ? units.skipNamingPhrase(p) : p;
            if (named != p) {
                // "based on a kernel called [Darwin]": the naming phrase stands for the name it introduces
                p = named;
            } else if (units.plainWordIn(p, Cues.DETERMINERS) && units.mention(p + 1) != null) {
                p++;
            } else if (units.plainWordIn(p, Cues.DETERMINERS) && units.afterPrepositionOrVerb(p)) {
                // "based on the open source [Eclipse] framework": adjectives after the determiner of an object
                // (not after a copula: "is a free [Unix-like system]" describes, it names no object)
                int modified = units.skipListModifiers(p);
                // "written in the programming language [Rust]": a kind noun in apposition before the name (session 24)
                p = modified != p ? modified : units.skipKindApposition(p);
            }
            boolean pair = units.plainWordIn(p, Cues.PAIR_OPENERS);
            if (pair) {
                p++;
            }
            if (!possessor) {
                // "uses [Contoso] [Zeta 6]": the maker's name only qualifies the product's (session 20)
                p = units.skipMakerQualifier(p);
            }
            return new Opening(at, p, pair);
        }

        /** True when a name stands where the phrase opens: else no slot can be filled there. */
        boolean named(SentenceUnits units) {
            return units.mention(unit) != null;
        }
    }

    /**
     * {@code {S}} or {@code {O}}: one mention, or a coordinated list of them ("A , B and C"), each
     * optionally followed by a version or a parenthesis; longest list first. A possessor ("[Oracle] 's
     * database") fills no slot: the phrase names something else.
     */
    record Slot(SlotSpec spec) implements Node {

        @Override
        public boolean match(MatchState state, int at, Next next) {
            List<SlotFill> fills = state.fills.at(this, at);
            for (SlotFill fill : fills) {
                state.bind(spec.subject(), fill);
                if (next.at(fill.end())) {
                    return true;
                }
            }
            state.bind(spec.subject(), null);
            return false;
        }

        /** The ways this slot can match at unit {@code at}, longest first. */
        List<SlotFill> fills(SentenceUnits units, int at) {
            return fills(units, Opening.at(units, at, spec.possessor()));
        }

        /** The ways this slot can match where its phrase opens ({@code start}), longest first. */
        List<SlotFill> fills(SentenceUnits units, Opening start) {
            if (!start.named(units)) {
                return List.of();
            }
            int p = start.unit();
            boolean pair = start.pair();
            int at = start.at();
            if (units.isBasedModifier(p) && !spec.heads().contains(units.headLemma(units.mention(p)))) {
                // "the [Presto]-based [Opera]": the base only qualifies the name after it
                p++;
            }
            p = units.skipAgentQualifier(p);
            // a slot that opens after a possessive ("[Contoso] 's [A] and [Kappa] 's [B]") takes no owned members
            boolean owned = units.isOwned(p);
            if (!spec.possessor()) {
                // "based on [IBM] 's [ISAM]": the owned name fills the slot, never its possessor
                p = units.skipPossessor(p);
            }
            int opening = p;
            Filler head = filler(units, p);
            if (head == null) {
                return List.of();
            }
            if (spec.possessor()) {
                // "the [C64] 's BASIC": an untyped possessor with a digit is a product model, no maker or whole
                boolean model = Mention.UNTYPED.equals(head.mention().type())
                        && head.mention().text().chars().anyMatch(Character::isDigit);
                return pair || model || !units.plainWordIn(p + 1, Cues.POSSESSIVES) ? List.of()
                        : List.of(new SlotFill(List.of(head), p + 2));
            }
            List<Filler> items = new ArrayList<>();
            items.add(head);
            int bare = p + 1;
            p = units.skipTail(bare);
            List<SlotFill> out = new ArrayList<>();
            if (!pair) {
                addRelative(out, items, units, opening, p);
                addFill(out, items, bare, p);
                addHeaded(out, items, units, opening, p);
            }
            // "( such as [A] , [Contoso] 's [B] , [C] and [D] )": a possessor inside an outer list owns its one name
            boolean inOuterList = owned && ListJoints.possessorInList(units, opening);
            boolean lastJoined = true;
            // "ported to [A] , [B] , and to [C]": the slot's preposition may come again before a member
            String preposition = ListJoints.introducingPreposition(units, at);
            boolean pairs = ListJoints.followsNamedPreposition(units, at);
            boolean parallel = false;
            while (!inOuterList) {
                p = units.skipPlaceQualifier(p);
                // "uses the [A] solver package and [B]", "the [A] protocol , the [B] protocol and [C]": a member's own
                // head noun before the joint to the next member (s17)
                p = ListJoints.skipMemberHeadNoun(units, p);
                // "on [A] ( including B , C ) , [D] and [E]": a sub-list of examples of one member, whose names are
                // members too (lists15)
                int subList = ListJoints.skipSubList(units, p);
                for (int v = p + 2; v < subList - 1; v++) {
                    Filler example = ListJoints.subListMember(units, v) ? member(units, v) : null;
                    if (example != null) {
                        items.add(example);
                    }
                }
                p = subList;
                // "uses [A] for x , [B] for y and [C] for z": a phrase each member carries
                int phrase = ListJoints.skipParallelPhrase(units, p);
                // "released for [A] in 2007 , for [B] in 2016 , and on [C] in 2017": dated phrases between members
                int dated = phrase == p ? ListJoints.skipDatedPhrases(units, p, preposition) : p;
                boolean datedRun = dated != p;
                phrase = datedRun ? dated : phrase;
                parallel |= phrase != p;
                p = phrase;
                int q = p;
                // "[A] , [B] / [C] , and [D]": a slash pairs two members as a comma does
                if (",".equals(units.plainWord(q)) || "/".equals(units.plainWord(q)) && units.mention(q + 1) != null) {
                    q++;
                }
                boolean joined = units.plainWordIn(q, Cues.CONJUNCTIONS)
                        || units.joinsRange(q, items.getLast().mention());
                if (joined) {
                    q = ListJoints.skipAdverb(units, q + 1, preposition);
                } else if (ListJoints.skipAsWellAs(units, q) != q) {
                    joined = true;
                    q = ListJoints.skipAsWellAs(units, q);
                }
                if (q == p) {
                    break;
                }
                int again = ListJoints.skipRepeatedPreposition(units, q, preposition);
                q = again == q && datedRun ? ListJoints.skipPlatformPreposition(units, q) : again;
                int afterJoin = q;
                q = units.skipListModifiers(q);
                if (!owned) {
                    // "the [A] , [Contoso] 's [B] and [Kappa] 's [C]": each member names the owned system
                    int ownedAt = units.skipPossessor(units.plainWordIn(q, Cues.DETERMINERS) ? q + 1 : q);
                    q = ownedAt != q && ownedAt != q + 1 ? ownedAt : q;
                }
                Filler more = member(units, q);
                // "[A] , a text editor for [P] , and [B] , a file manager for [Q]": members described each
                int described = more == null ? -1 : ListJoints.parallelDescription(units, p, q);
                boolean closedDescription = described >= 0 && units.skipTail(q + 1) != q + 1;
                if (described >= 0 && (described < at || spec.subject() && !closedDescription)) {
                    break;
                }
                int untagged = more == null ? ListJoints.skipUntaggedName(units, q, joined) : q;
                if (more == null && untagged == q && afterJoin != q) {
                    // "[A] , the Contoso Commons [wiki] , [B]": the modifiers skipped were the member's own words
                    int fromJoin = ListJoints.skipUntaggedName(units, afterJoin, joined);
                    untagged = fromJoin != afterJoin ? fromJoin : q;
                }
                if (untagged != q) {
                    // "for [A] , [B] , PlayStation 4 , and [C]": a name the tags missed is a member without a fact
                    lastJoined = joined;
                    bare = untagged;
                    p = units.skipTail(bare);
                    if (joined && !parallel) {
                        addFill(out, items, bare, p);
                    }
                    continue;
                }
                if (more == null) {
                    if (!lastJoined && items.size() >= 2 && q > p
                            && (units.plainWordIn(afterJoin, joined ? Cues.LIST_TAILS : Cues.LIST_ENDS)
                                || (joined && ListJoints.isCommonNounMember(units, afterJoin)))) {
                        // "A , B , C and some other libraries", "A , B , C , etc.", "A , B and file versioning": the
                        // names before the tail
                        addFill(out, items, bare, p);
                    }
                    break;
                }
                if (pairs && ListJoints.startsPair(units, units.skipTail(q + 1), preposition)) {
                    break; // "[A] for [P] , and [B] for [Q]": pairs, not a list of what A is for
                }
                items.add(more);
                lastJoined = joined;
                bare = q + 1;
                p = units.skipTail(bare);
                if (parallel && joined) {
                    // the last member's own phrase ends the list: "... and [C] for z"
                    p = ListJoints.ownPhraseEnd(units, p);
                    out.add(new SlotFill(items, p));
                    continue;
                }
                // a description of the last member alone is never the list's predicate: "[A] , [B] and [C] , a fork of
                // [D]" says what C is; unclosed, it leaves a subject list nothing to say
                boolean own = described >= 0 || ListJoints.opensSingularDescription(units, bare);
                if (joined && own && p == bare && spec.subject()) {
                    continue;
                }
                if (joined) {
                    // "[A] and [B] , two text editors , are written in ...": the apposition counts the members
                    p = ListJoints.skipCountApposition(units, p);
                    addRelative(out, items, units, opening, p);
                    addFill(out, items, own ? p : bare, p);
                    addHeaded(out, items, units, opening, p);
                } else if (items.size() >= 3 && units.endsEnumeration(p)) {
                    // "including A , B , C ." : an enumeration that runs to the end of the sentence
                    addFill(out, items, bare, p);
                }
            }
            Collections.reverse(out);
            return out;
        }

        /**
         * Adds, preferred least, the fill that ends at the relative pronoun of a clause on the name's description
         * ("[X] is a small editor that runs on ...", "[X] [library] is a tool which is based on ...": see
         * {@link SentenceUnits#skipRelativeDescription}), so that every rule reading "{S} (which|that)? ..." reads
         * the clause as said of the name.
         */
        private static void addRelative(List<SlotFill> out, List<Filler> items, SentenceUnits units, int opening,
                                        int after) {
            int end = units.skipRelativeDescription(after);
            if (end == after && units.mayHead(opening)) {
                int headed = units.skipHeadNoun(after);
                end = headed == after ? after : units.skipRelativeDescription(headed);
            }
            if (end != after) {
                out.add(new SlotFill(items, end));
            }
        }

        /** Adds the fill ending after the absorbed version or parenthesis, and, preferred less, the one without. */
        private static void addFill(List<SlotFill> out, List<Filler> items, int bare, int absorbed) {
            if (absorbed != bare) {
                out.add(new SlotFill(items, bare));
            }
            out.add(new SlotFill(items, absorbed));
        }

        /**
         * Adds, preferred most, the fill that also takes the generic head noun after the last mention ("the
         * [QFN] package is similar to ...", "[VAX] architecture was superseded by ..."), when one follows.
         */
        private static void addHeaded(List<SlotFill> out, List<Filler> items, SentenceUnits units, int opening,
                                      int after) {
            if (!units.mayHead(opening)) {
                return;
            }
            int headed = units.skipHeadNoun(after);
            if (headed != after) {
                out.add(new SlotFill(items, headed));
            }
        }

        private Filler filler(SentenceUnits units, int u) {
            return filler(units, u, true);
        }

        /**
         * A further member of a list the slot's first name opened: one the slot admits, or, when its type is another
         * one, a name all the same ("under the [GPL|License] , the [LGPL|Application] and the [MPL|License]"): the
         * members of one list share their role, and the tags' types are noisy. An untyped member takes no type.
         */
        private Filler member(SentenceUnits units, int u) {
            Filler admitted = filler(units, u, true);
            if (admitted != null) {
                return admitted;
            }
            Filler other = filler(units, u, false);
            return other == null ? null : new Filler(other.mention(), null);
        }

        /** The filler at unit {@code u}, or null; {@code byType}: only a mention the slot admits by type or head. */
        private Filler filler(SentenceUnits units, int u, boolean byType) {
            if (u >= units.size()) {
                return null;
            }
            Mention m = units.mention(u);
            if (m == null || m.entity() == null || (byType && !admits(units, u, m)) || units.afterDemonstrative(u)
                    || (BasedNameSplitter.ASKED_ONLY.contains(units.headLemma(m)) && !spec.heads().contains(units.headLemma(m)))
                    || (!spec.possessor() && units.plainWordIn(u + 1, Cues.POSSESSIVES))
                    || (units.plainWordIn(u + 1, Cues.VARIANT_NOUNS) && "of".equals(units.plainWord(u + 2))
                        && !"-based".equals(units.headLemma(m)) && !spec.heads().contains(units.headLemma(m))
                        && !spec.variantQualifier())) {
                // "[Oracle] 's database", "a [CMOS] version of the Z80", "that [API]": the phrase names something
                // else (but the base of "[ZDoom]-based versions of", and a slot asking for the base of
                // "BSD-licensed implementation of", read the base, and so does a {O}~variant slot: "the [Zeta]
                // version of X"); "[Unix]-like systems" only fills {O:~-like}, "[Zeta]-compatible" {O:~-compatible}, and so the bases of
                // "-developed", "-designed", "-provided" and "-inspired" (BasedNameSplitter.ASKED_ONLY)
                return null;
            }
            return new Filler(m, Mention.UNTYPED.equals(m.type()) ? spec.typeForName(units.headLemma(m)) : null);
        }

        /**
         * True when the slot admits the mention by its type or its head word, or by the head noun written after it
         * ("the [Zeta|Application] programming language" fills {@code {O:Language|~language}}).
         */
        private boolean admits(SentenceUnits units, int u, Mention m) {
            if (spec.admits(m.type(), units.headLemma(m))) {
                return true;
            }
            for (String lemma : units.followingLemmas(u, 2)) {
                if (spec.heads().contains(lemma)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void requirements(List<Requirement> out) {
        }
    }
}
