package org.softkg.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The forms used to compare and show entity names.
 *
 * <p>{@link #displayForm} cleans a name as written and keeps its case: Unicode NFKC, whitespace
 * collapsed, trademark signs dropped, enclosing quotes or brackets and stray edge punctuation
 * ({@code , ; :} at either end, a final {@code .}) trimmed, a final possessive {@code 's} dropped, a
 * leading article "the" dropped. {@code .NET}, {@code C++}, {@code C#}, {@code A*}, {@code Yahoo!} keep
 * their signs. The final period of an abbreviation is part of the name and stays: "Apple Inc.", "Zeta Ltd.",
 * "Zeta S.A." ({@link #isAbbreviation}); a tokenised "Inc ." is written "Inc.".
 *
 * <p>{@link #key} is the comparison key (and, through {@link IriMinter}, the identity of an entity):
 * the display form with hyphens, dashes and underscores inside it read as spaces (an edge one, as in
 * {@code C--}, stays), the last word singular when it is a lower-case common noun or an acronym plural
 * (see {@link Singularizer}), spaces next to punctuation removed (tokenised "Yahoo !" equals "Yahoo!"),
 * then case-folded (full folding, NFC). Decisions, checked against the WikiSER dev names:
 * <ul>
 *   <li>"C", "C++" and "C#" stay three keys; dots are kept, so "Node.js" and "NodeJS", "X.org" and
 *       "Xorg", "resolv.conf" and "resolvconf" stay apart (the data shows such pairs are not always
 *       the same thing);</li>
 *   <li>"open-source" = "open source", "ZX-Spectrum" = "ZX Spectrum", "Diffie–Hellman" = "Diffie-Hellman";</li>
 *   <li>"file systems" = "file system", "APIs" = "API", "BSDs" = "BSD", but "Windows" stays "windows":
 *       a capitalised word is a proper name. A lower-case "windows" is read as the common noun.</li>
 *   <li>case never separates: "MAC" and "Mac", "Stack Overflow" and "stack overflow" share a key;</li>
 *   <li>"the" goes even from a title that owns it ("The Legend of Zelda" shows as "Legend of Zelda");</li>
 *   <li>a final period never separates: "Apple Inc." and "Apple Inc" share a key (and so one IRI).</li>
 * </ul>
 */
public final class LabelNormalizer {

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern MARKS = Pattern.compile("[\u00AE\u00A9\u2122\u2120]");
    private static final Pattern POSSESSIVE = Pattern.compile("(?<=[\\p{L}\\p{N}]) ?['\u2019]s$");
    private static final Pattern ARTICLE = Pattern.compile("^(?i:the) (?=\\S)");
    private static final Pattern DASHES = Pattern.compile("(?<=\\S) *[-_\u2010-\u2015\u2212]+ *(?=\\S)");
    private static final Pattern SPACE_BEFORE_SIGN = Pattern.compile(" (?=[^\\p{L}\\p{N} ])");
    private static final Pattern SPACE_AFTER_SIGN = Pattern.compile("(?<=[^\\p{L}\\p{N} ]) ");
    /** Words written with a final period when abbreviated: legal forms of companies and suffixes of names. */
    private static final Set<String> ABBREVIATIONS = Set.of("inc", "ltd", "corp", "co", "bros", "jr", "sr", "mfg",
            "pty", "ltda", "intl", "assn", "dept", "univ", "cie");
    /** Initials run together with periods: "S.A", "e.V", "U.S" (before their last period). */
    private static final Pattern DOTTED_INITIALS = Pattern.compile("(\\p{L}\\.)+\\p{L}");

    /** Quote characters that may enclose a name. */
    private static final String QUOTES = "\"'`\u201C\u201D\u201E\u2018\u2019\u00AB\u00BB";
    /** Opening and closing characters that may enclose a name, pairwise. */
    private static final String OPENERS = "\"'`\u201C\u2018\u00AB([{<";
    private static final String CLOSERS = "\"'`\u201D\u2019\u00BB)]}>";

    private LabelNormalizer() {
    }

    /** The name as it should be shown: cleaned, case kept (e.g. {@code "the Xbox 360"} gives {@code Xbox 360}). */
    public static String displayForm(String surface) {
        String s = MARKS.matcher(surface).replaceAll("");
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        s = SPACES.matcher(s).replaceAll(" ").strip();
        String previous;
        do {
            previous = s;
            s = trimOnce(s);
        } while (!s.equals(previous));
        return s.isEmpty() ? SPACES.matcher(surface).replaceAll(" ").strip() : s;
    }

    /** The comparison key of a name: equal keys mean the same entity (e.g. {@code FreeBSD} gives {@code freebsd}). */
    public static String key(String label) {
        String s = withoutFinalPeriod(displayForm(label)).replace('\u2019', '\'').replace('\u2018', '\'');
        s = DASHES.matcher(s).replaceAll(" ");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        s = singularLastWord(s);
        s = SPACE_BEFORE_SIGN.matcher(s).replaceAll("");
        s = SPACE_AFTER_SIGN.matcher(s).replaceAll("");
        s = fold(s);
        return s.isEmpty() ? fold(displayForm(label)) : s;
    }

    /**
     * True when {@code word} (without its period) is abbreviated with a final period: "Inc", "Ltd", "Corp",
     * "Co", "Jr", or initials run together ("S.A", "e.V").
     */
    public static boolean isAbbreviation(String word) {
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT)) || DOTTED_INITIALS.matcher(word).matches();
    }

    /** {@code s} without a final period after a letter or digit ("Apple Inc." gives "Apple Inc"). */
    private static String withoutFinalPeriod(String s) {
        return s.length() > 1 && s.endsWith(".") && Character.isLetterOrDigit(s.charAt(s.length() - 2))
                ? s.substring(0, s.length() - 1) : s;
    }

    /** True when the final period of {@code s} ("Apple Inc." or "Apple Inc .") closes an abbreviation. */
    private static boolean endsWithAbbreviation(String s) {
        if (!s.endsWith(".")) {
            return false;
        }
        String body = s.substring(0, s.length() - 1).strip();
        String last = body.substring(body.lastIndexOf(' ') + 1);
        return body.contains(" ") && ABBREVIATIONS.contains(last.toLowerCase(Locale.ROOT))
                || DOTTED_INITIALS.matcher(last).matches();
    }

    /** Full case folding (so that "ß" and "SS" agree), locale-independent, recomposed to NFC. */
    static String fold(String s) {
        return Normalizer.normalize(s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    private static String singularLastWord(String s) {
        int space = s.lastIndexOf(' ');
        String last = s.substring(space + 1);
        return s.substring(0, space + 1) + Singularizer.singular(last);
    }

    /** One round of edge trimming; {@link #displayForm} repeats it until nothing changes. */
    private static String trimOnce(String s) {
        if (s.length() < 2) {
            return s;
        }
        String t = stripEnclosing(s);
        t = stripLoneEdgeQuote(t);
        t = stripEdgePunctuation(t);
        t = POSSESSIVE.matcher(t).replaceFirst("");
        t = ARTICLE.matcher(t).replaceFirst("");
        t = t.strip();
        return t.isEmpty() ? s : t;
    }

    /** {@code "x"}, {@code (x)}, {@code <x>}: drops the pair when it encloses the whole name and nothing else. */
    private static String stripEnclosing(String s) {
        int open = OPENERS.indexOf(s.charAt(0));
        if (open < 0 || s.charAt(s.length() - 1) != CLOSERS.charAt(open)) {
            return s;
        }
        String inner = s.substring(1, s.length() - 1);
        boolean clean = inner.indexOf(OPENERS.charAt(open)) < 0 && inner.indexOf(CLOSERS.charAt(open)) < 0;
        return clean && inner.codePoints().anyMatch(Character::isLetterOrDigit) ? inner.strip() : s;
    }

    /** A quote at either edge that has no partner anywhere in the name. */
    private static String stripLoneEdgeQuote(String s) {
        String t = s;
        if (QUOTES.indexOf(t.charAt(0)) >= 0 && count(t, t.charAt(0)) == 1) {
            t = t.substring(1).strip();
        }
        if (!t.isEmpty() && QUOTES.indexOf(t.charAt(t.length() - 1)) >= 0
                && count(t, t.charAt(t.length() - 1)) == 1) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** {@code , ; :} at either edge, a final {@code .}, a bracket without its partner. */
    private static String stripEdgePunctuation(String s) {
        String t = s;
        while (!t.isEmpty() && (",;:".indexOf(t.charAt(0)) >= 0 || isUnpaired(t, 0))) {
            t = t.substring(1).strip();
        }
        while (!t.isEmpty() && (",;:.".indexOf(t.charAt(t.length() - 1)) >= 0 || isUnpaired(t, t.length() - 1))) {
            if (endsWithAbbreviation(t)) {
                return t.substring(0, t.length() - 1).strip() + ".";
            }
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** True when the bracket at {@code i} has no partner in {@code s}. */
    private static boolean isUnpaired(String s, int i) {
        char c = s.charAt(i);
        int open = "([{".indexOf(c);
        if (open >= 0) {
            return s.indexOf(")]}".charAt(open)) < 0;
        }
        int close = ")]}".indexOf(c);
        return close >= 0 && s.indexOf("([{".charAt(close)) < 0;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
