package org.softkg.relation;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.softkg.mention.AbbreviationFinder;
import org.softkg.mention.ClosedClass;
import org.softkg.mention.TokenShape;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Token;

/**
 * Checks on the two arguments of a matched fact, found by judging facts on unlabelled WikiSER sentences (the
 * third precision pass): an argument that is a quantity ("two disk formats ( 320KB , 720KB )"), a name that is
 * one half of a longer name joined by "and" and abbreviated as a whole ("Noise Reduction and Edge Sharpening
 * ( NoRES )"), a subject that only qualifies a plural class noun after it ("The [Zeta] versions were developed by
 * ..."), a participle that describes the noun of a for-phrase ("a library for applications written in [Zeta]"), and
 * a runsOn object the subject only stands in for ("a replacement for [Zeta]"), a nationality ("[South Korean]
 * microchips"), the long form of a plural acronym ("CPs ( [Central Processors] )", thirteenth session) and a runsOn
 * object with no capital or digit ("a library for [data visualization]", session 20). Each check asks for words and shapes,
 * never for a name.
 */
final class ArgumentChecks {

    /** A number with a unit glued to it or after it: "250.25KB", "1.2 GHz", "64 KiB". */
    private static final Pattern QUANTITY = Pattern.compile("[+-]?\\d[\\d.,]*\\s?(\\p{L}+(/s)?)");
    /** A word that makes a name an adjective: "Z80-based", "BSD-like". */
    private static final Pattern COMPOUND_ADJECTIVE = Pattern.compile("(?i).*-(based|like|licensed|compatible)");
    /** A plural acronym: "HBAs", "GPUs". */
    private static final Pattern ACRONYM_PLURAL = Pattern.compile("\\p{Lu}{2,}s");
    /** Words that join the halves of one coordinated long form. */
    private static final Set<String> JOINERS = Set.of("and", "&", "or", "/");
    /** Words between a participle and its object: "written in", "released for the", "developed by". */
    private static final Set<String> LINK_WORDS = Set.of("in", "by", "on", "for", "under", "with", "from", "to",
            "the", "a", "an", "its");
    /**
     * Participles left to the subject: "a desktop environment for older laptops based on the Zeta toolkit" is an
     * example of the rule near-based-on (what a thing is based on is seldom the class it is for).
     */
    private static final Set<String> NEAR_PARTICIPLES = Set.of("based", "built");
    /** Prepositions before a maker or a place: "developed at [X] based on", "made by [X] based on". */
    private static final Set<String> AGENT_PLACE_PREPOSITIONS = Set.of("at", "by", "from");
    /** Nouns of one thing standing in for another: "a replacement for", "an alternative to". */
    private static final Set<String> SUBSTITUTE_NOUNS = Set.of("replacement", "replacements", "alternative",
            "alternatives", "substitute", "substitutes", "successor", "counterpart", "competitor", "rival", "clone");
    /** The prepositions after such a noun: "a replacement for", "an alternative to". */
    private static final Set<String> SUBSTITUTE_PREPOSITIONS = Set.of("for", "to");
    /** How many words a coordinated long form may hold before its short form. */
    private static final int MAX_LONG_FORM = 12;
    /** How many tokens of coordinated names may stand between a subject and the class noun it qualifies. */
    private static final int MAX_COORDINATED = 8;
    /**
     * Finite forms of "be" and "have" after a plural subject noun: the noun heads the subject ("versions were",
     * "HBAs are"). Modals are left out: "[X] tests can be configured via Y" is a rule's example of X's support.
     */
    private static final Set<String> PLURAL_VERBS = Set.of("are", "were", "have", "had");

    /** Words of a compass point before a nationality: "South Korean", "East German". */
    private static final Set<String> COMPASS = Set.of("North", "South", "East", "West", "Northern", "Southern", "Eastern",
            "Western", "Central");

    /** The forms of "replace" that open a change log's line. */
    private static final Set<String> REPLACE_FORMS = Set.of("replace", "replaced", "replaces", "replacing");

    private ArgumentChecks() {
    }

