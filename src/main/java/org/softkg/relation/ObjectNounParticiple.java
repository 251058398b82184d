package org.softkg.relation;

import java.util.Locale;
import java.util.Set;
import org.softkg.mention.ClosedClass;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;

/**
 * A participle or adjective cue that hangs on the object of a verb between the subject and the cue, not on the
 * subject (tenth session, whole-pool precision pass): in "[Orbit] bundles twelve small games originally released for
 * the [Zeta]" what was released for Zeta is the games, so Orbit gets no runsOn; likewise "[Orbit] added a renderer
 * written in [Kappa]", "Acme contacted [Orbit] about making both ports available on [Zeta]". The check reads the
 * words between the subject and the object: a full verb (not an auxiliary, so "is a game released for" stays), an
 * optional preposition, a noun phrase of plain words ending in a common noun, then at once (past adverbs) a
 * participle or adjective, and no comma or conjunction from there to the object (which would start another
 * predicate: "bundles games released in 2001 and runs on [Zeta]").
 */
final class ObjectNounParticiple {

    /** Parts of speech inside the noun phrase between the verb and its head noun. */
    private static final Set<String> PHRASE_POS = Set.of("DET", "NUM", "ADJ", "ADV", "NOUN");
    /** Parts of speech after a verb misread as a noun. */
    private static final Set<String> NUMBER_OR_DETERMINER = Set.of("NUM", "DET");
    /** Parts of speech before a verb that heads a predicate: an auxiliary, an infinitive "to". */
    private static final Set<String> PREDICATE_OPENER_POS = Set.of("AUX", "PART");
    /** Parts of speech of a preposition before a gerund ("about making"); only a word that is a preposition counts. */
    private static final Set<String> GERUND_OPENER_POS = Set.of("ADP", "SCONJ");
    /** Participles that name the noun before them ("a kernel called [Zeta]"). */
    private static final Set<String> NAMING_PARTICIPLES = Set.of("called", "named", "dubbed", "titled", "entitled");

    private ObjectNounParticiple() {
    }

