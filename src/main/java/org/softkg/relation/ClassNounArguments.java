package org.softkg.relation;

import java.util.Locale;
import java.util.Set;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Token;

/**
 * Token evidence that a mention is a common noun for a class of things or a description rather than a name (the
 * annotation guidelines' "not named": "web browsers", "a library", "the emulator"), for the cases the shape of the
 * mention alone does not settle. Used by {@link SentenceUnits#isName}, the one place where a mention becomes a
 * fact argument. Each test reads grammar, never a word of a name:
 * <ul>
 * <li>a lower-case conjunct of a class: the mention is joined by "and"/"or" to a description opened by an article
 *     ("an 8-bit single board computer and [microcontroller]"), or, a lower-case noun alone, to a compound whose
 *     plural head it shares ("[error] and failure detection mechanisms", "both [star] and tree networks"). A
 *     capitalised mention stays, whatever its neighbours ("servers and [Windows]");</li>
 * <li>a bare plural opening the sentence: its capital is the sentence's, and the participle or plural verb after it
 *     agrees with a plural ("[Libraries] written in C ...", "[Games] are ...");</li>
 * <li>an untagged capitalised word opening a phrase and qualifying the lower-case noun after it ("[Default]
 *     image codec");</li>
 * <li>an indefinite description: "a"/"an" before a name-plus-common-noun mention whose head is a lower-case noun
 *     ("uses an [X-ray tool]"); a licence or a term of art keeps its name ("an MIT license", "a Bloom filter").</li>
 * </ul>
 * {@link #asideStart} lets the determiner test see past a quote or a parenthesised aside before the phrase ("the
 * Orbit ( remote control ) [user interface]", "a " [dual license] "").
 */
final class ClassNounArguments {

    /** Conjunctions of a coordinated noun phrase. */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or");
    /** Indefinite articles. */
    private static final Set<String> INDEFINITE = Set.of("a", "an");
    /** Articles that open a description. */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Last parts of compound adjectives written as one word ("Zeta-based", "Zeta-compatible"). */
    private static final Set<String> COMPOUND_ADJECTIVE_TAILS = Set.of("based", "like", "licensed", "compatible",
            "powered", "derived", "style", "specific", "only", "enabled", "capable", "oriented", "centric", "related");
    /** Quotes around a phrase. */
    private static final Set<String> QUOTES = Set.of("\"", "'", "``", "''", "\u201c", "\u201d", "\u2018", "\u2019");
    /** Tags of the words of a noun compound, as the tagger gives them ("frame/NOUN check/VERB sequences/NOUN"). */
    private static final Set<String> COMPOUND_POS = Set.of("NOUN", "PROPN", "ADJ", "NUM", "ADV", "VERB");
    /** Tokens after which a capital may open a phrase rather than a name. */
    private static final Set<String> PHRASE_OPENERS = Set.of(".", ":", ";", ")", "!", "?");
    /** Finite forms of "be" and "have" that agree with a plural subject. */
    private static final Set<String> PLURAL_FINITE = Set.of("are", "were", "have");
    /** How far back a parenthesised aside may open. */
    private static final int MAX_ASIDE = 8;
    /** How many modifiers a description between its article and its head may hold. */
    private static final int MAX_MODIFIERS = 6;

    private ClassNounArguments() {
    }

    /**
     * True when the mention is a class noun or a description by the evidence of its neighbours.
     * {@code lowerCase} says whether its words are lower-case (a capital opening the sentence aside).
     */
    static boolean isClass(Sentence s, Mention m, boolean[] covered, boolean lowerCase) {
        return conjunctOfClass(s, m, covered, lowerCase) || bareInitialPlural(s, m) || indefiniteDescription(s, m)
                || initialModifier(s, m, covered);
    }

    /**
     * True for an untagged one-word mention whose only capital is that of a phrase opening (the sentence, or a
     * clause after ".", ":", ";" or ")") and which qualifies the lower-case noun after it ("( SILLY ) [Default] image
     * codec , which is based on ..."): a word of the description, not a name. A tagged name stays ("[Zeta] network
     * layer supports ...").
     */
    static boolean initialModifier(Sentence s, Mention m, boolean[] covered) {
        int start = m.span().start();
        return Mention.UNTYPED.equals(m.type()) && m.span().length() == 1
                && SentenceUnits.isCapitalisedWord(s.token(start).text())
                && (atSentenceStart(s, start) || PHRASE_OPENERS.contains(s.token(start - 1).text()))
                && SentenceUnits.modifiesNoun(s, m.span().end(), covered);
    }

