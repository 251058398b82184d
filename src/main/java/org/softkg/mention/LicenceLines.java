package org.softkg.mention;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.softkg.model.Sentence;
import org.softkg.model.Span;
import org.softkg.model.Token;

/**
 * The licence section of a README: a heading that says "License" ("## License", "# Licence", "## Copyright and
 * license") and the lines under it that only name the licence ("MIT", "[MIT](LICENSE)", "The MIT License",
 * "MIT © Jane Doe", "Apache 2.0"). Only the first {@link #LINES} sentences of running text under such a heading count
 * (a list there names other things' licences: of dependencies, of parts); a line names
 * its licence when it is short ({@link #MAX_TOKENS}), has no verb, and opens (after at most an article) with
 * capitalised words or numbers ({@link #nameSpan}). A sentence with a verb ("This project is licensed under ...") is
 * left to the relation rules. Headings exist only in Markdown input, so tagged corpora are never read this way.
 * Stateless.
 */
public final class LicenceLines {

    /** Sentences read under a licence heading: the licence is named first, a copyright line may come before it. */
    public static final int LINES = 2;
    /** The longest line read as naming a licence ("The MIT License", "MIT © 2024 Jane Doe and contributors"). */
    public static final int MAX_TOKENS = 12;
    /** The most words of a licence's name ("GNU General Public License v3.0"). */
    static final int MAX_NAME_TOKENS = 6;
    /** Words of a licence heading, one of them a form of "license". */
    private static final Set<String> LICENCE_WORDS = Set.of("license", "licence", "licensing", "licenses", "licences");
    /** Other words a licence heading may hold ("Copyright and License", "License & Copyright"). */
    private static final Set<String> HEADING_WORDS = Set.of("copyright", "and", "&", "/", "the", "information", "info");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> VERB_POS = Set.of("VERB", "AUX");
    /** A word of a licence's name: a capital or a digit first ("MIT", "Apache-2.0", "BSD-3-Clause", "2.0", "v3"). */
    private static final Pattern NAME_WORD = Pattern.compile("([\\p{Lu}\\p{N}]|v\\d)[\\p{L}\\p{N}.+-]*");
    /** Words that open a copyright holder, never part of a licence's name. */
    private static final Set<String> NOT_NAME = Set.of("copyright", "©", "(c)");
    /** Lower-case words that may follow a licence's capitalised name in its line ("Apache or MIT", "Apache license"). */
    private static final Set<String> NAME_JOINERS = Set.of("or", "and", "license", "licence", "licensed", "licenced");

    private LicenceLines() {
    }

    /** Indexes of the sentences that open a licence section (the first {@link #LINES} under each such heading). */
    public static Set<Integer> of(List<Sentence> sentences) {
        Set<Integer> out = new HashSet<>();
        int left = 0;
        for (Sentence s : sentences) {
            if (s.heading()) {
                left = isLicenceHeading(s) ? LINES : 0;
            } else if (s.block() != Sentence.Block.TEXT) {
                left = 0; // a list under the heading: the licences of dependencies, of parts, ...
            } else if (left > 0) {
                out.add(s.index());
                left--;
            }
        }
        return out;
    }

    /** True for a heading made of licence words only, one of them a form of "license". */
    static boolean isLicenceHeading(Sentence heading) {
        return isLicenceWords(heading.tokens().stream().filter(t -> !"PUNCT".equals(t.pos())).map(Token::text)
                .toList());
    }

    /**
     * True for a title made of licence words only ("License", "Copyright and License"): the document is a licence
     * file, not a project whose licence its section names.
     */
    public static boolean isLicenceTitle(String title) {
        return isLicenceWords(List.of(title.split("[^\\p{L}&/]+")));
    }

    private static boolean isLicenceWords(List<String> words) {
        boolean licence = false;
        for (String word : words) {
            String w = word.toLowerCase(Locale.ROOT);
            if (LICENCE_WORDS.contains(w)) {
                licence = true;
            } else if (!w.isEmpty() && !HEADING_WORDS.contains(w)) {
                return false;
            }
        }
        return licence;
    }

    /**
     * The span of the licence's name that a line of a licence section opens with: after at most an article, the
     * longest run of capitalised words and numbers ({@link #MAX_NAME_TOKENS} at most); null when the line is not
     * such a line (too long, a verb, no such opening).
     */
    public static Span nameSpan(Sentence s) {
        if (s.heading() || s.size() > MAX_TOKENS) {
            return null;
        }
        for (Token t : s.tokens()) {
            if (VERB_POS.contains(t.pos())) {
                return null;
            }
        }
        int p = ARTICLES.contains(s.token(0).text().toLowerCase(Locale.ROOT)) ? 1 : 0;
        int end = p;
        while (end < s.size() && end - p < MAX_NAME_TOKENS && isNameWord(s.token(end).text())) {
            end++;
        }
        if (end == p || end - p == MAX_NAME_TOKENS && end < s.size() && isNameWord(s.token(end).text())
                || !Character.isLetter(s.token(p).text().codePointAt(0)) || opensProse(s, p, end)) {
            return null;
        }
        return new Span(p, end);
    }

    /**
     * True for a line that opens with one capitalised word and goes on in lower-case words: "Code and documentation
     * copyright 2024 ..." (a common noun first) and "Back to top" (a lower-case word after it that joins no licence
     * names) name no licence. "MIT or Apache-2.0", "Apache license" and "The Unlicense" are names.
     */
    private static boolean opensProse(Sentence s, int p, int end) {
        if (end != p + 1 || end >= s.size() || !TokenShape.isTitleWord(s.token(p).text())) {
            return false;
        }
        String next = s.token(end).text();
        return next.chars().allMatch(Character::isLowerCase) && !NOT_NAME.contains(next)
                && ("NOUN".equals(s.token(p).pos()) || !NAME_JOINERS.contains(next));
    }

    private static boolean isNameWord(String w) {
        return NAME_WORD.matcher(w).matches() && !NOT_NAME.contains(w.toLowerCase(Locale.ROOT));
    }
}