    /** True when the fact of {@code relation} with these subject and object mentions should not be made. */
    static boolean rejects(Sentence sentence, String relation, Mention subject, Mention object) {
        return ("runsOn".equals(relation) && (isSubstituteFor(sentence, object) || isKindName(object) || isCodeHost(object)
                    || qualifiesNextApplication(sentence, object)))
                || "developedBy".equals(relation) && isKindName(subject) && isPossessed(sentence, subject)
                || "successorOf".equals(relation) && opensWithReplace(sentence)
                || isQuantity(sentence, subject) || isQuantity(sentence, object)
                || TokenShape.isCommandOption(subject.text()) || TokenShape.isCommandOption(object.text())
                || TokenShape.isCommitHash(subject.text()) || TokenShape.isCommitHash(object.text())
                || isCoordinatedHalf(sentence, subject) || isCoordinatedHalf(sentence, object)
                || qualifiesClassNoun(sentence, subject) || describesForNoun(sentence, subject, object)
                || isCompoundAdjectiveBase(sentence, subject)
                || ("writtenIn".equals(relation) || "developedBy".equals(relation) || "basedOn".equals(relation))
                        && qualifiesToolNoun(sentence, subject)
                || "basedOn".equals(relation) && isAgentOrPlaceBeforeBased(sentence, subject)
                || isNationality(sentence, subject) || isNationality(sentence, object)
                || isPluralAcronymLongForm(sentence, subject) || isPluralAcronymLongForm(sentence, object);
    }

    /**
     * True for a subject that follows "at", "by" or "from" and stands right before "based on": "It was developed at
     * [Contoso] based on [Zeta]" says what the developed thing is based on, not the place or the maker.
     */
    static boolean isAgentOrPlaceBeforeBased(Sentence sentence, Mention subject) {
        int after = subject.span().end();
        int before = subject.span().start() - 1;
        if (before >= 0 && Cues.DETERMINERS.contains(lower(sentence.token(before)))) {
            before--;
        }
        return after < sentence.size() && "based".equals(lower(sentence.token(after)))
                && before >= 0 && AGENT_PLACE_PREPOSITIONS.contains(lower(sentence.token(before)));
    }