    /**
     * The first token of the phrase that ends before {@code start}, once opening quotes and one parenthesised aside
     * right before it are passed: "the Orbit ( remote control ) [user interface]" gives the index of "(".
     */
    static int asideStart(Sentence s, int start) {
        int i = skipQuotes(s, start);
        if (i > 0 && ")".equals(s.token(i - 1).text())) {
            for (int j = i - 2; j >= 0 && j >= i - 1 - MAX_ASIDE; j--) {
                String t = s.token(j).text();
                if ("(".equals(t)) {
                    return skipQuotes(s, j);
                }
                if (")".equals(t)) {
                    break;
                }
            }
        }
        return i;
    }

    private static int skipQuotes(Sentence s, int start) {
        int i = start;
        while (i > 0 && QUOTES.contains(s.token(i - 1).text())) {
            i--;
        }
        return i;
    }

    /** The coordination tests of the class javadoc. */
    static boolean conjunctOfClass(Sentence s, Mention m, boolean[] covered, boolean lowerCase) {
        int n = s.size();
        if (!lowerCase) {
            return false; // "servers and [Windows]": a capitalised name may follow a class noun
        }
        int j = m.span().end();
        if (j < n && ",".equals(s.token(j).text())) {
            j++;
        }
        if (m.span().length() == 1 && j < n && CONJUNCTIONS.contains(lower(s.token(j)))
                && sharesPluralHead(s, j + 1)) {
            return true;
        }
        int k = m.span().start() - 1;
        if (k < 1 || !CONJUNCTIONS.contains(lower(s.token(k)))) {
            return false;
        }
        int h = k - 1;
        if (h >= 1 && ",".equals(s.token(h).text())) {
            h--;
        }
        Token head = s.token(h);
        if (!SentenceUnits.isLowerCaseWord(head.text()) || !isNoun(head)) {
            return false;
        }
        return opensWithArticle(s, h);
    }

