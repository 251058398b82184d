package org.softkg.relation;

import java.util.Set;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;

/**
 * A cue in a second predicate joined by "and", "but" or "or", whose subject is not the subject mention of the fact
 * (tenth session, whole-pool precision pass). Two shapes:
 * <ul>
 * <li>the conjunction is followed by a verb (past adverbs), so the second predicate shares the subject of its clause,
 * and the subject mention is not that subject: a verb stands before it in its clause ("It emulates [Orbit] with a
 * small shim and requires a [Zeta] partition": It requires, not Orbit; "Orbit was re-released for the [Kappa] and
 * later included as part of [Zeta]"). A comma between the mention and the conjunction leaves it alone: "uses [Orbit]
 * , a broker developed by A and maintained by B" coordinates two participles of an apposition;</li>
 * <li>the conjunction is followed by a noun phrase of plain words and a verb: a new clause with its own subject ("A
 * became [Orbit] after a buyout and the old service became part of [Zeta]"), unless the conjunction follows the
 * mention at once ("[Orbit] and the other tools were ported to [Zeta]": a coordinated subject).</li>
 * </ul>
 */
final class CoordinatedPredicate {

    /** Conjunctions that join two predicates. */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "or");
    /** Parts of speech of a verb. */
    private static final Set<String> VERB_POS = Set.of("VERB", "AUX");
    /** Parts of speech of a plain noun phrase that can be a clause's subject. */
    private static final Set<String> SUBJECT_PHRASE_POS = Set.of("DET", "ADJ", "NUM", "NOUN", "PROPN");

    private CoordinatedPredicate() {
    }

    /** True when the cue between {@code subject} and a later {@code object} sits in a predicate of another subject. */
    static boolean rejects(Sentence sentence, Mention subject, Mention object) {
        return rejects(sentence, subject, object, java.util.List.of());
    }

    /**
     * As {@link #rejects(Sentence, Mention, Mention)}, where {@code listed} are the subjects of the same match: a noun
     * phrase after the conjunction that holds one of them is the last member of the subject's own list ("[Orbit] ,
     * [Quill] , and the [Relay] run on ..."), no new clause.
     */
    static boolean rejects(Sentence sentence, Mention subject, Mention object, java.util.List<Mention> listed) {
        int from = subject.span().end();
        int to = object.span().start();
        boolean comma = false;
        for (int k = from; k < to; k++) {
            String word = sentence.token(k).text();
            comma |= ",".equals(word);
            if (!CONJUNCTIONS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            int i = k + 1;
            while (i < to && "ADV".equals(sentence.token(i).pos())) {
                i++;
            }
            if (i < to && VERB_POS.contains(sentence.token(i).pos())) {
                if (!comma && !beforeNoun(sentence, i + 1) && afterVerbInClause(sentence, subject.span().start())) {
                    return true;
                }
                continue;
            }
            if (!wordBetween(sentence, from, k) || i >= to || !"DET".equals(sentence.token(i).pos())) {
                continue;
            }
            while (i < to && SUBJECT_PHRASE_POS.contains(sentence.token(i).pos())) {
                i++;
            }
            if (i < to && i > k + 2 && finiteVerb(sentence, i) && !holdsListed(listed, k + 1, i)) {
                return true;
            }
        }
        return false;
    }

    /** True when one of the {@code listed} mentions lies within tokens {@code [from, to)}. */
    private static boolean holdsListed(java.util.List<Mention> listed, int from, int to) {
        for (Mention m : listed) {
            if (m.span().start() >= from && m.span().end() <= to) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a noun follows at {@code i}: the "verb" before it is a misread modifier ("A and [foo] packages"), a
     * verb with a bare noun object is no predicate this check can read.
     */
    private static boolean beforeNoun(Sentence sentence, int i) {
        return i < sentence.size() && Cues.NOUN_POS.contains(sentence.token(i).pos());
    }

    /**
     * True when the verb at {@code i} can be finite: an auxiliary, a verb in "-s", or one not in a participle's shape
     * ("-ed", "-en", "-ing": "and a command-line utility developed by" is a noun phrase, no clause).
     */
    private static boolean finiteVerb(Sentence sentence, int i) {
        String pos = sentence.token(i).pos();
        String word = sentence.token(i).text().toLowerCase(java.util.Locale.ROOT);
        return "AUX".equals(pos) || "VERB".equals(pos) && (word.endsWith("s") && !word.endsWith("ss")
                || !word.endsWith("ed") && !word.endsWith("en") && !word.endsWith("ing"));
    }

    /** True when a word other than punctuation or a number (a version: "[Orbit] 2 , and") stands in {@code [from, to)}. */
    private static boolean wordBetween(Sentence sentence, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!"PUNCT".equals(sentence.token(i).pos()) && !"NUM".equals(sentence.token(i).pos())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a verb stands between the start of the clause and token {@code start}; a comma ends the search (a
     * fronted phrase: "Though launched for A , [Orbit] was ...").
     */
    private static boolean afterVerbInClause(Sentence sentence, int start) {
        for (int i = start - 1; i >= 0; i--) {
            String word = sentence.token(i).text();
            if (Cues.CLAUSE_OPENERS.contains(word) || ",".equals(word)) {
                return false;
            }
            if (VERB_POS.contains(sentence.token(i).pos())) {
                return true;
            }
        }
        return false;
    }
}
