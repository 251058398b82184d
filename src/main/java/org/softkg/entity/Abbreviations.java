package org.softkg.entity;

import java.util.Arrays;
import java.util.List;

/**
 * Decides whether one name abbreviates another, for the pattern {@code long ( short )}.
 * Two ways, both requiring a long form of at least two words, none of them the short form itself
 * ("Haskell" does not abbreviate "Glasgow Haskell Compiler"):
 * <ul>
 *   <li>an acronym (after Schwartz and Hearst): the short form's letters and digits appear in the long
 *       form in order, the first one at the start of a word ("LWKT" of "lightweight kernel threads",
 *       "vkernel" of "virtual kernel", "IPv6" of "Internet Protocol version 6", "LGPL" of "GNU Lesser
 *       General Public License"); the long form has at most twice as many words as the acronym has
 *       characters;</li>
 *   <li>a short name: one capitalised word, at most half as long, with the same first letter
 *       ("Y2K" of "year 2000 problem", "VxFS" of "Veritas File System").</li>
 * </ul>
 * On the 279 "mention ( mention )" pairs of WikiSER dev these accept 222, by eye all correct but one
 * partial ("massively multiplayer online ( MMORPG )"), and reject pairs like "C ( C99 )", "Hibernate ( Java )", "memory ( RAM )", "Microsoft Windows ( Win32 )".
 */
final class Abbreviations {

    private Abbreviations() {
    }

    /** True when {@code shortForm} abbreviates {@code longForm} (both display forms). */
    static boolean abbreviates(String shortForm, String longForm) {
        List<String> words = Arrays.stream(LabelNormalizer.fold(longForm).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).toList();
        if (words.size() < 2 || words.contains(LabelNormalizer.fold(shortForm))) {
            return false;
        }
        return isAcronym(shortForm, longForm, words.size()) || isShortName(shortForm, longForm);
    }

    private static boolean isAcronym(String shortForm, String longForm, int words) {
        String s = alphanumerics(shortForm);
        String l = LabelNormalizer.fold(longForm);
        if (s.length() < 2 || s.length() >= alphanumerics(longForm).length() || words > 2 * s.length()) {
            return false;
        }
        int at = l.length();
        for (int i = s.length() - 1; i >= 1; i--) {
            at = l.lastIndexOf(s.charAt(i), at - 1);
            if (at < 0) {
                return false;
            }
        }
        for (int i = at - 1; i >= 0; i--) {
            if (l.charAt(i) == s.charAt(0) && (i == 0 || !Character.isLetterOrDigit(l.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isShortName(String shortForm, String longForm) {
        return !shortForm.isEmpty() && shortForm.indexOf(' ') < 0
                && Character.isUpperCase(shortForm.codePointAt(0))
                && 2 * shortForm.codePointCount(0, shortForm.length()) <= longForm.codePointCount(0, longForm.length())
                && LabelNormalizer.fold(shortForm.substring(0, 1)).equals(LabelNormalizer.fold(longForm.substring(0, 1)));
    }

    /** The folded letters and digits of {@code s}, in order. */
    private static String alphanumerics(String s) {
        StringBuilder sb = new StringBuilder();
        LabelNormalizer.fold(s).codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

}
