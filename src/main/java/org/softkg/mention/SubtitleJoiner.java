package org.softkg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/**
 * Joins a subtitle written after a colon to the title that opens the sentence, when the subtitle runs up to the
 * sentence's verb: "[Orbit Quest] 2 : Sons of Kappa - HD Edition was released ..." names one program, "Orbit Quest 2 :
 * Sons of Kappa - HD Edition", not "Orbit Quest" (and a second name "HD Edition" that the name finders would take for
 * the subject). The subtitle is up to {@value #MAX_SUBTITLE} tokens, capitalised words, numbers and the small words of
 * titles ("of", "the", "-"), starting and ending with a capitalised word or a number, with no mention inside; an
 * optional number or Roman numeral may stand between the title and the colon. A colon that introduces a list or a
 * description ("[Zeta] : a tool for ...", "[Zeta] : Tested on [Kappa]") is left alone: the words after it do not run
 * up to a verb as capitalised words.
 */
public final class SubtitleJoiner implements Repair {

    /** The most tokens of a subtitle. */
    static final int MAX_SUBTITLE = 8;

    /** Small words a subtitle may hold between its capitalised words. */
    private static final Set<String> TITLE_WORDS = Set.of("of", "the", "and", "a", "an", "in", "on", "at", "for", "to",
            "'s", "-", "–", "&");

    /** POS tags of the verb the subtitle must run up to. */
    private static final Set<String> VERB_POS = Set.of("VERB", "AUX");

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        if (mentions.isEmpty() || mentions.getFirst().span().start() != 0) {
            return mentions;
        }
        Mention title = mentions.getFirst();
        int colon = title.span().end();
        if (colon < sentence.size() && isNumber(sentence.token(colon).text())) {
            colon++;
        }
        if (colon >= sentence.size() || !":".equals(sentence.token(colon).text())) {
            return mentions;
        }
        int end = subtitleEnd(sentence, colon + 1);
        if (end < 0 || (mentions.size() > 1 && mentions.get(1).span().start() < end)) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions);
        out.set(0, Mentions.reshape(sentence, title, new Span(0, end)));
        return out;
    }

    /**
     * The token after a subtitle that starts at {@code from} and runs up to a verb, or -1: capitalised words, numbers
     * and title words, the first and the last a capitalised word or a number.
     */
    private static int subtitleEnd(Sentence sentence, int from) {
        int last = -1;
        int v = from;
        for (; v < sentence.size() && v < from + MAX_SUBTITLE; v++) {
            String w = sentence.token(v).text();
            if (isCapitalised(w) || isNumber(w)) {
                last = v;
            } else if (v == from || !TITLE_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                break;
            }
        }
        boolean verb = v < sentence.size() && sentence.token(v).pos() != null
                && VERB_POS.contains(sentence.token(v).pos()) && !isCapitalised(sentence.token(v).text());
        return last >= 0 && last == v - 1 && verb ? v : -1;
    }

    private static boolean isCapitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private static boolean isNumber(String w) {
        return w.matches("\\d+|[IVX]+");
    }
}
