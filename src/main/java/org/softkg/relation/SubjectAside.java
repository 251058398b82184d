package org.softkg.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;

/**
 * An aside in commas between a sentence's opening name and its verb: "[X] , which is written in [Y] , runs on [Z]", "[X] , whose source
 * code is open , is based on [Z]", "[X] , first released in 2004 , is based on [Z]". The rules read a name right before
 * its verb, so the main predicate is read again as a {@link CarriedSubject.Clause} of the name without the aside:
 * "[X] runs on [Z]", "[X] is based on [Z]" (the aside's own facts are read from the sentence itself).
 *
 * <p>The name opens its sentence ({@link SentenceStarts}; "The" before it allowed). The aside opens right after the
 * name's comma with a relative pronoun ("which", "who", "whose", "that") or with
 * a past participle (adverbs before it allowed); it ends at the next comma within {@value #MAX_ASIDE} tokens with no
 * clause boundary or parenthesis before it; after that comma (and adverbs) comes a verb. A prepositional phrase on a
 * name right after the subject is passed the same way ("The [X] in [Y] incorporated code from [Z]"). Stateless.
 */
final class SubjectAside {

    /** The most tokens of an aside, its comma excluded. */
    static final int MAX_ASIDE = 20;
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "whose", "that");
    /** Prepositions of a phrase on a name between the subject and its verb ("The [X] in [Y] incorporated ..."). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "on", "for", "under", "from", "at");
    /** Past participles not in "-ed" that open an aside ("[X] , known as Y , is ..."). */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("known", "written", "built", "made", "sold",
            "begun", "shown", "given", "run", "held");
    /** Participles of an aside that names the subject again ("known as", "called", "titled"). */
    private static final Set<String> NAMING_PARTICIPLES = Set.of("known", "called", "named", "titled", "entitled",
            "dubbed", "renamed", "retitled");
    /** Tokens that end a clause: the aside must close with its comma before one. */
    private static final Set<String> CLAUSE_ENDS = Set.of(";", ":", ".", "!", "?", "(", ")");

    private SubjectAside() {
    }

    /** The readings of {@code sentence} past asides after its names. */
    static List<CarriedSubject.Clause> of(Sentence sentence, List<Mention> mentions) {
        List<CarriedSubject.Clause> out = new ArrayList<>();
        List<Integer> starts = SentenceStarts.of(sentence);
        for (Mention m : mentions) {
            if (m.entity() == null || !opensSentence(sentence, starts, m.span().start())) {
                continue;
            }
            int verb = verbAfterAside(sentence, m.span().end());
            if (verb < 0) {
                verb = verbAfterPlaceName(sentence, mentions, m.span().end());
            }
            if (verb > 0) {
                out.add(CarriedSubject.Clause.carried(sentence, m, verb));
            }
        }
        return out;
    }

    /**
     * True when a name at {@code start} opens its sentence, after "The" at most: the subject, not an object with an
     * aside of its own ("running [X] , based on Y , developed by Z").
     */
    private static boolean opensSentence(Sentence s, List<Integer> starts, int start) {
        return starts.contains(start)
                || start > 0 && starts.contains(start - 1) && "the".equals(SentenceUnits.lower(s.token(start - 1).text()));
    }

    /**
     * The index of the main verb after a prepositional phrase on a name right after the subject, or -1: "The
     * [Quill Client] in [Kappa 2.6] ( 2006 ) incorporated code from [Zeta]" (twentieth session). The phrase is a
     * preposition of place or purpose ({@link #PLACE_PREPOSITIONS}; "of" is left out: "X of Y" names a part or a
     * variant), "the" at most, a name, a parenthesis at most, and the verb at once (past adverbs).
     */
    private static int verbAfterPlaceName(Sentence s, List<Mention> mentions, int at) {
        int n = s.size();
        if (at >= n || !PLACE_PREPOSITIONS.contains(s.token(at).text())) {
            return -1;
        }
        int start = at + 1;
        if (start < n && "the".equals(s.token(start).text())) {
            start++;
        }
        Mention name = null;
        for (Mention m : mentions) {
            if (m.entity() != null && m.span().start() == start) {
                name = m;
            }
        }
        if (name == null) {
            return -1;
        }
        int i = name.span().end();
        while (i < n && i < name.span().end() + 2 && "NUM".equals(s.token(i).pos())) {
            i++; // the release the version splitter took off the name: "in [Kappa] 2.6"
        }
        if (i < n && "(".equals(s.token(i).text())) {
            int close = CarriedSubject.closingParenthesis(s, i);
            if (close < 0) {
                return -1;
            }
            i = close + 1;
        }
        int v = SentenceUnits.skipAdverbs(s, i);
        return v < n && Cues.VERB_POS.contains(s.token(v).pos()) && SentenceUnits.isLowerCaseWord(s.token(v).text())
                ? v : -1;
    }

    /** The index of the main verb after an aside that opens with the comma at {@code comma}, or -1. */
    private static int verbAfterAside(Sentence s, int comma) {
        int n = s.size();
        if (comma + 2 >= n || !",".equals(s.token(comma).text())) {
            return -1;
        }
        int open = SentenceUnits.skipAdverbs(s, comma + 1);
        if (open >= n) {
            return -1;
        }
        String first = s.token(open).text();
        boolean relative = RELATIVE_PRONOUNS.contains(SentenceUnits.lower(first));
        boolean participle = "VERB".equals(s.token(open).pos()) && SentenceUnits.isLowerCaseWord(first)
                && (first.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(first));
        if (!relative && !participle) {
            return -1;
        }
        // "[X] , known as [Batman of the Future : Return of the Joker] in Europe , is ...": a naming aside holds a
        // title, whose colon is no clause boundary (session 24)
        boolean naming = NAMING_PARTICIPLES.contains(first);
        for (int i = open + 1; i < n && i <= comma + MAX_ASIDE; i++) {
            String w = s.token(i).text();
            if (CLAUSE_ENDS.contains(w) && !(naming && ":".equals(w))) {
                return -1;
            }
            if (",".equals(w)) {
                int v = SentenceUnits.skipAdverbs(s, i + 1);
                return v < n && Cues.VERB_POS.contains(s.token(v).pos()) ? v : -1;
            }
        }
        return -1;
    }
}
