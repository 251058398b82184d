package org.softkg.context;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.softkg.model.Entity;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;

/**
 * The nouns a document may use for its main subject's class ("the operating system", "the project"):
 * the generic ones, those of the subject's type, and the head of the first description the document
 * gives of its subject ("[X] is a free Unix-like operating system forked from ..." gives "system"
 * and "operating system").
 */
final class ClassNouns {

    /** Words that end the noun phrase of a description: punctuation, prepositions, relatives, participles. */
    private static final Set<String> PHRASE_ENDS = Set.of(".", ";", ":", "(", ")", "that", "which", "who", "for",
            "of", "from", "with", "by", "in", "on", "to", "at", "as", "originally", "since", "written",
            "used", "made", "known", "built");
    private static final int MAX_WORDS = 8;

    private ClassNouns() {
    }

    /** The class nouns of {@code subject} in these sentences, lower case, one or two words each. */
    static Set<String> of(List<Sentence> sentences, List<Mention> mentions, Entity subject) {
        Set<String> out = new HashSet<>(ContextWords.GENERIC_CLASS);
        for (String type : subject.types()) {
            out.addAll(ContextWords.CLASS_BY_TYPE.getOrDefault(type, Set.of()));
        }
        for (Mention m : mentions) {
            if (subject.iri().equals(m.entity())) {
                Set<String> heads = descriptionHeads(sentences.get(m.sentence()), m.span().end());
                if (!heads.isEmpty()) {
                    out.addAll(heads);
                    break;
                }
            }
        }
        return out;
    }

    /** The head noun (and its modifier noun) of "is a/an/the ... NOUN" starting at token {@code i}, or none. */
    static Set<String> descriptionHeads(Sentence s, int i) {
        if (i + 2 >= s.size() || !"be".equals(s.token(i).lemma())
                || !Set.of("a", "an", "the").contains(lower(s, i + 1))) {
            return Set.of();
        }
        int end = i + 2;
        while (end < s.size() && end < i + 2 + MAX_WORDS && !endsPhrase(s, end)) {
            end++;
        }
        int head = end - 1;
        if (head < i + 2 || !isCommonWord(s, head) || !"NOUN".equals(s.token(head).pos())) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        out.add(lower(s, head));
        if (head - 1 >= i + 2 && isCommonWord(s, head - 1)) {
            out.add(lower(s, head - 1) + " " + lower(s, head));
        }
        return out;
    }

    /** A comma ends the phrase after a noun ("system , which"), not in a list of adjectives ("high-level , general-purpose"). */
    private static boolean endsPhrase(Sentence s, int k) {
        String w = lower(s, k);
        if (",".equals(w)) {
            return "NOUN".equals(s.token(k - 1).pos());
        }
        if (PHRASE_ENDS.contains(w)) {
            return true;
        }
        String pos = s.token(k).pos();
        return "VERB".equals(pos) && (w.endsWith("ed") || w.endsWith("en"));
    }

    private static boolean isCommonWord(Sentence s, int k) {
        return s.token(k).text().matches("\\p{Ll}+(-\\p{Ll}+)*");
    }

    private static String lower(Sentence s, int i) {
        return s.token(i).text().toLowerCase(Locale.ROOT);
    }
}
