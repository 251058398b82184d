package org.softkg.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.softkg.model.Entity;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;
import org.softkg.model.Token;

/**
 * A sentence with no subject that opens with its predicate, whose subject is the document's main subject: a README's
 * feature list ("- Runs on [Linux] .", "- Written in [Rust] .", "- A fork of [Hugo] .") or a line of release notes
 * ("Adds support for [Kappa] .", "Now runs on [Zeta] ."). Each is read as a {@link CarriedSubject.Clause} whose
 * subject is the main subject standing as "It", the way document context resolves "It" (and the words that make a
 * predicate phrase a clause): "It runs on [Linux]", "It is written in [Rust]", "It is a fork of [Hugo]". Four
 * openings, after at most two adverbs ("Now", "Also", "Fully"):
 * <ol>
 *   <li>a verb in the third person singular, no verb after it: "Runs on", "Supports", "Adds support for";</li>
 *   <li>an inflected verb (a participle) or an adjective, then a preposition: "Written in", "Licensed under",
 *       "Ported to", "Based on", "Compatible with" (read after "It is");</li>
 *   <li>a verb in the past tense or the imperative before support or compatibility, as change logs write a change:
 *       "Added support for", "Add support for", "Fix support for", "Added experimental compatibility with" (read
 *       after "It"; "Dropped support for" and "Drop support for" are then withdrawn, see {@link SentenceUnits});</li>
 *   <li>a singular noun phrase, an article and at most two words before its head, then "of", "for" or "to":
 *       "A fork of", "Fork of", "Implementation of", "Plugin for", "A drop-in replacement for" (read after "It is",
 *       "a" added where the phrase has no article); without an article only when capitalised ("- version of
 *       [Node]" is an item of a list of things to send, twenty-fifth session).</li>
 * </ol>
 * A list item ({@link Sentence.Block#ITEM}) may open in lower case ("- runs on [Haiku]") and after a label and a
 * colon ("- Portable : runs on [Haiku]"). Nothing is implied into a heading; a sentence that opens with a name or,
 * outside a list item, with a lower-case word (a truncated line); a question; a long sentence ({@link #MAX_TOKENS});
 * an opening with a verb of its own after it ("Support for [X] was added", "Ports for [X] were released": the
 * opening is a subject); or a fronted phrase whose subject follows a comma ("Based on [X] , [Y] is ..."). Stateless.
 */
final class ImpliedSubject {

    /** The most tokens of a sentence read with an implied subject: feature lines and release notes are short. */
    static final int MAX_TOKENS = 30;
    private static final int MAX_ADVERBS = 2;
    /** The most words of a list item's label before its colon. */
    private static final int MAX_LABEL = 4;
    private static final int MAX_NOUN_WORDS = 3;
    private static final Set<String> NOUN_LINKS = Set.of("of", "for", "to");
    /** Words after which a verb belongs to the predicate: coordinated, or of a relative clause. */
    private static final Set<String> COORDINATORS = Set.of("and", "or", "but", "that", "which", "who", "whose");
    /** A word: a letter, then lower-case letters, hyphenated pieces allowed ("Runs", "drop-in"). */
    private static final Pattern WORD = Pattern.compile("\\p{L}\\p{Ll}*(-\\p{Ll}+)*");
    private static final Pattern LABEL_WORD = Pattern.compile("\\p{L}[\\p{L}-]*");
    private static final Pattern LOWER_THEN_UPPER = Pattern.compile("\\p{Ll}\\p{Lu}");
    /** Verbs of a change log's line that the tagger may take for nouns ("Fix support for", "Enable support for"). */
    private static final Set<String> CHANGE_VERBS = Set.of("add", "added", "improve", "improved", "fix", "fixed",
            "enable", "enabled", "implement", "implemented", "introduce", "introduced", "extend", "extended", "restore",
            "restored", "expand", "expanded");
    private static final Set<String> NOT_NOUN = Set.of("VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART",
            "NUM", "PUNCT", "ADV");

