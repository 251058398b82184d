package org.softkg.entity;

import java.util.Map;
import java.util.Set;

/**
 * Singular of the last word of a name, for comparison keys only. Conservative by design:
 * <ul>
 *   <li>a word written all in lower case is read as a common noun ("threads", "file systems")
 *       and loses a regular English plural ending;</li>
 *   <li>an acronym plural ("APIs", "BSDs", "GPUs": upper case or digits then one lower-case
 *       {@code s}) loses its {@code s};</li>
 *   <li>any other capitalised word is a proper name and stays as written ("Windows", "Jenkins").</li>
 * </ul>
 * Endings that are as often singular as plural are left alone ({@code -ss -us -is -os -ics -uses}, and
 * {@code -js} which marks JavaScript project names), as is a word whose stem would have no vowel
 * ("https" is not the plural of "http").
 */
final class Singularizer {

    /** Plurals no suffix rule gets right. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("matrices", "matrix"), Map.entry("vertices", "vertex"),
            Map.entry("indices", "index"), Map.entry("appendices", "appendix"),
            Map.entry("mice", "mouse"), Map.entry("aliases", "alias"), Map.entry("biases", "bias"),
            Map.entry("canvases", "canvas"), Map.entry("atlases", "atlas"), Map.entry("buses", "bus"),
            Map.entry("viruses", "virus"), Map.entry("statuses", "status"));

    /** Words ending in {@code s} that are not plurals (or whose plural is the same word). */
    private static final Set<String> INVARIANT = Set.of(
            "series", "species", "news", "alias", "atlas", "bias", "canvas", "gas", "lens", "means");

    /** Nouns ending in {@code -ie} ("cookies" is not "cooky"). */
    private static final Set<String> IE_NOUNS = Set.of(
            "cookie", "zombie", "movie", "trie", "pie", "tie", "lie", "selfie", "rookie", "newbie", "freebie",
            "genie", "calorie");

    /** Nouns ending in {@code -che} ("caches" is not "cach"). */
    private static final Set<String> CHE_NOUNS = Set.of(
            "cache", "niche", "avalanche", "psyche", "moustache", "mustache", "cliche", "quiche");

    private Singularizer() {
    }

    /** The singular of {@code word} under the rules above, or {@code word} itself. */
    static String singular(String word) {
        if (isAcronymPlural(word)) {
            return word.substring(0, word.length() - 1);
        }
        if (word.length() < 4 || !isLowerCaseWord(word)) {
            return word;
        }
        String irregular = IRREGULAR.get(word);
        if (irregular != null) {
            return irregular;
        }
        if (!word.endsWith("s") || INVARIANT.contains(word) || endsWithAny(word, "ss", "us", "is", "os", "ics", "js")) {
            return word;
        }
        String stem = word.substring(0, word.length() - 1);
        if (word.endsWith("ies")) {
            return endsWithNoun(stem, IE_NOUNS) ? stem : word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("yses")) {
            return word.substring(0, word.length() - 2) + "is";
        }
        if (endsWithAny(word, "sses", "xes", "zzes", "shes")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("ches")) {
            return endsWithNoun(stem, CHE_NOUNS) ? stem : word.substring(0, word.length() - 2);
        }
        if (word.endsWith("uses")) {
            return word;
        }
        return hasVowel(stem) ? stem : word;
    }

    /** "APIs", "BSDs", "P600s": at least two upper-case letters or digits, one of them a letter, then {@code s}. */
    private static boolean isAcronymPlural(String word) {
        int n = word.length();
        if (n < 3 || word.charAt(n - 1) != 's') {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < n - 1; i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c)) {
                letter = true;
            } else if (!Character.isDigit(c)) {
                return false;
            }
        }
        return letter;
    }

    private static boolean isLowerCaseWord(String word) {
        return word.codePoints().allMatch(Character::isLowerCase);
    }

    private static boolean endsWithAny(String word, String... endings) {
        for (String e : endings) {
            if (word.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code stem} is one of {@code nouns} or ends with one ("microcache"). */
    private static boolean endsWithNoun(String stem, Set<String> nouns) {
        for (String n : nouns) {
            if (stem.endsWith(n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasVowel(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("aeiouy".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