    /**
     * True when the words from {@code j} are a compound of lower-case nouns (two or more) ending in a plural noun:
     * "failure detection mechanisms", "tree networks". A single-noun conjunct before it shares that head.
     */
    private static boolean sharesPluralHead(Sentence s, int j) {
        if (j >= s.size() || !"NOUN".equals(s.token(j).pos())) {
            return false;
        }
        // the tagger calls words inside a compound verbs or adverbs at times ("frame check sequences")
        for (int i = j; i < s.size() && i - j < MAX_MODIFIERS && SentenceUnits.isLowerCaseWord(s.token(i).text())
                && COMPOUND_POS.contains(String.valueOf(s.token(i).pos()))
                && s.token(i).text().chars().anyMatch(Character::isLetter); i++) {
            if (i > j && "NOUN".equals(s.token(i).pos()) && isPluralShaped(s.token(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a determiner a/an/the opens the lower-case description whose head is token {@code h}, with at
     * least one modifier between ("an 8-bit single board computer").
     */
    private static boolean opensWithArticle(Sentence s, int h) {
        int i = h - 1;
        int modifiers = 0;
        while (i >= 0 && modifiers < MAX_MODIFIERS && isModifierWord(s.token(i))) {
            i--;
            modifiers++;
        }
        return modifiers > 0 && i >= 0 && ARTICLES.contains(lower(s.token(i)));
    }

    /**
     * A lower-case adjective, noun or number ("single", "board", "8-bit"), or a compound adjective whose last part
     * is lower-case ("Z80-based"), tagged words of a lower-case mention included; never an article.
     */
    private static boolean isModifierWord(Token t) {
        String w = t.text();
        String pos = String.valueOf(t.pos());
        boolean participle = "VERB".equals(pos) && w.endsWith("ed");
        if (ARTICLES.contains(lower(t)) || !(participle || COMPOUND_POS.contains(pos) && !"VERB".equals(pos))) {
            return false;
        }
        int dash = w.lastIndexOf('-');
        String tail = dash > 0 ? w.substring(dash + 1) : w;
        return !tail.isEmpty() && tail.chars().anyMatch(Character::isLetter)
                && (dash > 0 ? tail : w).chars().noneMatch(Character::isUpperCase);
    }

    /**
     * True for a one-word mention opening the sentence, a capitalised plural ("Libraries"), followed (past adverbs)
     * by a past participle or a verb that agrees with a plural: the capital is the sentence's, the word a class.
     */
    static boolean bareInitialPlural(Sentence s, Mention m) {
        int start = m.span().start();
        if (m.span().length() != 1 || !atSentenceStart(s, start)) {
            return false;
        }
        Token t = s.token(start);
        if (!SentenceUnits.isCapitalisedWord(t.text()) || !isPluralShaped(t)) {
            return false;
        }
        int v = m.span().end();
        while (v < s.size() && "ADV".equals(s.token(v).pos())) {
            v++;
        }
        if (v >= s.size()) {
            return false;
        }
        Token next = s.token(v);
        String w = next.text();
        if (PLURAL_FINITE.contains(w)) {
            return true;
        }
        return "VERB".equals(next.pos()) && SentenceUnits.isLowerCaseWord(w) && next.lemma() != null
                && !w.endsWith("s") && !w.endsWith("ing");
    }

    /**
     * True for a mention of two or more words after "a"/"an" whose last word is a lower-case singular noun and
     * whose other words hold no acronym or digit ("an [X-ray tool]"): one of a kind described, not named. Licences
     * and terms of art are named this way ("an MIT license", "a Hermitian matrix", "a Bloom filter"), so a licence,
     * algorithm or data structure mention stays.
     */
    static boolean indefiniteDescription(Sentence s, Mention m) {
        int start = m.span().start();
        if (indefiniteHyphenCompound(s, m)) {
            return true;
        }
        if (m.span().length() < 2 || start == 0 || !INDEFINITE.contains(lower(s.token(start - 1)))
                || "License".equals(m.type()) || Cues.TERM_TYPES.contains(m.type())) {
            return false;
        }
        Token last = s.token(m.span().end() - 1);
        if (!"NOUN".equals(last.pos()) || !SentenceUnits.isLowerCaseWord(last.text()) || isPluralShaped(last)) {
            return false;
        }
        for (int i = start; i < m.span().end() - 1; i++) {
            String t = s.token(i).text();
            if (t.chars().filter(Character::isUpperCase).count() > 1 || t.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True for a one-word mention after "a"/"an" written as a name and a common noun joined by a hyphen ("an
     * [X-server] based on ...", "a [Zeta-plugin]"): the noun after the hyphen heads it, so it is one thing of a class,
     * like "an [X-ray tool]". A compound adjective ("a [Zeta-based] ...") is no noun and stays to the rules'
     * "~-based" slots; a licence or a term of art keeps its name.
     */
    private static boolean indefiniteHyphenCompound(Sentence s, Mention m) {
        int start = m.span().start();
        if (m.span().length() != 1 || start == 0 || !INDEFINITE.contains(lower(s.token(start - 1)))
                || "License".equals(m.type()) || Cues.TERM_TYPES.contains(m.type())) {
            return false;
        }
        Token t = s.token(start);
        String w = t.text();
        int dash = w.lastIndexOf('-');
        if (dash <= 0 || !("NOUN".equals(t.pos()) || "PROPN".equals(t.pos()))) {
            return false;
        }
        String head = w.substring(dash + 1);
        String name = w.substring(0, dash);
        if (head.length() < 3 || !head.chars().allMatch(c -> c >= 'a' && c <= 'z')
                || name.chars().noneMatch(Character::isUpperCase) || COMPOUND_ADJECTIVE_TAILS.contains(head)) {
            return false;
        }
        // "a [Zeta-compatible] home computer": a modifier of the noun after it, not the head of the phrase
        int next = m.span().end();
        return next >= s.size() || !SentenceUnits.isLowerCaseWord(s.token(next).text())
                || !COMPOUND_POS.contains(String.valueOf(s.token(next).pos())) || "VERB".equals(s.token(next).pos());
    }

    /** The first token of the sentence, or the first after an opening quote or bracket. */
    private static boolean atSentenceStart(Sentence s, int i) {
        return i == 0 || (i == 1 && (QUOTES.contains(s.token(0).text()) || "(".equals(s.token(0).text())));
    }

    /** A noun by its tag (the tagger calls a capitalised common noun a proper noun). */
    private static boolean isNoun(Token t) {
        return "NOUN".equals(t.pos()) || "PROPN".equals(t.pos());
    }

    /** A word of letters (a hyphen allowed) of four or more ending in a plural "s" ("switches", not "bus", "basis"). */
    private static boolean isPluralShaped(Token t) {
        String w = lower(t);
        return w.length() >= 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && w.chars().allMatch(c -> Character.isLetter(c) || c == '-');
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
