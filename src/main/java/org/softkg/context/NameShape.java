package org.softkg.context;

import java.util.Locale;
import org.softkg.mention.PersonNameFinder;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/** What the words of a name say about what it names: a person's name or an organisation's. */
final class NameShape {

    private static final int MIN_WORDS = 2;
    private static final int MAX_WORDS = 3;

    private NameShape() {
    }

    /**
     * True when the tokens of {@code span} read as a person's name: two or three capitalised words
     * ("Ada Lovelace", "Jean-Luc Picard", "Eric Andrew Young"), particles such as "van" between them
     * ("Guido van Rossum"), and no word of an organisation's name ("Bell Labs").
     */
    static boolean isPersonal(Sentence s, Span span) {
        int words = 0;
        for (int i = span.start(); i < span.end(); i++) {
            String t = s.token(i).text();
            boolean inner = i > span.start() && i < span.end() - 1;
            if (inner && ContextWords.NAME_PARTICLES.contains(t)) {
                continue;
            }
            if (!PersonNameFinder.isNameWordShape(t) || isOrganizationWord(t)) {
                return false;
            }
            words++;
        }
        return words >= MIN_WORDS && words <= MAX_WORDS;
    }

    /** True when the name ends with a word of organisation names: "Contoso Corporation", "Bell Labs". */
    static boolean isOrganizational(Sentence s, Span span) {
        if (span.length() < 2 || !Character.isUpperCase(s.token(span.start()).text().charAt(0))) {
            return false;
        }
        String last = s.token(span.end() - 1).text();
        return Character.isUpperCase(last.charAt(0)) && isOrganizationWord(last);
    }

    private static boolean isOrganizationWord(String word) {
        return ContextWords.ORGANIZATION_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