    private ImpliedSubject() {
    }

    /**
     * The clauses of {@code sentence} with {@code main} (the document's main subject) implied before a predicate that
     * opens one of its sentences; none without a main subject (null) or in a heading.
     */
    static List<CarriedSubject.Clause> of(Sentence sentence, List<Mention> mentions, Entity main) {
        List<CarriedSubject.Clause> out = new ArrayList<>();
        if (main == null || sentence.heading() || sentence.size() > MAX_TOKENS) {
            return out;
        }
        List<Integer> starts = SentenceStarts.of(sentence);
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k);
            int end = k + 1 < starts.size() ? starts.get(k + 1) : sentence.size();
            // a list item may open in lower case ("- runs on [Haiku]") or with a label ("- Portable : runs on ...")
            boolean item = k == 0 && sentence.block() == Sentence.Block.ITEM;
            if (item) {
                from = afterLabel(sentence, mentions, end);
            }
            CarriedSubject.Clause c = clause(sentence, mentions, from, end, item, main);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private static CarriedSubject.Clause clause(Sentence s, List<Mention> mentions, int from, int end,
                                                boolean lowerCase, Entity main) {
        if (from >= end || !lowerCase && !Character.isUpperCase(s.token(from).text().codePointAt(0))
                || !hasNoSubject(s, mentions, from, end)) {
            return null;
        }
        int p = from;
        while (p < end && p - from < MAX_ADVERBS && "ADV".equals(s.token(p).pos()) && isWord(s.token(p))
                && !named(s, mentions, p)) {
            p++;
        }
        if (p + 1 >= end || named(s, mentions, p)) {
            return null;
        }
        Token t = s.token(p);
        String w = SentenceUnits.lower(t.text());
        Token next = s.token(p + 1);
        List<Token> head = new ArrayList<>();
        head.add(word("It", "PRON", "it"));
        int openingEnd;
        if (isThirdPersonVerb(t, w) && !Cues.VERB_POS.contains(next.pos())) {
            openingEnd = p + 1;
        } else if (isWord(t) && (isPastForm(w) || "VERB".equals(t.pos()) || CHANGE_VERBS.contains(w))
                && supportNounWithin(s, mentions, p + 1, end)) {
            openingEnd = p + 1; // "Added support for [X]", "Add support for [X]": "It added support for [X]"
        } else if (isWord(t) && ("ADJ".equals(t.pos()) || "VERB".equals(t.pos()) && !w.equals(t.lemma()))
                && "ADP".equals(next.pos())) {
            head.add(be());
            openingEnd = p + 1;
        } else {
            int q = Cues.DETERMINERS.contains(w) ? p + 1 : p;
            if (q == p && SentenceUnits.isLowerCaseWord(t.text())) {
                return null; // "- version of [Node]" in a list of what to send with a bug report: no description
            }
            int link = nounPhraseEnd(s, mentions, q, end);
            if (link < 0) {
                return null;
            }
            head.add(be());
            if (q == p) {
                head.add(word(startsWithVowel(s.token(q).text()) ? "an" : "a", "DET", "a"));
            }
            openingEnd = link;
        }
        if (hasOwnVerb(s, mentions, openingEnd, end)) {
            return null; // "Support for [X] was added", "Ports for [X] were released": the opening is the subject
        }
        return new CarriedSubject.Clause(mentionOf(main, s, p), from, List.copyOf(head), openingEnd);
    }

    /**
     * The mention of {@code main}, the subject implied before a reading of {@code s}, over token {@code at} (the
     * original span the clause's head, "It ...", maps its evidence to).
     */
    static Mention mentionOf(Entity main, Sentence s, int at) {
        return new Mention(s.index(), new Span(at, at + 1), typeOf(main), main.label(), null, main.iri());
    }

    /** A word of an implied clause's head ("It", "is", "a"), at no position of the original text. */
    static Token word(String text, String pos, String lemma) {
        return new Token(text, Token.OUTSIDE, pos, lemma, -1, -1);
    }

