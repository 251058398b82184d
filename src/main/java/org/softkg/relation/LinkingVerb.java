package org.softkg.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Token;

/**
 * A name followed by a linking verb other than "is", which the rules, written for "is", do not read: "[X] began as a
 * fork of [Y]", "[X] started out as a clone of [Y]", "[X] serves as the default shell of [Y]", "[X] was developed as
 * part of [Y]", "[X] became the successor to [Y]". Each is read as a {@link CarriedSubject.Clause} with "is" after the
 * name in place of the verb: "[X] is a fork of [Y]", "[X] is part of [Y]", so every rule on "is" reads it. A
 * purpose ("[X] was designed as a replacement for [Y]") is no such verb.
 *
 * <p>The name may be followed by adverbs and, before a participle, by "was", "is" or "were" ("[X] was originally
 * created as"); the phrase after "as" or "became" must open with an article, "part", "one", "available" or
 * "compatible", so that "[X] served as CEO" or "[X] became popular" give no reading. Stateless.
 */
final class LinkingVerb {

    /** Verbs followed by "as" that link a name to what it was or is ("began as", "serves as"). */
    private static final Set<String> AS_VERBS = Set.of("began", "begun", "begins", "started", "starts",
            "originated", "originates", "serves", "served", "serve", "acts", "acted", "act", "functions",
            "functioned", "doubles", "doubled");
    /**
     * Participles after "was" followed by "as" ("was developed as part of", "was created as a fork of"); not the
     * participles of a purpose ("was designed as a replacement for", "was planned as"), which state no fact
     * (GUIDELINES.md).
     */
    private static final Set<String> AS_PARTICIPLES = Set.of("created", "developed", "written", "built", "launched",
            "introduced", "started", "begun", "made", "released", "founded");
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "is", "were", "are");
    /** Words between an "as" verb and "as" ("started out as", "began life as"). */
    private static final Set<String> AS_PARTICLES = Set.of("out", "off", "life");
    private static final Set<String> BECOME = Set.of("became", "becomes", "become");
    /** What the phrase after "as" or "became" opens with. */
    private static final Set<String> PHRASE_OPENERS = Set.of("a", "an", "the", "part", "one", "available",
            "compatible");

    private LinkingVerb() {
    }

    /** The linking-verb readings of {@code sentence}, one per name followed by such a verb. */
    static List<CarriedSubject.Clause> of(Sentence sentence, List<Mention> mentions) {
        List<CarriedSubject.Clause> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.entity() == null) {
                continue;
            }
            int phrase = phraseAfter(sentence, m.span().end());
            if (phrase > 0) {
                List<Token> head = new ArrayList<>(sentence.tokens().subList(m.span().start(), m.span().end()));
                head.add(ImpliedSubject.be());
                out.add(new CarriedSubject.Clause(m, phrase, List.copyOf(head), phrase));
            }
        }
        return out;
    }

    /** The index of the phrase a linking verb at {@code from} (past adverbs) links the name to, or -1. */
    private static int phraseAfter(Sentence s, int from) {
        int i = SentenceUnits.skipAdverbs(s, from);
        String w = word(s, i);
        if (PASSIVE_AUXILIARIES.contains(w)) {
            int p = SentenceUnits.skipAdverbs(s, i + 1);
            return AS_PARTICIPLES.contains(word(s, p)) ? afterAs(s, p + 1) : -1;
        }
        if (AS_VERBS.contains(w)) {
            int p = i + 1;
            if (AS_PARTICLES.contains(word(s, p))) {
                p++;
            }
            return afterAs(s, p);
        }
        return BECOME.contains(w) && opensPhrase(s, i + 1) ? i + 1 : -1;
    }

    private static int afterAs(Sentence s, int i) {
        return "as".equals(word(s, i)) && opensPhrase(s, i + 1) ? i + 1 : -1;
    }

    private static boolean opensPhrase(Sentence s, int i) {
        return PHRASE_OPENERS.contains(word(s, i));
    }

    /** The lower-case text of token {@code i}, or "" past the end. */
    private static String word(Sentence s, int i) {
        return i >= 0 && i < s.size() ? SentenceUnits.lower(s.token(i).text()) : "";
    }
}
