package org.softkg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/**
 * Repair 1: trims tokens that cannot be at the edge of a name: determiners ("the Eclipse Foundation"),
 * prepositions ("at runtime"), conjunctions, auxiliaries ("must be resumed"), possessive "'s",
 * and punctuation ("HTTP .", "PRN :"). A mention with nothing left is dropped.
 * <p>
 * Function words inside a name stay ("Google Summer of Code"); so do capitalised ones inside a sentence
 * ("At Ease", "Do Not Track"), the name-final "!" and "+" ("Yahoo !", "Modula-2 +"), and quotes or
 * brackets that are balanced inside the mention; an opening bracket closed outside it ends the name ("Mac OS X (
 * Leopard" keeps "Mac OS X"). A capitalised "The" or "A" opening a sentence is kept
 * when a title follows ("The Lord of the Rings Online"), trimmed otherwise ("The GNU operating system").
 */
public final class EdgeTrimmer implements Repair {

    /** Punctuation that ends names: "Yahoo !", "Spacewar !", "Modula-2 +". */
    private static final Set<String> NAME_FINAL = Set.of("!", "!!", "+", "++", "#");

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Span trimmed = trim(sentence, m.span());
            if (trimmed == null) {
                continue;
            }
            out.add(trimmed.equals(m.span()) ? m : Mentions.reshape(sentence, m, trimmed));
        }
        return out;
    }

    /** The span without its edge tokens, or {@code null} when nothing is left. */
    static Span trim(Sentence s, Span span) {
        int start = span.start();
        int end = openBracketEnd(s, span);
        boolean changed = true;
        while (start < end && changed) {
            changed = false;
            if (end - start >= 3 && enclosing(s.token(start).text(), s.token(end - 1).text())) {
                start++;
                end--;
                changed = true;
            } else if (trimLeft(s, start, end)) {
                start++;
                changed = true;
            } else if (start < end && trimRight(s, start, end)) {
                end--;
                changed = true;
            }
        }
        return start < end ? new Span(start, end) : null;
    }

    /**
     * The end of the name: the first opening bracket inside it that is not closed inside it ends it ("Mac OS X (
     * Leopard" read from "Mac OS X (Leopard, Tiger)" keeps "Mac OS X"); the span's own end otherwise.
     */
    private static int openBracketEnd(Sentence s, Span span) {
        for (int i = span.start() + 1; i < span.end(); i++) {
            String t = s.token(i).text();
            if (("(".equals(t) || "[".equals(t)) && !closedAfter(s, i, span.end(), "(".equals(t) ? ")" : "]")) {
                return i;
            }
        }
        return span.end();
    }

    private static boolean closedAfter(Sentence s, int open, int end, String partner) {
        for (int i = open + 1; i < end; i++) {
            if (partner.equals(s.token(i).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean trimLeft(Sentence s, int start, int end) {
        String t = s.token(start).text();
        if (TokenShape.isPunctuation(t)) {
            return !balancedIn(s, start, end, t);
        }
        if (start == 0 && ClosedClass.isFunctionWord(t, 0) && !t.equals(t.toLowerCase(java.util.Locale.ROOT))) {
            return !titleFollows(s, start + 1, end);
        }
        return ClosedClass.isFunctionWord(t, start);
    }

    private static boolean trimRight(Sentence s, int start, int end) {
        String t = s.token(end - 1).text();
        if (end - 1 > start && NAME_FINAL.contains(t)) {
            return false;
        }
        if (TokenShape.isPunctuation(t) || "'s".equals(t) || "’s".equals(t)) {
            return !balancedIn(s, start, end, t);
        }
        // "Technomancer , The": an inverted title keeps its article after a comma; trim both
        return ClosedClass.isFunctionWord(t, end - 1) || ("The".equals(t) && end - 1 > start);
    }

    /** A title after a sentence-initial article: two or more tokens, the first and the last capitalised or with digits. */
    private static boolean titleFollows(Sentence s, int from, int end) {
        if (end - from < 2) {
            return false;
        }
        return nameLike(s.token(from).text()) && nameLike(s.token(end - 1).text());
    }

    private static boolean nameLike(String t) {
        return TokenShape.isCapitalised(t) || TokenShape.isStrongName(t) || Character.isDigit(t.charAt(0));
    }

    /** A quote or bracket pair around the whole mention: '" wafer "'. */
    private static boolean enclosing(String first, String last) {
        return ("\"".equals(first) && "\"".equals(last)) || ("(".equals(first) && ")".equals(last));
    }

    /** True for a quote or bracket that has its partner inside the mention ('Mac OS X " Lion "'). */
    private static boolean balancedIn(Sentence s, int start, int end, String t) {
        String partner = switch (t) {
            case "\"", "'", "''", "`", "``" -> t;
            case "(" -> ")";
            case ")" -> "(";
            case "[" -> "]";
            case "]" -> "[";
            default -> null;
        };
        if (partner == null) {
            return false;
        }
        int same = 0;
        int other = 0;
        for (int i = start; i < end; i++) {
            String x = s.token(i).text();
            if (x.equals(t)) {
                same++;
            } else if (x.equals(partner)) {
                other++;
            }
        }
        return partner.equals(t) ? same % 2 == 0 : same == other;
    }
}
