package org.softkg.mention;

import org.softkg.model.Sentence;

/**
 * Tells a table row or a list run together into one "sentence" (infobox rows, comparison tables,
 * "Name Windows MacOSX Linux BSD Android Price License ...") from prose: half or more of its words are
 * capitalised (the first word, capitalised in any sentence, does not count). In such text every word looks like a name, so the repairs that judge names by shape
 * ({@link NameExtender}, {@link ShapeNameFinder}, {@link PersonNameFinder}) leave it alone.
 */
public final class ListLikeSentence {

    /** Shorter sentences are headlines or short prose; shape is still a fair guide there. */
    static final int MIN_TOKENS = 8;

    private ListLikeSentence() {
    }

    /** True when {@code s} has at least {@link #MIN_TOKENS} tokens and half or more of them are capitalised, not counting the first. */
    public static boolean test(Sentence s) {
        if (s.size() < MIN_TOKENS) {
            return false;
        }
        int capitalised = 0;
        for (int i = 1; i < s.size(); i++) {
            if (Character.isUpperCase(s.token(i).text().charAt(0))) {
                capitalised++;
            }
        }
        return capitalised * 2 >= s.size();
    }
}
