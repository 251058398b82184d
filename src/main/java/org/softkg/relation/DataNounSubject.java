package org.softkg.relation;

import java.util.Locale;
import java.util.Set;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;

/**
 * A runsOn read from "[S] is a NOUN for [O]" whose noun names data, not a program (tenth session, whole-pool precision
 * pass): "[Orbit.CFG] is the main configuration file for [Zeta]", "[Kappa] is a file format for [Zeta]". A file or a
 * format is read or written by the platform; it does not run on it (GUIDELINES.md: runsOn takes a program or an
 * operating system), so the fact is not made. The noun is the word right before the "for" that opens the object's
 * phrase (or the list the object ends: "for the [A] and [Zeta] systems"); programs keep their facts ("a file manager for [Zeta]", "an extension for [Zeta]").
 */
final class DataNounSubject {

    /** Nouns (lemmas) of data, which no platform runs. */
    private static final Set<String> DATA_NOUNS = Set.of("file", "format", "document");
    /** Words between "for" and the object besides the names of a list: "for the A , B and C". */
    private static final Set<String> LIST_WORDS = Set.of("the", "a", "an", ",", "and", "or");

    private DataNounSubject() {
    }

    /** True for a token of a list of names before the object: a joiner, an article, a capitalised word or a number. */
    private static boolean inObjectList(Sentence sentence, int i) {
        String word = sentence.token(i).text();
        return LIST_WORDS.contains(word.toLowerCase(Locale.ROOT)) || Character.isUpperCase(word.charAt(0))
                || "NUM".equals(sentence.token(i).pos());
    }

    /** True when {@code relation} is runsOn and the noun before the object's "for" names data. */
    static boolean rejects(Sentence sentence, String relation, Mention subject, Mention object) {
        if (!"runsOn".equals(relation) || object.span().start() <= subject.span().end()) {
            return false;
        }
        int f = object.span().start() - 1;
        while (f > subject.span().end() && !"for".equalsIgnoreCase(sentence.token(f).text())
                && inObjectList(sentence, f)) {
            f--;
        }
        if (f <= subject.span().end() || !"for".equalsIgnoreCase(sentence.token(f).text())) {
            return false;
        }
        String lemma = sentence.token(f - 1).lemma();
        String noun = lemma != null ? lemma : sentence.token(f - 1).text().toLowerCase(Locale.ROOT);
        return DATA_NOUNS.contains(noun);
    }
}