    /** True when the words between {@code subject} and a later {@code object} put the cue on a verb's object noun. */
    static boolean rejects(Sentence sentence, Mention subject, Mention object) {
        int from = subject.span().end();
        int to = object.span().start();
        for (int v = from; v < to; v++) {
            if (!("VERB".equals(sentence.token(v).pos()) && predicateVerb(sentence, v, from) || misreadVerb(sentence, v, from))) {
                continue;
            }
            int i = v + 1;
            if (i < to && "ADP".equals(sentence.token(i).pos())) {
                i++;
            }
            int noun = -1;
            int start = i;
            while (i < to) {
                String pos = sentence.token(i).pos();
                if ("NOUN".equals(pos)) {
                    noun = i;
                } else if (noun >= 0 ? !"ADV".equals(pos) : !PHRASE_POS.contains(pos) && !premodifier(pos, i, start)) {
                    break; // past the head noun only adverbs may stand before the participle
                }
                i++;
            }
            if (noun < 0) {
                continue;
            }
            int m = noun + 1;
            while (m < to && "ADV".equals(sentence.token(m).pos())) {
                m++;
            }
            if (m < to && reducedRelative(sentence, m) && !predicateAfter(sentence, m + 1, to)
                    && !namesObject(sentence, m, to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the participle at {@code m} names the object that follows it at once ("uses a library called
     * [Zeta]", "a kernel known as [Zeta]"): the noun and the object are one thing, no cue hangs on the noun.
     */
    private static boolean namesObject(Sentence sentence, int m, int object) {
        String word = sentence.token(m).text().toLowerCase(Locale.ROOT);
        return NAMING_PARTICIPLES.contains(word) && m + 1 == object
                || "known".equals(word) && m + 2 == object && "as".equalsIgnoreCase(sentence.token(m + 1).text());
    }

    /**
     * True for a word in "-s" right after the subject and before a determiner or a number, which the tagger read as a
     * plural noun: "[Orbit] compiles 14 games", "[Orbit] bundles the games" (a plural noun never stands there).
     */
    private static boolean misreadVerb(Sentence sentence, int v, int subjectEnd) {
        return v == subjectEnd && v + 1 < sentence.size() && "NOUN".equals(sentence.token(v).pos())
                && sentence.token(v).text().endsWith("s") && NUMBER_OR_DETERMINER.contains(sentence.token(v + 1).pos());
    }

    /** True for a participle before the head noun, its modifier ("compiles 14 emulated games"), not at the start. */
    private static boolean premodifier(String pos, int i, int start) {
        return "VERB".equals(pos) && i > start;
    }

    /**
     * True when the verb at {@code v} heads a predicate rather than modifying a noun ("a role playing game", "an
     * embedded board"): the subject mention, an auxiliary ("had contacted"), an infinitive "to" or (before a gerund) a
     * preposition ("about making") stands right before it, past adverbs. A conjunction or a determiner does not
     * (the tagger reads "a learning model", "Unix-like operating system" with a verb in them), nor does an adjective
     * the tagger reads as a preposition ("the [Zeta] mobile/SCONJ operating system").
     */
    private static boolean predicateVerb(Sentence sentence, int v, int subjectEnd) {
        int p = v - 1;
        while (p >= subjectEnd && "ADV".equals(sentence.token(p).pos())) {
            p--;
        }
        if (p < subjectEnd) {
            return !gerundCompound(sentence, v, subjectEnd);
        }
        String pos = sentence.token(p).pos();
        return PREDICATE_OPENER_POS.contains(pos) || GERUND_OPENER_POS.contains(pos)
                && ClosedClass.PREPOSITIONS.contains(sentence.token(p).text())
                && sentence.token(v).text().toLowerCase(Locale.ROOT).endsWith("ing");
    }

    /**
     * True for an "-ing" word right after the subject and before a noun: the first word of a compound kind noun the
     * name qualifies ("the [Zeta] operating system", "the [Zeta] rendering engine"), which the tagger reads as a verb.
     * A predicate in "-ing" right after its subject would need an auxiliary ("[Zeta] is running ...").
     */
    private static boolean gerundCompound(Sentence sentence, int v, int subjectEnd) {
        return v == subjectEnd && v + 1 < sentence.size() && "NOUN".equals(sentence.token(v + 1).pos())
                && sentence.token(v).text().endsWith("ing");
    }

    /**
     * True when the token at {@code m} opens a reduced relative clause on the noun before it: a past participle
     * ("games released for"; an "-ing" form after an object reads as the manner of the verb: "solves equations using
     * X") or an adjective other than "such" ("remasters available on").
     */
    private static boolean reducedRelative(Sentence sentence, int m) {
        String word = sentence.token(m).text().toLowerCase(Locale.ROOT);
        String pos = sentence.token(m).pos();
        return "VERB".equals(pos) ? !word.endsWith("ing") : "ADJ".equals(pos) && !"such".equals(word);
    }

    /**
     * True when a comma or a conjunction between {@code from} and {@code to} opens another predicate: a verb follows
     * it before the object ("bundles games released in 2001 and runs on [Zeta]"). A comma or a conjunction with no
     * verb after it only goes on with a list, whose members the participle covers as it covers the first ("versions
     * packaged for [A] , [B] and [C]", thirtieth session).
     */
    private static boolean predicateAfter(Sentence sentence, int from, int to) {
        boolean joint = false;
        for (int i = from; i < to; i++) {
            String pos = sentence.token(i).pos();
            if (",".equals(sentence.token(i).text()) || "CCONJ".equals(pos)) {
                joint = true;
            } else if (joint && ("VERB".equals(pos) || "AUX".equals(pos))) {
                return true;
            }
        }
        return false;
    }
}