    /** The entity's type for its mention: the first of its types in order, or untyped. */
    private static String typeOf(Entity e) {
        return e.types().stream().filter(t -> !Mention.UNTYPED.equals(t)).sorted().findFirst().orElse(Mention.UNTYPED);
    }

    /**
     * The token after the label of a list item, "Portable :" or "Fast and small :" (at most {@link #MAX_LABEL} words
     * and no name before a colon), or 0 when the item has none.
     */
    private static int afterLabel(Sentence s, List<Mention> mentions, int end) {
        for (int c = 1; c < end - 1 && c <= MAX_LABEL; c++) {
            if (named(s, mentions, c - 1) || !isLabelWord(s.token(c - 1).text())) {
                return 0;
            }
            if (":".equals(s.token(c).text())) {
                return c + 1;
            }
        }
        return 0;
    }

    /**
     * A word of a label: letters and hyphens, with no capital after a lower-case letter ("Portable", not
     * "ZetaCloudFixed" or "postForm", code names that are the subject of their item).
     */
    private static boolean isLabelWord(String w) {
        return LABEL_WORD.matcher(w).matches() && !LOWER_THEN_UPPER.matcher(w).find();
    }

    /**
     * The index of "of"/"for"/"to" after a singular noun phrase of one to {@link #MAX_NOUN_WORDS} words from
     * {@code q} ("fork of", "drop-in replacement for"), or -1.
     */
    private static int nounPhraseEnd(Sentence s, List<Mention> mentions, int q, int end) {
        for (int i = q; i < end - 1 && i < q + MAX_NOUN_WORDS; i++) {
            Token t = s.token(i);
            if (!isWord(t) || NOT_NOUN.contains(t.pos()) || named(s, mentions, i) || isPastForm(t.text())) {
                return -1; // "Dropped support for [X]", "Removed plugin for [Y]": a verb the tagger took for a noun
            }
            if (NOUN_LINKS.contains(SentenceUnits.lower(s.token(i + 1).text()))) {
                return isPlural(SentenceUnits.lower(t.text())) ? -1 : i + 1;
            }
        }
        return -1;
    }

    /** "runs", "supports", "adds", "carries": the lemma with "s", "es" or "ies" (the tagger's VERB, lemma not the word). */
    private static boolean isThirdPersonVerb(Token t, String w) {
        String lemma = t.lemma();
        if (!"VERB".equals(t.pos()) || lemma == null || lemma.equals(w) || !isWord(t)) {
            return false;
        }
        return w.equals(lemma + "s") || w.equals(lemma + "es")
                || lemma.endsWith("y") && w.equals(lemma.substring(0, lemma.length() - 1) + "ies");
    }

