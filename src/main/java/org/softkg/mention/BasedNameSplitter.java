package org.softkg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;
import org.softkg.model.Token;

/**
 * Repair 12: a name written as one word with "-based" ("Linux-based", "Motorola 68000-based") names the base,
 * not a thing of its own. A mention ending in such a word keeps its tokens but takes the base as its text
 * ("Motorola 68000"), so it resolves to the base's entity; one that goes on past the word ("Presto-based
 * Opera" tagged as one name) is split in two: the base, and the name after it, which keeps the type; an
 * untagged one becomes a mention of its base, joined to the name before it when the base is a model number
 * ("[Motorola] 68000-based"). The
 * relation rules read the word's "-based" through {@code ~-based} slots. Only bases with a capital or a
 * digit count ("Linux-based", "x86-based"; not "web-based"). "-licensed" and "-compatible" words are read the same
 * way ("BSD-licensed" names BSD, "MPEG-4-compatible" names MPEG-4, "POSIX-compliant" names POSIX), through
 * {@code ~-licensed}, {@code ~-compatible} and {@code ~-compliant} slots, and so are "-like" words ("BSD-like" names
 * BSD, {@code ~-like}). A suffix the
 * tokeniser split off a name ("CP/M -like") is read the same way when a mention ends with it or stands right
 * before it. A "-like" word that a word with no capital, or an acronym, follows inside one mention ("Unix-like
 * operating system", "Unix-like OS") is a description and stays whole.
 *
 * <p>Words of making, giving and inspiring glued to a name are read the same way (twelfth session, names14):
 * "Zeta-developed" and "Zeta-designed" name their maker, "Zeta-provided" what provides the thing after it, "Zeta-inspired"
 * its influence (as "Zeta-influenced" does), through {@code ~-developed}, {@code ~-designed}, {@code ~-provided} and
 * {@code ~-inspired} (or {@code ~-influenced}) slots, which
 * alone take such a base ({@link #ASKED_ONLY}); a nationality ("Soviet-designed") is no base of these.
 *
 * <p>"compatible" written apart after a name ("a [Zeta] compatible computer", "the [Zeta 80] compatible [Orbit]",
 * "is [Zeta] compatible .") is read as "Zeta-compatible" when it modifies what follows (a noun, an adjective or a
 * name) or ends its clause; "[Zeta] compatible with ..." is no such word (round 10, compat10).
 */
public final class BasedNameSplitter implements Repair {

