package org.softkg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/**
 * Repair 3: extends a name over adjacent untagged tokens that belong to it: "DragonFly"/O + "BSD"/B
 * gives "DragonFly BSD", "Novell" + "DOS" gives "Novell DOS". A token joins when it is name-shaped
 * (CamelCase, an acronym, letters with digits, or a capitalised proper noun), is no function word,
 * number, version, date or generic head ({@link GenericHeadTrimmer}), and is not itself the whole
 * text of another mention of the document (so "Linux" tagged elsewhere is not glued onto "FreeBSD").
 * On the right a model number joins too ("Atari" + "2600"), see {@link #isModelNumber}, a Roman numeral right
 * after the name ("Kaiser" + "II": a sequel's number), and so does a
 * capitalised word of a product line, "Series" or "Family", with the number or letter after it ("HP 64000" +
 * "Series", "GEC" + "Series 42"; in lower case they are generic heads, {@link GenericHeadTrimmer}).
 * Only names grow: the edge token of the mention must itself be name-shaped, so "Intel" does not join
 * "hardware"; a name ending in a number ("HP 64000", "Windows 10") takes only a product line or edition word
 * ({@link #EDITIONS}: "HP 64000 Series", "Windows 10 Pro"). At most {@value #MAX_PER_SIDE} tokens join on each side, and none when the token beyond
 * them still looks like a name (a fragment or a table row); list-like sentences are left alone. A capitalised
 * participle before a preposition ("Published in") and a nationality adjective after "a"/"an" ("a Soviet [X]
 * clone") never join (fourth precision pass).
 */
public final class NameExtender implements Repair {

    /** Capitalised words naming an edition after a product's number: "Windows 10 Pro", "Office 2007 Enterprise". */
    static final Set<String> EDITIONS = Set.of("Edition", "Pro", "Plus", "Lite", "Mini", "Max", "Ultra", "Home",
            "Professional", "Enterprise", "Standard", "Express", "Ultimate", "Deluxe", "Premium", "Server", "Classic", "Junior");