    /**
     * True when no clause of its own follows a comma: no name or pronoun then a verb ("Based on [X] , [Y] is ...",
     * "Written in C , it runs ..."), and no question mark.
     */
    private static boolean hasNoSubject(Sentence s, List<Mention> mentions, int from, int end) {
        for (int i = from; i < end; i++) {
            String w = s.token(i).text();
            if ("?".equals(w)) {
                return false;
            }
            if (!",".equals(w) || i + 1 >= end) {
                continue;
            }
            int j = i + 1;
            if ("the".equals(SentenceUnits.lower(s.token(j).text())) && j + 1 < end) {
                j++;
            }
            int after = "PRON".equals(s.token(j).pos()) ? j + 1 : mentionEnd(mentions, j);
            while (after > 0 && after < end && "ADV".equals(s.token(after).pos())) {
                after++;
            }
            if (after > 0 && after < end && Cues.VERB_POS.contains(s.token(after).pos())) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a verb of its own comes after the opening, so that the opening is a subject or a fronted phrase: an
     * auxiliary ("Support for [X] was added"), or a verb in the third person singular right after a noun or a name
     * ("Conform to [X] mapping uses ..."). A verb after "and", "or", "but" or a relative pronoun belongs to the
     * predicate ("Runs on [X] and is written in [Y]", "A fork of [X] that runs on [Y]").
     */
    private static boolean hasOwnVerb(Sentence s, List<Mention> mentions, int from, int end) {
        for (int i = from; i < end; i++) {
            Token t = s.token(i);
            String w = SentenceUnits.lower(t.text());
            boolean aux = "AUX".equals(t.pos()) && !"to".equals(before(s, i, from));
            boolean finite = "VERB".equals(t.pos()) && isThirdPersonVerb(t, w) && afterNoun(s, mentions, i);
            if ((aux || finite) && !COORDINATORS.contains(before(s, i, from))) {
                return true;
            }
        }
        return false;
    }

    /** The lower-case word before token {@code i} past adverbs, or "" at {@code from}. */
    private static String before(Sentence s, int i, int from) {
        int b = i - 1;
        while (b >= from && ("ADV".equals(s.token(b).pos()) || "PART".equals(s.token(b).pos())
                && !"to".equals(SentenceUnits.lower(s.token(b).text())))) {
            b--;
        }
        return b < from ? "" : SentenceUnits.lower(s.token(b).text());
    }

    private static boolean afterNoun(Sentence s, List<Mention> mentions, int i) {
        if (i == 0) {
            return false;
        }
        String pos = s.token(i - 1).pos();
        return "NOUN".equals(pos) || "PROPN".equals(pos) || "PRON".equals(pos) || mentionEnds(mentions, i);
    }

    private static boolean mentionEnds(List<Mention> mentions, int i) {
        for (Mention m : mentions) {
            if (m.entity() != null && m.span().end() == i) {
                return true;
            }
        }
        return false;
    }

    static int mentionEnd(List<Mention> mentions, int i) {
        for (Mention m : mentions) {
            if (m.entity() != null && m.span().start() == i) {
                return m.span().end();
            }
        }
        return -1;
    }

    /**
     * True when token {@code i} is inside a name: a mention other than one capitalised or lower-case word the name
     * finder took for a name because it opens the line ("Fork of", "Plugin for", "a [fork] of").
     */
    static boolean named(Sentence s, List<Mention> mentions, int i) {
        for (Mention m : mentions) {
            if (m.entity() == null || !m.span().contains(i)) {
                continue;
            }
            boolean word = m.span().length() == 1 && (Mention.UNTYPED.equals(m.type())
                    || SentenceUnits.isLowerCaseWord(s.token(i).text()));
            if (!word) {
                return true;
            }
        }
        return false;
    }

    static boolean isWord(Token t) {
        return WORD.matcher(t.text()).matches();
    }

    /** "Dropped", "removed", "added": a past form, which opens no noun phrase (nouns in "-ed" are rare, "speed"). */
    /**
     * True when a support noun ("support", "compatibility") stands at token {@code q} of {@code s} or after at most
     * {@link #MAX_ADVERBS} adjectives or adverbs ("experimental", "much better"), before {@code end}.
     */
    private static boolean supportNounWithin(Sentence s, List<Mention> mentions, int q, int end) {
        for (int i = q; i < end && i <= q + MAX_ADVERBS && !named(s, mentions, i); i++) {
            Token t = s.token(i);
            if (isSupportNoun(t)) {
                return true;
            }
            if (!isWord(t) || !("ADJ".equals(t.pos()) || "ADV".equals(t.pos()))) {
                return false;
            }
        }
        return false;
    }

    private static boolean isSupportNoun(Token t) {
        return Cues.SUPPORT_NOUNS.contains(SentenceUnits.lower(t.text())) && "NOUN".equals(t.pos());
    }

    private static boolean isPastForm(String w) {
        return w.length() > 4 && SentenceUnits.lower(w).endsWith("ed") && !SentenceUnits.lower(w).endsWith("eed");
    }

    private static boolean isPlural(String w) {
        return w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
    }

    static boolean startsWithVowel(String w) {
        return "aeiouAEIOU".indexOf(w.charAt(0)) >= 0;
    }

    static Token be() {
        return word("is", "AUX", "be");
    }
}