    private static final Pattern BASED = Pattern.compile(
            "(.*[\\p{Lu}\\d].*)-(based|licensed|compatible|like|developed|designed|provided|inspired|influenced|compliant)");
    /** The suffix written as a token of its own after the base ("CP/M -like", "PL/I -based"). */
    private static final Pattern SUFFIX = Pattern.compile("-(based|licensed|compatible|like|developed|designed|provided|inspired|influenced|compliant)");
    /** Suffixes whose base only fills a slot that asks for it ({@code {O:~-like}}): other slots refuse it. */
    public static final Set<String> ASKED_ONLY = Set.of("-like", "-compatible", "-developed", "-designed", "-provided",
            "-inspired", "-influenced", "-compliant");
    /** Suffixes of making, giving and inspiring, whose base must be a name, not a nationality ("Soviet-designed"). */
    private static final Set<String> MAKING = Set.of("developed", "designed", "provided", "inspired", "influenced");
    /** "compatible" written apart from the name it follows ("[Zeta] compatible computer"), read as "-compatible". */
    private static final String APART = "compatible";
    /** Parts of speech of a word that "X compatible" modifies ("computer", "portable", "[Orbit]"). */
    private static final Set<String> MODIFIED_POS = Set.of("NOUN", "PROPN", "ADJ");
    /** Tokens after which "X compatible" stands alone as a predicate ("is [Zeta] compatible ."). */
    private static final Set<String> CLAUSE_ENDS = Set.of(".", ",", ";", ")", ":");

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        List<Mention> out = new ArrayList<>(mentions.size());
        boolean changed = false;
        for (Mention m : mentions) {
            List<Mention> split = split(sentence, m, context);
            changed |= split != null;
            out.addAll(split != null ? split : List.of(m));
        }
        boolean[] covered = Mentions.covered(sentence, out);
        for (int i = 0; i < sentence.size(); i++) {
            if (!covered[i] && isCompatibleApart(sentence, i)) {
                Mention base = endingAt(out, i);
                if (base != null && namesSomething(base.text())) {
                    // "[Zeta] compatible computer": the word after the name makes it a "Zeta-compatible" base
                    out.remove(base);
                    out.add(new Mention(sentence.index(), new Span(base.span().start(), i + 1), base.type(),
                            base.text(), null, null));
                    covered[i] = true;
                    changed = true;
                }
                continue;
            }
            if (sentence.token(i).text().indexOf('-') < 0) {
                continue; // both patterns need a hyphen: no matcher for the plain words
            }
            Matcher b = BASED.matcher(sentence.token(i).text());
            Mention base = covered[i] || !SUFFIX.matcher(sentence.token(i).text()).matches() ? null : endingAt(out, i);
            if (base != null) {
                // "[CP/M] -like": the mention before the split-off suffix is its base
                out.remove(base);
                out.add(new Mention(sentence.index(), new Span(base.span().start(), i + 1), base.type(), base.text(),
                        null, null));
                changed = true;
                continue;
            }
            if (covered[i] || !b.matches() || isNationalityMaker(b)) {
                continue;
            }
            changed = true;
            Mention before = endingAt(out, i);
            if (before != null && b.group(1).chars().allMatch(Character::isDigit)) {
                out.remove(before);
                out.add(new Mention(sentence.index(), new Span(before.span().start(), i + 1), before.type(),
                        before.text() + " " + b.group(1), null, null));
            } else {
                String type = context.typeOf(b.group(1));
                out.add(new Mention(sentence.index(), new Span(i, i + 1),
                        type != null ? type : LanguageNames.typeOfBase(b.group(1)), b.group(1), null, null));
            }
        }
        if (changed) {
            out.sort(Mentions.BY_POSITION);
        }
        return changed ? out : mentions;
    }

    /**
     * True when token {@code i} is "compatible" written apart that modifies what follows it (a noun, an adjective,
     * a name) or ends its clause: "a [Zeta] compatible computer", "is [Zeta] compatible ."; not "compatible with".
     */
    static boolean isCompatibleApart(Sentence s, int i) {
        if (i == 0 || !APART.equals(s.token(i).text())) {
            return false;
        }
        if (i + 1 == s.size()) {
            return true;
        }
        Token next = s.token(i + 1);
        return CLAUSE_ENDS.contains(next.text()) || !Token.OUTSIDE.equals(next.tag())
                || (MODIFIED_POS.contains(String.valueOf(next.pos())) && !"with".equalsIgnoreCase(next.text()));
    }

    /** The mention in {@code mentions} that ends right before token {@code i}, or {@code null}. */
    private static Mention endingAt(List<Mention> mentions, int i) {
        return mentions.stream().filter(m -> m.span().end() == i).findFirst().orElse(null);
    }

    /** The mentions {@code m} becomes, or {@code null} when it holds no "-based" word. */
    private static List<Mention> split(Sentence s, Mention m, RepairContext context) {
        Span span = m.span();
        for (int i = span.start(); i < span.end(); i++) {
            Matcher b = BASED.matcher(s.token(i).text());
            boolean apart = i > span.start()
                    && (SUFFIX.matcher(s.token(i).text()).matches()
                        || (isCompatibleApart(s, i) && namesSomething(s.text(new Span(span.start(), i)))));
            if (!b.matches() && !apart || b.matches() && isNationalityMaker(b)) {
                continue;
            }
            if (s.token(i).text().endsWith("-like") && i + 1 < span.end() && !isTitleCase(s.token(i + 1).text())) {
                // "[Unix-like operating system]", "[Unix-like OS]": a description, kept whole; "BSD-like [Info-ZIP]" splits
                return null;
            }
            Span baseSpan = new Span(span.start(), i + 1);
            String base = apart ? s.text(new Span(span.start(), i))
                    : (i > span.start() ? s.text(new Span(span.start(), i)) + " " : "") + b.group(1);
            List<Mention> parts = new ArrayList<>(2);
            String baseType = i + 1 == span.end() ? m.type() : context.typeOf(base);
            parts.add(new Mention(s.index(), baseSpan, baseType != null ? baseType : LanguageNames.typeOfBase(base),
                    base, null, null));
            if (i + 1 < span.end()) {
                parts.add(Mentions.reshape(s, m, new Span(i + 1, span.end())));
            }
            return parts;
        }
        return null;
    }

    /** "Soviet-designed", "American-developed": a nationality with a word of making names no maker. */
    private static boolean isNationalityMaker(Matcher b) {
        return MAKING.contains(b.group(2)) && ClosedClass.NATIONALITY_ADJECTIVES.contains(b.group(1));
    }

    /** A capital or a digit somewhere: a base that names something ("Zeta 80"; not "backward" of "backward compatible"). */
    private static boolean namesSomething(String base) {
        return TokenShape.hasCapitalOrDigit(base);
    }

    /** A capital first and some lower-case letter: a name's word ("Info-ZIP"), not a common acronym ("OS"). */
    private static boolean isTitleCase(String word) {
        return Character.isUpperCase(word.charAt(0)) && word.chars().anyMatch(Character::isLowerCase);
    }

    /** The base a "-based" word names ("Linux" for "Linux-based"), or {@code null} for any other word. */
    public static String baseOf(String word) {
        Matcher b = BASED.matcher(word);
        if (b.matches()) {
            return b.group(1).strip();
        }
        int space = word.lastIndexOf(' ');
        return space > 0 && (SUFFIX.matcher(word.substring(space + 1)).matches() || APART.equals(word.substring(space + 1)))
                ? word.substring(0, space) : null;
    }

    /** True when mention {@code m} of {@code s} is the base of a "-based" word. */
    public static boolean isBase(Sentence s, Mention m) {
        return suffixOfBase(s, m) != null;
    }

    /**
     * The suffix ("-based", "-licensed", "-compatible") of the word whose base mention {@code m} of {@code s} is,
     * or {@code null} when it is no such base.
     */
    public static String suffixOfBase(Sentence s, Mention m) {
        String last = s.token(m.span().end() - 1).text();
        if (APART.equals(last) && m.span().length() >= 2 && !m.text().endsWith(APART)) {
            return "-compatible"; // "[Zeta compatible]" read as "Zeta-compatible" (the mention's text is its base)
        }
        if (last.indexOf('-') < 0) { // both patterns need a hyphen; most words have none
            return null;
        }
        Matcher b = BASED.matcher(last);
        if (b.matches() && isNationalityMaker(b)) {
            return null;
        }
        if (!b.matches()) {
            b = SUFFIX.matcher(last);
            if (!b.matches() || m.span().length() < 2) {
                return null;
            }
        }
        return !m.text().endsWith("-" + b.group(b.groupCount())) ? "-" + b.group(b.groupCount()) : null;
    }
}
