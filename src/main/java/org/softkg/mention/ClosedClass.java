package org.softkg.mention;

import java.util.Locale;
import java.util.Set;

/**
 * English closed-class words that are never a whole name and never stand at the edge of one:
 * determiners and possessives, prepositions, conjunctions, auxiliaries, pronouns.
 * Matched on lower-case tokens only (and on a capitalised token at the start of a sentence):
 * a capitalised "At", "Do", "Plus" or "ME" inside a sentence is part of a title ("At Ease",
 * "Do Not Track", "Java ME").
 */
public final class ClosedClass {

    /** Determiners and possessive determiners. */
    public static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those",
            "its", "their", "his", "her", "our", "your", "my", "some", "any", "each", "every", "such",
            "another", "other", "both", "all");

    /** Possessive endings written as their own token ("Zeta 's", "Zeta '"), straight and curly. */
    public static final Set<String> POSSESSIVES = Set.of("'s", "'", "\u2019s", "\u2019");

    /** Prepositions. */
    public static final Set<String> PREPOSITIONS = Set.of("of", "in", "on", "at", "for", "to", "by", "with",
            "from", "over", "via", "into", "onto", "as", "about", "under", "between", "through", "within",
            "without", "than", "per", "upon", "among", "against", "during", "after", "before", "since", "until");

    /** Coordinating and a few subordinating conjunctions. */
    public static final Set<String> CONJUNCTIONS = Set.of("and", "or", "nor", "but", "&", "while", "whereas",
            "if", "because", "although", "though", "when", "where", "whether");

    /** Auxiliary and modal verbs. */
    public static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being",
            "am", "do", "does", "did", "has", "have", "had", "can", "could", "will", "would", "shall",
            "should", "may", "might", "must", "not");

    /** Personal, relative and demonstrative pronouns. */
    public static final Set<String> PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they", "me",
            "him", "us", "them", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these",
            "those", "which", "who", "whom", "whose", "what", "itself", "themselves", "there", "here");

    /** Month and weekday names: capitalised proper nouns that are dates, not names ("in June 2003"). */
    public static final Set<String> CALENDAR = Set.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday");

    /**
     * Nationality and regional adjectives: a closed class of words, capitalised in English, that the tagger often
     * calls proper nouns ("a Soviet [ZX Spectrum] clone"); rule patterns read them as adjectives ({@code <ADJ>}).
     */
    public static final Set<String> NATIONALITY_ADJECTIVES = Set.of("Soviet", "Russian", "American", "British",
            "German", "French", "Japanese", "Chinese", "Korean", "Italian", "Spanish", "Dutch", "Swedish", "Finnish",
            "Norwegian", "Danish", "Polish", "Czech", "Czechoslovak", "Hungarian", "Romanian", "Bulgarian", "Ukrainian",
            "Belarusian", "Yugoslav", "Serbian", "Croatian", "Slovak", "Slovenian", "Estonian", "Latvian", "Lithuanian",
            "Greek", "Turkish", "Portuguese", "Brazilian", "Argentine", "Mexican", "Canadian", "Australian", "Indian",
            "Pakistani", "Israeli", "Iranian", "Egyptian", "Taiwanese", "Vietnamese", "Thai", "Indonesian", "Malaysian",
            "Singaporean", "Filipino", "Swiss", "Austrian", "Belgian", "Irish", "Scottish", "Welsh", "European", "Asian",
            "African", "Nordic", "Scandinavian");

    private ClosedClass() {
    }

    /** True when {@code text} is a closed-class word as written at {@code index} in its sentence. */
    public static boolean isFunctionWord(String text, int index) {
        return inAnyList(lowerIfAllowed(text, index));
    }

    /** True when {@code text} is a pronoun as written at {@code index} in its sentence. */
    public static boolean isPronoun(String text, int index) {
        return PRONOUNS.contains(lowerIfAllowed(text, index));
    }

    /** True when {@code text} is an auxiliary or modal ("can", "must", "was") or the infinitive marker "to". */
    public static boolean isAuxiliaryOrTo(String text) {
        return AUXILIARIES.contains(text) || "to".equals(text);
    }

    /** Lower-case text is taken as is; a title-case word only at the start of a sentence (and "I"). */
    private static String lowerIfAllowed(String text, int index) {
        if (text.equals(text.toLowerCase(Locale.ROOT))) {
            return text;
        }
        if ("I".equals(text) || (index == 0 && (TokenShape.isTitleWord(text) || "A".equals(text)))) {
            return text.toLowerCase(Locale.ROOT);
        }
        return "";
    }

    private static boolean inAnyList(String w) {
        return DETERMINERS.contains(w) || PREPOSITIONS.contains(w) || CONJUNCTIONS.contains(w)
                || AUXILIARIES.contains(w) || PRONOUNS.contains(w);
    }
}
