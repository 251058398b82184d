package org.softkg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/**
 * Repair 6: finds "LONG ( SHORT )" and makes both sides mentions of the same type, so that the resolver
 * can take the short form as an alias. The short form is one token right after "(" and before ")", ","
 * or ";", or the last token of a short parenthesis after "as", "called", "or", "aka" or "named"
 * ("( commonly referred to as CARP )"). Its letters must appear in order in the long form, the first
 * one opening a word, and every content word of the long form must give at least one of them (the
 * matching of Schwartz and Hearst, 2003, made stricter): "inter-processor interrupt ( IPI )",
 * "device file system ( devfs )".
 * <ul>
 * <li>Long form already a mention: an untagged short form becomes a mention of its type; the long
 *     mention grows left over untagged words the short form needs ("device" in "device file system").</li>
 * <li>Long form untagged: the shortest run of words before "(" that the short form matches, at least two
 *     words, becomes a mention of the short form's type; when the short form is untagged too, it must be
 *     an acronym, and both become {@link Mention#UNTYPED}.</li>
 * </ul>
 */
public final class AbbreviationFinder implements Repair {

    /** Words that introduce a short form at the end of a parenthesis. */
    private static final Set<String> INTRODUCERS = Set.of("as", "called", "or", "aka", "named");
    /** Longest parenthesis searched for an introduced short form. */
    private static final int MAX_PARENTHESIS = 8;

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        List<Mention> current = mentions;
        for (int open = 1; open < sentence.size(); open++) {
            if ("(".equals(sentence.token(open).text())) {
                current = repair(sentence, current, open);
            }
        }
        return current;
    }

    /**
     * The "LONG ( SHORT )" pairs of a sentence whose long form ends right before "(", for mentions already
     * repaired: both spans are returned whether or not they are mentions.
     */
    public static List<Abbreviation> find(Sentence sentence, List<Mention> mentions) {
        List<Abbreviation> out = new ArrayList<>();
        for (int open = 1; open < sentence.size(); open++) {
            if ("(".equals(sentence.token(open).text())) {
                Candidate c = candidate(sentence, mentions, open);
                if (c != null) {
                    out.add(new Abbreviation(sentence.index(), c.longSpan, new Span(c.shortIndex, c.shortIndex + 1)));
                }
            }
        }
        return out;
    }

    private record Candidate(Span longSpan, Mention longMention, int shortIndex, Mention shortMention) {
    }

    private static List<Mention> repair(Sentence s, List<Mention> mentions, int open) {
        Candidate c = candidate(s, mentions, open);
        if (c == null) {
            return mentions;
        }
        Span shortSpan = new Span(c.shortIndex, c.shortIndex + 1);
        List<Mention> out = new ArrayList<>(mentions);
        String type = typeOf(c.longMention) != null ? typeOf(c.longMention)
                : typeOf(c.shortMention) != null ? typeOf(c.shortMention) : Mention.UNTYPED;
        if (c.longMention == null) {
            out.add(Mentions.of(s, c.longSpan, type, null));
        } else if (!c.longMention.span().equals(c.longSpan) || !c.longMention.type().equals(type)) {
            out.set(out.indexOf(c.longMention), Mentions.reshape(s, c.longMention, c.longSpan).withType(type));
        }
        if (c.shortMention == null) {
            out.add(Mentions.of(s, shortSpan, type, null));
        } else if (!c.shortMention.type().equals(type)) {
            out.set(out.indexOf(c.shortMention), c.shortMention.withType(type));
        }
        out.sort(Mentions.BY_POSITION);
        return out;
    }

    private static Candidate candidate(Sentence s, List<Mention> mentions, int open) {
        int shortIndex = shortFormIndex(s, open);
        if (shortIndex < 0) {
            return null;
        }
        String shortForm = s.token(shortIndex).text();
        Mention shortMention = mentionAt(mentions, shortIndex);
        if (shortMention != null && shortMention.span().length() != 1) {
            return null;
        }
        Mention longMention = null;
        for (Mention m : mentions) {
            if (m.span().end() == open) {
                longMention = m;
            }
        }
        boolean[] covered = Mentions.covered(s, mentions);
        int windowStart = open;
        int maxWords = Math.min(shortForm.length() + 5, 2 * shortForm.length());
        int limit = longMention != null ? longMention.span().start() : open;
        while (windowStart > 0 && open - windowStart < maxWords) {
            int i = windowStart - 1;
            boolean insideLong = longMention != null && i >= longMention.span().start();
            if (!insideLong && (covered[i] || TokenShape.isPunctuation(s.token(i).text()))) {
                break;
            }
            windowStart--;
        }
        int longStart = match(s, windowStart, open, shortForm);
        if (longStart < 0) {
            return null;
        }
        if (longMention != null) {
            return new Candidate(new Span(Math.min(longStart, limit), open), longMention, shortIndex, shortMention);
        }
        boolean acronym = TokenShape.isAcronym(shortForm.replaceAll("[^\\p{L}]", ""));
        if (open - longStart < 2 || (shortMention == null && !acronym)
                || ClosedClass.isFunctionWord(s.token(longStart).text(), longStart)) {
            return null;
        }
        return new Candidate(new Span(longStart, open), null, shortIndex, shortMention);
    }

    /** The token of the short form after "(" at {@code open}, or -1. */
    private static int shortFormIndex(Sentence s, int open) {
        if (open + 2 < s.size()) {
            String after = s.token(open + 2).text();
            if ((")".equals(after) || ",".equals(after) || ";".equals(after)) && isShortForm(s, open + 1)) {
                return open + 1;
            }
        }
        for (int close = open + 3; close < s.size() && close <= open + MAX_PARENTHESIS; close++) {
            String t = s.token(close).text();
            if (")".equals(t)) {
                boolean introduced = INTRODUCERS.contains(s.token(close - 2).text().toLowerCase(Locale.ROOT));
                return introduced && isShortForm(s, close - 1) ? close - 1 : -1;
            }
            if ("(".equals(t)) {
                return -1;
            }
        }
        return -1;
    }

    /** Two to ten characters, starting with a letter, not a function word, a number or a version. */
    private static boolean isShortForm(Sentence s, int i) {
        String t = s.token(i).text();
        return t.length() >= 2 && t.length() <= 10 && Character.isLetter(t.charAt(0)) && !t.endsWith(".")
                && t.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '/' || c == '+')
                && !ClosedClass.isFunctionWord(t, i) && !TokenShape.isVersion(t) && !TokenShape.isRomanNumeral(t);
    }

    /** The type of {@code m} when it has one, else {@code null}. */
    private static String typeOf(Mention m) {
        return m == null || Mention.UNTYPED.equals(m.type()) ? null : m.type();
    }

    private static Mention mentionAt(List<Mention> mentions, int i) {
        for (Mention m : mentions) {
            if (m.span().contains(i)) {
                return m;
            }
        }
        return null;
    }

    /**
     * Matches the short form's letters and digits, from the last, leftwards through the words
     * {@code [from, to)}; the first must open a word. Returns the token where the long form starts,
     * or -1 when the letters do not all match or a content word of the long form gives none of them.
     */
    public static int match(Sentence s, int from, int to, String shortForm) {
        if (from >= to) {
            return -1;
        }
        StringBuilder text = new StringBuilder();
        List<Integer> tokenOf = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (i > from) {
                text.append(' ');
                tokenOf.add(i);
            }
            String w = s.token(i).text().toLowerCase(Locale.ROOT);
            text.append(w);
            for (int k = 0; k < w.length(); k++) {
                tokenOf.add(i);
            }
        }
        String sf = shortForm.toLowerCase(Locale.ROOT);
        boolean[] used = new boolean[to - from];
        int l = text.length() - 1;
        for (int k = sf.length() - 1; k >= 0; k--) {
            char c = sf.charAt(k);
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            while (l >= 0 && (text.charAt(l) != c
                    || (k == 0 && l > 0 && Character.isLetterOrDigit(text.charAt(l - 1))))) {
                l--;
            }
            if (l < 0) {
                return -1;
            }
            used[tokenOf.get(l) - from] = true;
            l--;
        }
        int start = tokenOf.get(l + 1);
        for (int i = start; i < to; i++) {
            String w = s.token(i).text();
            if (!used[i - from] && !ClosedClass.isFunctionWord(w, i) && !TokenShape.isPunctuation(w)) {
                return -1;
            }
        }
        return start;
    }
}
