package org.softkg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/**
 * Repair 8: marks a run of two or three untagged capitalised proper nouns ("Matthew Dillon",
 * or one that does not open the sentence: "developed by Contoso"),
 * "Eric Andrew Young") as a {@link Mention#UNTYPED} name; relation rules may type it Person. Each word is
 * a capitalised word ("Dillon", "O'Brien", "Jean-Luc"), tagged PROPN or NOUN (the tagger often takes a
 * first name for a noun: "by Matthew/NOUN Dillon/PROPN"), with at least one PROPN in a run inside the
 * sentence, and no function word or month. Runs of four
 * or more, runs touching another mention or a capitalised word, directly or through "of", "for", "on", "de",
 * "the" (a fragment of a longer name: "International Space Station", "Infrastructure for Network
 * Application"), and list-like sentences are left alone.
 */
public final class PersonNameFinder implements Repair {

    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+(['’-]\\p{Lu}\\p{Ll}+)*|(Mc|Mac|O['’])\\p{Lu}\\p{Ll}+");
    /** Words inside titles of organisations and products ("Institute of ...", "Infrastructure for ..."), not between names of people. */
    private static final Set<String> TITLE_CONNECTORS = Set.of("of", "for", "on", "de", "the");
    private static final int MIN_WORDS = 2;
    private static final int MAX_WORDS = 3;

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        if (ListLikeSentence.test(sentence)) {
            return mentions;
        }
        boolean[] covered = Mentions.covered(sentence, mentions);
        List<Mention> added = new ArrayList<>();
        for (Span run : Mentions.runs(sentence, covered, i -> isNameWord(sentence, i))) {
            int i = run.start();
            int end = run.end();
            int length = run.length();
            boolean touches = (i > 0 && (covered[i - 1] || continuesName(sentence, i - 1, -1)))
                    || (end < sentence.size() && (covered[end] || continuesName(sentence, end, 1)));
            boolean single = length == 1 && i > 0 && "PROPN".equals(sentence.token(i).pos());
            if ((single || length >= MIN_WORDS && (i == 0 || hasProperNoun(sentence, i, end))) && length <= MAX_WORDS && !touches) {
                added.add(Mentions.found(sentence, run, context));
            }
        }
        return added.isEmpty() ? mentions : Mentions.merged(mentions, added);
    }

    /**
     * True when the run is a fragment of a longer name through token {@code i} next to it: a capitalised word
     * that did not join ("International Space Station"), or a title connector with a capitalised word beyond
     * ("Multipurpose Infrastructure for Network Application").
     */
    private static boolean continuesName(Sentence s, int i, int step) {
        String t = s.token(i).text();
        if (TITLE_CONNECTORS.contains(t)) {
            int j = i + step;
            return j >= 0 && j < s.size() && Character.isUpperCase(s.token(j).text().charAt(0));
        }
        return Character.isUpperCase(t.charAt(0)) && !ClosedClass.isFunctionWord(t, i);
    }

    /** True when {@code word} is shaped like a word of a person's name: "Dillon", "O'Brien", "Jean-Luc", "McCarthy". */
    public static boolean isNameWordShape(String word) {
        return NAME_WORD.matcher(word).matches();
    }

    /** True when a word of {@code [from, to)} is tagged PROPN: a capitalised NOUN alone is no name inside a sentence. */
    private static boolean hasProperNoun(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("PROPN".equals(s.token(i).pos())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNameWord(Sentence s, int i) {
        String t = s.token(i).text();
        String pos = s.token(i).pos();
        return NAME_WORD.matcher(t).matches() && ("PROPN".equals(pos) || "NOUN".equals(pos))
                && !ClosedClass.isFunctionWord(t, i) && !ClosedClass.CALENDAR.contains(t);
    }
}