    /** More than two joined tokens were, in the development data, mostly table cells run together. */
    static final int MAX_PER_SIDE = 2;

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        if (ListLikeSentence.test(sentence)) {
            return mentions;
        }
        boolean[] covered = Mentions.covered(sentence, mentions);
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int start = m.span().start();
            int end = m.span().end();
            if (isNameEdge(sentence.token(start).text())) {
                start = growLeft(sentence, start, covered, context);
            }
            if (isNameEdge(sentence.token(end - 1).text())) {
                end = growRight(sentence, end, covered, context);
            } else if (endsInModelNumber(sentence, m.span())) {
                end = growEdition(sentence, end, covered);
            }
            Span span = new Span(start, end);
            out.add(span.equals(m.span()) ? m : Mentions.reshape(sentence, m, span));
        }
        return out;
    }

    /**
     * The new start of a name starting at {@code start}, grown left over joining tokens, which are marked
     * covered. When the token beyond the grown part still looks like a name or belongs to another mention,
     * the grown part is a fragment of something longer ("Bell Labs Unix" with "Bell" tagged ADV) or a table
     * row run together, and the name does not grow.
     */
    static int growLeft(Sentence s, int start, boolean[] covered, RepairContext context) {
        int k = start;
        while (start - k < MAX_PER_SIDE && k > 0 && !covered[k - 1] && joins(s, k - 1, context)) {
            k--;
        }
        if (k == start || (k > 0 && (covered[k - 1] || looksLikeName(s, k - 1)))) {
            return start;
        }
        for (int i = k; i < start; i++) {
            covered[i] = true;
        }
        return k;
    }

    /** The new end of a name ending before {@code end}, grown right as {@link #growLeft} grows left. */
    static int growRight(Sentence s, int end, boolean[] covered, RepairContext context) {
        int k = end;
        while (k - end < MAX_PER_SIDE && k < s.size() && !covered[k]
                && (joins(s, k, context) || isModelNumber(s, k) || isProductLine(s, k)
                        || k == end && TokenShape.isRomanNumeral(s.token(k).text())
                        || k > end && isProductLine(s, k - 1) && isLineMember(s.token(k).text()))) {
            k++;
        }
        if (k == end || (k < s.size() && (covered[k] || looksLikeName(s, k)))) {
            return end;
        }
        for (int i = end; i < k; i++) {
            covered[i] = true;
        }
        return k;
    }

    /** Starts with a capital or is name-shaped, and is no function word: a token that may continue a name. */
    private static boolean looksLikeName(Sentence s, int i) {
        String t = s.token(i).text();
        return (Character.isUpperCase(t.charAt(0)) || TokenShape.isStrongName(t)) && !ClosedClass.isFunctionWord(t, i);
    }

    /**
     * The new end of a name ending in a number before {@code end}: one word of a product line or an edition joins
     * ("HP 64000 Series", "Windows 10 Pro"), another capitalised word does not ("Power Macintosh 6100 Speed bumped").
     */
    static int growEdition(Sentence s, int end, boolean[] covered) {
        if (end < s.size() && !covered[end] && (isProductLine(s, end) || EDITIONS.contains(s.token(end).text()))
                && !(end + 1 < s.size() && !covered[end + 1] && looksLikeName(s, end + 1))) {
            covered[end] = true;
            return end + 1;
        }
        return end;
    }

    /** A name and a number ("HP 64000", "Windows 10"): its continuation may follow ("HP 64000 Series", "Windows 10 Pro"). */
    private static boolean endsInModelNumber(Sentence s, Span span) {
        String last = s.token(span.end() - 1).text();
        return span.length() >= 2 && !last.isEmpty() && last.chars().allMatch(Character::isDigit)
                && isNameEdge(s.token(span.end() - 2).text());
    }

    /** A mention token a name can grow from: capitalised or shaped like a name. */
    private static boolean isNameEdge(String t) {
        return TokenShape.isCapitalised(t) || TokenShape.isStrongName(t);
    }

    /**
     * A model number after a name: an integer of three to five digits that is no year and counts nothing
     * ("Atari 2600", "Intel 8080", "RFC 6563"; not "Windows 2000", not "Xeon 128 cores"), or two of two to five
     * digits joined by a slash ("IBM System 360/195"; not "2007/2008", not "1024/2048 KB").
     */
    static boolean isModelNumber(Sentence s, int i) {
        String t = s.token(i).text();
        if (!isModelInteger(t) && !isModelPair(t)) {
            return false;
        }
        if (i + 1 < s.size()) {
            String next = s.token(i + 1).text();
            // a plural noun after it makes it a quantity ("128 cores"); "is", "was", "has" are no plural nouns
            return !TokenShape.isUnit(next) && !(next.endsWith("s") && next.equals(next.toLowerCase(Locale.ROOT))
                    && !ClosedClass.isFunctionWord(next, i + 1));
        }
        return true;
    }

    /** A model number of three to five digits that is no year ("2600", "8080"). */
    static boolean isModelInteger(String t) {
        return t.length() >= 3 && t.length() <= 5 && t.chars().allMatch(Character::isDigit) && !TokenShape.isYear(t);
    }

    /** Two model numbers joined by a slash, a model and its variant: "Zeta 360/195", "Orbo 90/60"; no years ("2007/2008"). */
    private static boolean isModelPair(String t) {
        int slash = t.indexOf('/');
        if (slash < 2 || slash != t.lastIndexOf('/') || t.length() - slash - 1 < 2 || t.length() > 11) {
            return false;
        }
        String a = t.substring(0, slash);
        String b = t.substring(slash + 1);
        return a.length() <= 5 && b.length() <= 5 && (a + b).chars().allMatch(Character::isDigit)
                && !TokenShape.isYear(a) && !TokenShape.isYear(b);
    }

    /** A capitalised word naming a product line after a product's name or number: "HP 64000 Series", "Zeta Family". */
    static boolean isProductLine(Sentence s, int i) {
        String t = s.token(i).text();
        return t.equals("Series") || t.equals("Family");
    }

    /** What names a member of a product line after its word: a number or a capital letter ("GEC Series 42", "Zeta Series X"). */
    private static boolean isLineMember(String t) {
        return t.length() <= 5 && t.chars().allMatch(Character::isDigit) || t.length() == 1 && Character.isUpperCase(t.charAt(0));
    }

    /** Prepositions after which a capitalised "-ed" word is a verb: "Published in 1997", "Updated by". */
    private static final Set<String> PARTICIPLE_PREPOSITIONS = Set.of("in", "on", "by", "at", "for", "from", "to",
            "with", "as", "under", "via", "into");

    /**
     * A capitalised past participle followed by a preposition is a verb, not a word of a name: a heading glued to
     * a title ("[Orbit Quest] Published in 1997 , Orbit Quest was ..."), a table cell ("Obsoleted by").
     */
    static boolean isParticipleBeforePreposition(Sentence s, int i) {
        String t = s.token(i).text();
        return t.length() >= 5 && t.endsWith("ed") && TokenShape.isCapitalised(t) && i + 1 < s.size()
                && t.substring(1).equals(t.substring(1).toLowerCase(Locale.ROOT))
                && PARTICIPLE_PREPOSITIONS.contains(s.token(i + 1).text());
    }

    /**
     * A nationality adjective right after "a" or "an" qualifies the noun phrase it opens ("a Soviet [ZX Spectrum]
     * clone", "an American [Atari] port"): an indefinite article does not open a proper name that holds one, while
     * "the Polish Internet Exchange" may be a name.
     */
    static boolean isNationalityAfterIndefiniteArticle(Sentence s, int i) {
        if (i == 0 || !ClosedClass.NATIONALITY_ADJECTIVES.contains(s.token(i).text())) {
            return false;
        }
        String before = s.token(i - 1).text().toLowerCase(Locale.ROOT);
        return before.equals("a") || before.equals("an");
    }

    /** True when token {@code i} may join an adjacent name. */
    static boolean joins(Sentence s, int i, RepairContext context) {
        String t = s.token(i).text();
        if (TokenShape.isPunctuation(t) || TokenShape.isNumber(t) || TokenShape.isVersion(t) || t.endsWith(".")
                || TokenShape.isUnit(t) || TokenShape.isHyphenAdjective(t)
                || ClosedClass.isFunctionWord(t, i) || ClosedClass.CALENDAR.contains(t)
                || GenericHeadTrimmer.isGenericWord(t) || context.isName(t)
                || isParticipleBeforePreposition(s, i) || isNationalityAfterIndefiniteArticle(s, i)) {
            return false;
        }
        if (TokenShape.isStrongName(t)) {
            return true;
        }
        // a capitalised proper noun; opening the sentence, not one that looks like a verb form ("Implementing CIDR")
        return TokenShape.isCapitalised(t) && "PROPN".equals(s.token(i).pos())
                && !(i == 0 && (t.endsWith("ing") || t.endsWith("ed")));
    }
}