    /**
     * True for a mention with no capital letter and no digit ("a library for [data visualization]"): it names a kind
     * of thing or an activity, never the platform something runs on (session 20).
     */
    static boolean isKindName(Mention m) {
        String text = m.text();
        return text.chars().noneMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /**
     * True for a sentence that opens with a form of "replace", in any case: a change log's line ("Replace [Zeta]
     * with [Orbit] in the tutorials", "Replaced [getSize] with [getRect]") says what a program now uses instead of
     * what, not that one product succeeds another.
     */
    static boolean opensWithReplace(Sentence sentence) {
        return sentence.size() > 0 && REPLACE_FORMS.contains(SentenceUnits.lower(sentence.token(0).text()));
    }

    /**
     * True for a mention right after a possessive "'s" or past adjectives after it: "[Org] 's latest [Y]". With no
     * capital and no digit in it, such a name is an aspect of the possessor, not a product it made ("Apple 's latest
     * [computational photography] engine", session 21).
     */
    static boolean isPossessed(Sentence sentence, Mention m) {
        int i = m.span().start() - 1;
        while (i >= 0 && "ADJ".equals(sentence.token(i).pos())) {
            i--;
        }
        return i >= 0 && Cues.POSSESSIVES.contains(sentence.token(i).text());
    }

    /**
     * True for an object the tags call an application that stands right before another tagged name, which it only
     * qualifies ("the default browser for the [iOS] [Gmail] application": the platform is Gmail's, session 20).
     */
    static boolean qualifiesNextApplication(Sentence sentence, Mention object) {
        int end = object.span().end();
        return "Application".equals(object.type()) && end < sentence.size()
                && !Token.OUTSIDE.equals(sentence.token(end).tag())
                && Character.isUpperCase(sentence.token(end).text().codePointAt(0));
    }

    /**
     * True for a mention that is the long form of a plural acronym in the parenthesis after it ("runs on mainframe
     * CPs ( [Central Processors] )", "HBAs ( [Host Bus Adapters] )"): it spells out a class of things, not a name.
     */
    static boolean isPluralAcronymLongForm(Sentence sentence, Mention m) {
        int start = m.span().start();
        int end = m.span().end();
        return start >= 2 && end < sentence.size() && "(".equals(sentence.token(start - 1).text())
                && ")".equals(sentence.token(end).text())
                && ACRONYM_PLURAL.matcher(sentence.token(start - 2).text()).matches();
    }

    /**
     * True for a mention that is only a nationality ("based on [South Korean] microchips", "[Japanese] games"): a
     * nationality names no software, maker or platform; it qualifies the noun after it.
     */
    static boolean isNationality(Sentence sentence, Mention m) {
        int end = m.span().end();
        if (!ClosedClass.NATIONALITY_ADJECTIVES.contains(sentence.token(end - 1).text())) {
            return false;
        }
        for (int i = m.span().start(); i < end - 1; i++) {
            if (!COMPASS.contains(sentence.token(i).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * True for a language or a protocol right before the name of a tool that handles it: "[Kappa] 's [Zeta] compiler
     * is written in [Orbit]", "its [Zeta] parser was developed by ...". The language a compiler is written in and the
     * maker of a parser are not the language's (twenty-fifth session). Other nouns after the name are often the
     * product's own kind ("the [Zeta] service", "the [Zeta] project"), which the tags type loosely.
     */
    static boolean qualifiesToolNoun(Sentence sentence, Mention m) {
        int next = m.span().end();
        return ("Language".equals(m.type()) || "Protocol".equals(m.type())) && next < sentence.size()
                && Cues.TOOL_NOUNS.contains(sentence.token(next).text());
    }

    /**
     * True for a site that hosts code or packages ("available on [GitHub]", "published on [PyPI]"): where a program's
     * source or releases are kept, never the platform it runs on (twenty-fifth session).
     */
    static boolean isCodeHost(Mention m) {
        return Cues.CODE_HOSTS.contains(m.text().toLowerCase(Locale.ROOT));
    }

    /**
     * True for a mention that is only the base of a compound adjective written as one word ("an 8-bit [Z80]-based
     * computer designed by ..."): the name qualifies the noun after it, so it is no subject. Such a base is read as an
     * object through the rules' {@code ~-based} slots.
     */
    static boolean isCompoundAdjectiveBase(Sentence sentence, Mention m) {
        String last = sentence.token(m.span().end() - 1).text();
        return !last.equals(m.text()) && !m.text().endsWith(last) && COMPOUND_ADJECTIVE.matcher(last).matches();
    }

    /**
     * True for a mention that is a quantity: a number and a unit of size, speed or power ("250.25KB",
     * "4.77 MHz"). A quantity names nothing that software supports, runs on or uses.
     */
    static boolean isQuantity(Sentence sentence, Mention m) {
        StringBuilder text = new StringBuilder();
        for (int i = m.span().start(); i < m.span().end(); i++) {
            text.append(i > m.span().start() ? " " : "").append(sentence.token(i).text());
        }
        Matcher q = QUANTITY.matcher(text);
        return q.matches() && TokenShape.isUnit(q.group(1));
    }

    /**
     * True for a mention that is one half of a long form joined by "and", "&", "or" or "/", whose short form in
     * the parenthesis right after covers both halves: "[Noise Reduction] and [Edge Sharpening] ( NoRES )",
     * "an [adaptive load balancing] and [fault-Tolerance] ( ALB&amp;FT ) platform". The short form's letters
     * must match the whole long form as {@link AbbreviationFinder#match} matches them.
     */
    static boolean isCoordinatedHalf(Sentence sentence, Mention m) {
        int open = -1;
        for (int i = m.span().end(); i < sentence.size() && i <= m.span().end() + MAX_LONG_FORM; i++) {
            String t = sentence.token(i).text();
            if ("(".equals(t)) {
                open = i;
                break;
            }
            if (TokenShape.isPunctuation(t) && !JOINERS.contains(t) && !t.equals("-")) {
                return false;
            }
        }
        if (open < 0 || open + 2 >= sentence.size() || !")".equals(sentence.token(open + 2).text())) {
            return false;
        }
        String shortForm = sentence.token(open + 1).text();
        if (shortForm.length() < 2 || shortForm.chars().noneMatch(Character::isUpperCase)) {
            return false;
        }
        int start = AbbreviationFinder.match(sentence, Math.max(0, open - MAX_LONG_FORM), open, shortForm);
        if (start < 0 || start > m.span().start() || (start == m.span().start() && open == m.span().end())) {
            return false;
        }
        for (int i = start; i < open; i++) {
            if ((i < m.span().start() || i >= m.span().end())
                    && JOINERS.contains(sentence.token(i).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for a subject that only qualifies the plural class noun heading the subject phrase after it, past
     * other coordinated names: "The [Zeta] and Kappa versions were developed by ...", "[Orbit Link] HBAs are
     * available for ...". The fact is about a class of things made for or with the name, not about the name. A
     * tagged library before "libraries" ("the Qt libraries") names the collection itself and stays.
     */
    static boolean qualifiesClassNoun(Sentence sentence, Mention m) {
        int j = m.span().end();
        int limit = Math.min(sentence.size(), j + MAX_COORDINATED);
        while (j < limit && isCoordinatedNameToken(sentence.token(j).text())
                && !ACRONYM_PLURAL.matcher(sentence.token(j).text()).matches()) {
            j++;
        }
        if (j + 1 >= sentence.size()) {
            return false;
        }
        Token noun = sentence.token(j);
        boolean plural = ACRONYM_PLURAL.matcher(noun.text()).matches() || isLowerCasePlural(noun);
        if (!plural || "Library".equals(m.type()) && "library".equals(noun.lemma())) {
            return false;
        }
        return PLURAL_VERBS.contains(sentence.token(j + 1).text().toLowerCase(Locale.ROOT));
    }

    /**
     * True when the participle that links the object describes a plural noun after "for" that lies between the
     * subject and the object: "[Orbit] is a library for generating files for applications written in [Zeta]" (the
     * applications are written in Zeta), "[Orbit] is a debugger for programs originally developed by [Contoso]". The
     * subject is what the noun phrase is for, not what the participle says. A comma before the participle ("a tool for
     * packing archives , written in Zeta") leaves the participle to the subject, and so do "based" and "built".
     */
    static boolean describesForNoun(Sentence sentence, Mention subject, Mention object) {
        int k = object.span().start() - 1;
        // back over the other names of a coordinated object ("in Zeta or [Kappa]") and the link words
        for (int skipped = 0; k > subject.span().end() && skipped < MAX_COORDINATED
                && (LINK_WORDS.contains(lower(sentence.token(k))) || isCoordinatedNameToken(sentence.token(k).text()));
                skipped++) {
            k--;
        }
        if (k <= subject.span().end() || !isParticiple(sentence.token(k)) || NEAR_PARTICIPLES.contains(lower(sentence.token(k)))) {
            return false;
        }
        k--;
        for (int skipped = 0; k > subject.span().end() && skipped < 2 && "ADV".equals(sentence.token(k).pos()); skipped++) {
            k--;
        }
        if (k <= subject.span().end() || !isLowerCasePlural(sentence.token(k))
                || Cues.PEOPLE_PLURALS.contains(lower(sentence.token(k)))) {
            return false; // "designed for power users developed by [X]": people are not what the participle made
        }
        for (int i = k - 1; i >= subject.span().end() && i >= k - 4; i--) {
            String w = lower(sentence.token(i));
            if ("for".equals(w)) {
                return true;
            }
            if (TokenShape.isPunctuation(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * True for an object after "a replacement for", "an alternative to" or the like ("[Orbit] is a free replacement
     * for [Zeta]"): the subject stands in for the object, it is not made for it as for a platform.
     */
    static boolean isSubstituteFor(Sentence sentence, Mention object) {
        int k = object.span().start() - 1;
        if (k >= 0 && Cues.DETERMINERS.contains(lower(sentence.token(k)))) {
            k--;
        }
        return k >= 1 && SUBSTITUTE_PREPOSITIONS.contains(lower(sentence.token(k)))
                && SUBSTITUTE_NOUNS.contains(lower(sentence.token(k - 1)));
    }

    /** A past participle: a lower-case verb whose lemma differs from it ("written", "developed", "released"). */
    private static boolean isParticiple(Token t) {
        String text = t.text();
        return "VERB".equals(t.pos()) && t.lemma() != null && !t.lemma().equals(text)
                && text.chars().allMatch(Character::isLowerCase) && !text.endsWith("ing") && !text.endsWith("s");
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    /** A token of a list of names: a joiner, a comma, or a word that opens with a capital or a digit. */
    private static boolean isCoordinatedNameToken(String t) {
        return JOINERS.contains(t) || ",".equals(t) || (!t.isEmpty()
                && (Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0))));
    }

    /**
     * A lower-case word in the plural: "versions" (lemma "version"). The part of speech is not asked: the tagger
     * calls such a noun before "were" an auxiliary at times; a plural verb never stands before "are" or "were".
     */
    private static boolean isLowerCasePlural(Token t) {
        String text = t.text();
        String lemma = t.lemma();
        return SentenceUnits.isLowerCaseWord(text) && text.endsWith("s") && lemma != null && !lemma.equals(text) && lemma.length() >= 3;
    }
}
