package org.softkg.relation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.softkg.mention.BasedNameSplitter;
import org.softkg.mention.PackageNameFinder;
import org.softkg.mention.TokenShape;
import org.softkg.model.EntityType;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;
import org.softkg.model.Token;

/**
 * A sentence as the matcher sees it: a sequence of units, each a plain token or a whole mention.
 * Mentions that cannot be names (a single lower-case verb, a number, a pronoun) are dissolved into
 * plain tokens, so a wrongly tagged "forked" still matches {@code [fork]}.
 */
final class SentenceUnits {

    private static final Pattern VERSION = Pattern.compile("(?i)v?\\d+(\\.\\d+)*(\\.x)?[a-z]?\\+?");
    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");
    private static final Pattern ACRONYM_PLURAL = Pattern.compile("\\p{Lu}{2,}s");
    /** A quantity written as one word: "16-bit", "32-bits", "64bit", "8-core": a property, not a name. */
    private static final Pattern MEASURE = Pattern.compile("(?i)\\d+(\\.\\d+)?-?(bits?|bytes?|cores?)");
    private static final int MAX_PARENTHESIS = 6;
    private static final int MAX_APPOSITION = 8;
    /** How many units a labelled parenthesis after a name ("( ru : Зета )") may hold to be skipped whole ({@link #closingAside}). */
    private static final int MAX_ASIDE = 10;
    /** How many plain words an indefinite description may hold before the name it qualifies. */
    private static final int MAX_DESCRIPTION = 10;
    /** One word that qualifies by another name ("C-like", "Chromium-based"): an adjective, not that name. */
    private static final Pattern NAME_ADJECTIVE = Pattern.compile(
            "(?i).+-(like|based|compatible|style|derived|inspired|powered|enabled|specific|oriented|centric|native|only|related)");

    private final Sentence sentence;
    private final int[] first;
    private final int[] end;
    private final Mention[] mention;
    /** Per unit, the lower-case word of a plain token ({@code null} for a mention): rules ask for it many times. */
    private final String[] plain;
    /** Per unit, the lower-case word of a one-token unit, plain or mentioned ({@code null} for a longer mention). */
    private final String[] word;
    /** Per unit, whether it is a title-case word inside the sentence: 0 not asked yet, 1 no, 2 yes. */
    private final byte[] titleCaseInside;
    /** Head lemmas of the mentions asked for ({@link #headLemma}): slots ask for them many times. */
    private final Map<Mention, String> headLemmas = new IdentityHashMap<>();

    private SentenceUnits(Sentence sentence, int[] first, int[] end, Mention[] mention) {
        this.sentence = sentence;
        this.first = first;
        this.end = end;
        this.mention = mention;
        this.plain = new String[first.length];
        this.word = new String[first.length];
        this.titleCaseInside = new byte[first.length];
        for (int u = 0; u < first.length; u++) {
            word[u] = end[u] - first[u] == 1 ? lower(sentence.token(first[u]).text()) : null;
            plain[u] = mention[u] == null ? word[u] : null;
        }
    }

    /** Units of {@code sentence}; {@code mentions} are those of this sentence, in any order, overlaps dropped. */
    static SentenceUnits of(Sentence sentence, List<Mention> mentions) {
        return of(sentence, mentions, Set.of());
    }

    /**
     * Units of {@code sentence}, where a mention of an entity of {@code keep} (the main subject, an entity a
     * pronoun refers to) stays a unit even when its words are no name: document context resolved it ("It", "Many
     * design concepts").
     */
    static SentenceUnits of(Sentence sentence, List<Mention> mentions, Set<String> keep) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparing(Mention::span));
        int n = sentence.size();
        boolean[] covered = new boolean[n];
        List<Mention> kept = new ArrayList<>(sorted.size());
        int free = 0;
        for (Mention m : sorted) {
            if (m.span().start() >= free && m.span().end() <= n) {
                kept.add(m);
                Arrays.fill(covered, m.span().start(), m.span().end(), true);
                free = m.span().end();
            }
        }
        int[] first = new int[n];
        int[] end = new int[n];
        Mention[] units = new Mention[n];
        int count = 0;
        int token = 0;
        for (Mention m : kept) {
            Span span = m.span();
            if (!keep.contains(m.entity()) && !isName(sentence, m, covered)) {
                continue;
            }
            for (; token < span.start(); token++, count++) {
                first[count] = token;
                end[count] = token + 1;
            }
            first[count] = span.start();
            end[count] = span.end();
            units[count++] = m;
            token = span.end();
        }
        for (; token < n; token++, count++) {
            first[count] = token;
            end[count] = token + 1;
        }
        return new SentenceUnits(sentence, Arrays.copyOf(first, count),
                Arrays.copyOf(end, count), Arrays.copyOf(units, count));
    }

    /**
     * False for a mention that is plainly no name: one all-lower-case verb, adverb, pronoun... ("forked"),
     * a pronoun or determiner in any case ("It"), no letter at all ("4.8"), an acronym plural ("APIs"), an acronym
     * that is a class noun ("the CPU", {@link Cues#CLASS_ACRONYMS}),
     * a name made an adjective ("C-like", "Chromium-based"),
     * a lower-case phrase ending in a relation's cue word ("drop in replacement", "binary compatibility"),
     * or a lower-case common noun phrase (a capital opening the sentence aside): plural ("device drivers"),
     * or after a determiner or modifier ("the emulator", "a web server", "Taos operating system", "is free software").
     * {@code covered} marks the tokens inside mentions.
     */
    static boolean isName(Sentence sentence, Mention m, boolean[] covered) {
        if (LicenceTerms.namesLicence(sentence, m, covered)) {
            return true; // "a [freeware] game", "released as [shareware]": a licence (recall13c)
        }
        if (m.span().length() == 1 && PackageNameFinder.opensAsPackageName(sentence, m.span().start())) {
            return true; // "[ncurses] can be built ...": a lower-case word opening a sentence is a package's name
        }
        Token last = sentence.token(m.span().end() - 1);
        boolean lowerCase = true;
        for (int i = m.span().start(); i < m.span().end(); i++) {
            lowerCase &= isLowerCaseWord(sentence.token(i).text());
        }
        if (m.span().length() == 1 && (ACRONYM_PLURAL.matcher(last.text()).matches()
                || NAME_ADJECTIVE.matcher(m.text()).matches() || Cues.CLASS_ACRONYMS.contains(last.text())
                || Cues.CLASS_WORDS.contains(last.text()))) {
            return false;
        }
        boolean lowerCasePhrase = isLowerCasePhrase(sentence, m);
        boolean termOfArt = lowerCasePhrase && (isTermOfArt(sentence, m) || isVerbObjectTerm(sentence, m, covered));
        // "[Tails] 's desktop ...": a plural common noun takes a bare "'", so a name before "'s" is no plural
        boolean possessed = m.span().end() < sentence.size() && "'s".equals(sentence.token(m.span().end()).text());
        if (lowerCasePhrase && !termOfArt
                && (isPlural(last) && !possessed || isModified(sentence, ClassNounArguments.asideStart(sentence, m.span().start()), covered)
                    || (isLowerCaseWord(sentence.token(m.span().start()).text())
                        && modifiesNoun(sentence, m.span().end(), covered)))) {
            return false;
        }
        if (!termOfArt && ClassNounArguments.isClass(sentence, m, covered, lowerCasePhrase)) {
            return false;
        }
        if (lowerCasePhrase && Cues.CUE_HEADS.contains(lower(last.text()))) {
            // "a fork and [drop in replacement] for", "provides [binary compatibility] with": a tagged cue, no name
            return false;
        }
        if (lowerCasePhrase && !termOfArt && m.span().length() > 1 && opensLine(sentence, m.span().start())
                && Cues.PROGRAM_KIND_HEADS.contains(lower(last.text()))) {
            // "[Terminal file manager] written in Go .": a package's synopsis describes its program, it names nothing
            return false;
        }
        if (isMeasureOrRelease(sentence, m)) {
            return false; // "Sony 's custom [16-bit] sound chip", "[Version 2] uses SIP": no thing of its own
        }
        if (m.span().length() > 1) {
            return true;
        }
        String text = last.text();
        if ((text.chars().noneMatch(Character::isLetter) && !isModelNumber(sentence, m))
                || Cues.PRONOUNS.contains(lower(text))) {
            return false;
        }
        int at = m.span().start();
        if (Mention.UNTYPED.equals(m.type()) && isCapitalisedWord(text) && last.pos() != null
                && (Cues.NOT_NAME_POS.contains(last.pos()) || isPlural(last))
                && (at == 0 || Set.of(".", ")", "!", "?", ":", ";").contains(sentence.token(at - 1).text()))) {
            // an untagged "Unfortunately" or "Marketed" opening a sentence: a capital, not a name
            return false;
        }
        return !(lowerCase && last.pos() != null && Cues.NOT_NAME_POS.contains(last.pos())
                && !isMistaggedAuxiliary(m, last));
    }

    /** True for a mention that is only a quantity ("16-bit") or a release word and its number ("Version 2"). */
    private static boolean isMeasureOrRelease(Sentence sentence, Mention m) {
        int start = m.span().start();
        if (m.span().length() == 1) {
            return MEASURE.matcher(sentence.token(start).text()).matches();
        }
        return m.span().length() == 2 && Cues.RELEASE_WORDS.contains(lower(sentence.token(start).text()))
                && VERSION.matcher(sentence.token(start + 1).text()).matches();
    }

    /**
     * True for a mention that is only a piece of a longer name the tags cut: an untagged capitalised word follows
     * it ("created by the [US] Federal government Office ...", not after a lower-case name: "a [freeware] Roguelike
     * game") or it follows "&" after an untagged capitalised word ("Cats & [Dogs] was released ..."), or it is only the legal form that ends a company's name
     * ("owned by QoSient , [LLC] , and ported to ..."), or a quoted nickname and the rest of a person's name follow
     * it ("by [Ann] " Quill " Lee"). A fact about the piece is a fact about the wrong thing.
     */
    static boolean isNameFragment(Sentence sentence, Mention m) {
        if (m.span().length() == 1 && Cues.LEGAL_FORMS.contains(lower(sentence.token(m.span().start()).text()))) {
            return true;
        }
        int end = m.span().end();
        if (end < sentence.size()) {
            Token next = sentence.token(end);
            if (Token.OUTSIDE.equals(next.tag()) && isCapitalisedWord(next.text())
                    && !isLowerCaseWord(sentence.token(end - 1).text())) {
                // a lower-case name is no piece of a capitalised one: "a [freeware] Roguelike game" (session 24)
                return true;
            }
        }
        int start = m.span().start();
        if (start >= 2 && "&".equals(sentence.token(start - 1).text()) && isUntaggedCapitalised(sentence.token(start - 2))) {
            return true; // "Cats & [Dogs]"
        }
        return isNicknamed(sentence, end);
    }

    /**
     * True for an untyped name that is only part of a longer name: a bare number no repair joined follows it ("the
     * [T/S] 2048 prototype"), or the longer name's first word, which no finder took, stands before it (a capitalised
     * noun that is part of no mention: "Darkness [Rising] was the first expansion ...", the finders leave a
     * sentence's first word alone). A tagged name keeps its tags' words: the tags know where a name starts.
     * (A capitalised possessor is no such word: "as part of Kappa 's [Relay Initiative]" names the owner's project.)
     */
    static boolean isUntypedNameEnd(Sentence sentence, Mention m, List<Mention> mentions) {
        if (!Mention.UNTYPED.equals(m.type())) {
            return false;
        }
        int end = m.span().end();
        if (m.version() == null && end < sentence.size() && Token.OUTSIDE.equals(sentence.token(end).tag())
                && isDigits(sentence.token(end).text())) {
            return true; // a model's number no repair joined: "the [T/S] 2048 prototype", "[DPS] 6 and DPS 4"
        }
        int word = m.span().start() - 1;
        if (word < 0) {
            return false;
        }
        Token t = sentence.token(word);
        if (!isUntaggedCapitalised(t) || t.pos() == null || !Cues.NOUN_POS.contains(t.pos())) {
            return false;
        }
        for (Mention other : mentions) {
            if (other.span().start() <= word && word < other.span().end()) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a quoted nickname and a capitalised word follow token {@code end - 1}: "by [Ann] " Quill " Lee": the
     * name is the first name of a person whose full name runs on past the nickname.
     */
    private static boolean isNicknamed(Sentence sentence, int end) {
        if (end + 2 >= sentence.size() || !"\"".equals(sentence.token(end).text())
                || !Character.isUpperCase(sentence.token(end + 1).text().charAt(0))) {
            return false;
        }
        for (int i = end + 2; i < sentence.size() && i <= end + 6; i++) {
            if ("\"".equals(sentence.token(i).text())) {
                return i + 1 < sentence.size() && isCapitalisedWord(sentence.token(i + 1).text());
            }
        }
        return false;
    }

    private static boolean isDigits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean isUntaggedCapitalised(Token t) {
        return Token.OUTSIDE.equals(t.tag()) && isCapitalisedWord(t.text());
    }

    /**
     * True for a subject made of a name followed by a lower-case plural common noun ("Debian-based [Linux
     * distributions] are based on ...", "[Zeta plugins] are written in ..."): it names a class of things, so a fact
     * about it is no fact about one entity. A technique's term of art ("Bloom filters") and a tagged library
     * collection ("the [Qt libraries]") are names. Only for subjects: as an object, a class is often the platform
     * itself ("a program for IBM mainframes").
     */
    static boolean isClassSubject(Sentence sentence, Mention m) {
        Token last = sentence.token(m.span().end() - 1);
        return m.span().length() > 1 && isLowerCaseWord(last.text()) && isPlural(last)
                && !isLowerCasePhrase(sentence, m) // "Many design concepts ...": resolved by context, not a name
                && !Cues.TERM_TYPES.contains(m.type()) && !"Library".equals(m.type());
    }

    /**
     * True for a subject made only of words that describe how software is shared and generic nouns
     * ({@link Cues#DESCRIPTION_WORDS}): "It is [free software] released under the GPL", "the first [Open Source]
     * operating system to be ported to ...". Such a phrase describes the thing the sentence is about; it names
     * no entity, so it is no subject. Words joined by "-" or "/" count one by one ("free/open-source").
     */
    static boolean isDescriptionSubject(Sentence sentence, Mention m) {
        for (int i = m.span().start(); i < m.span().end(); i++) {
            for (String part : lower(sentence.token(i).text()).split("(?<=[-/])|(?=[-/])")) {
                if (!part.isEmpty() && !Cues.DESCRIPTION_WORDS.contains(part)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * True for a typed one-word mention that the tagger called an auxiliary although it is none of the few English
     * auxiliaries ("[doas] was developed by ..."): a closed word class, so an unknown word in it is a name.
     */
    private static boolean isMistaggedAuxiliary(Mention m, Token t) {
        return !Mention.UNTYPED.equals(m.type()) && "AUX".equals(t.pos()) && !Cues.AUXILIARIES.contains(lower(t.text()));
    }

    /** A model number of three to six digits ("8086", "80286", "6502"); a year is none. */
    private static final Pattern MODEL_NUMBER = Pattern.compile("\\d{3,6}");
    /** Words after a number that make it a quantity ("512 KB", "1200 bit/s"), not a model. */
    private static final Set<String> UNIT_WORDS = Set.of("kb", "mb", "gb", "tb", "k", "m", "bytes", "byte", "bits", "bit",
            "hz", "khz", "mhz", "ghz", "kbit/s", "mbit/s", "bit/s", "baud", "rpm", "ppi", "dpi", "mm", "cm", "pixels", "lines",
            "colors", "colours", "users", "units", "copies", "words", "characters", "games", "titles", "times", "%", "x",
            "×", "-bit", "bps", "mips", "watts", "w", "v", "volts", "years", "people", "employees", "dollars");

    /**
     * True for a tagged mention of one token of three to six digits that is no year and no quantity ("a surface-mounted
     * [8086|General_Concept] processor", "uses a 10MHz [80286|General_Concept]"): a processor or chip model, which the
     * industry names by its number. An untagged number stays a number (recall14b).
     */
    private static boolean isModelNumber(Sentence sentence, Mention m) {
        if (Mention.UNTYPED.equals(m.type()) || m.span().length() != 1) {
            return false;
        }
        String text = sentence.token(m.span().start()).text();
        if (!MODEL_NUMBER.matcher(text).matches() || YEAR.matcher(text).matches()) {
            return false;
        }
        int end = m.span().end();
        if (end < sentence.size()) {
            String next = lower(sentence.token(end).text());
            if (UNIT_WORDS.contains(next) || next.chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        int start = m.span().start();
        // "in [1996]", "( [1993] )": a date; "version [2000]", "[2000] , [XP]": a release number, not a chip
        return !(start > 0 && DATE_OR_RELEASE_OPENERS.contains(
                lower(sentence.token(start - 1).text())));
    }

    /** Words before a number that make it a date or a release number ("in [1996]", "version [2000]"), not a model. */
    private static final Set<String> DATE_OR_RELEASE_OPENERS = Set.of("in", "since", "of", "until", "by", "version", "(",
            "circa");
    private static final Set<String> NOUN_TAGS = Set.of("NOUN", "PROPN");
    /** Nouns that only measure out or vary what follows their "of" ("a combination of [A] and [B]"). */
    private static final Set<String> PARTITIVE_HEADS = Set.of("combination", "mix", "mixture", "blend", "hybrid",
            "variation", "variant", "subset", "version");
    /** Adjectives before a partitive noun ("a modified version of"). */
    private static final Set<String> PARTITIVE_MODIFIERS = Set.of("modified", "customized", "customised", "custom",
            "special", "heavily", "slightly", "simplified", "stripped-down", "enhanced", "extended", "proprietary");
    /** The words between a name and its trailing release number ("License , Version 2.0"). */
    private static final Set<String> RELEASE_NUMBER_WORDS = Set.of("version", "v", ",");
    /** WikiSER types of what no maker makes as a product. */
    private static final Set<EntityType> NOT_PRODUCTS = Set.of(EntityType.LICENSE, EntityType.ERROR_NAME,
            EntityType.GENERAL_CONCEPT);
    /** The words that introduce a name after a naming phrase's noun ("a kernel called [Darwin]"). */
    private static final Set<String> NAMING_WORDS = Set.of("called", "named", "dubbed");
    /** Numbers that may open a naming phrase in place of an article: "supports one algorithm called [X]". */
    private static final Set<String> NAMING_NUMBERS = Set.of("one");
    private static final Set<String> VERB_TAGS = Set.of("AUX", "VERB");
    /** Joints after a one-word term that may qualify a later noun ("uses [error] and failure detection"). */
    private static final Set<String> TERM_JOINTS = Set.of("and", "or", "/");
    /** Tags of the word that opens a sentence-opening phrase ("In computer science , ...", "Formally , ..."). */
    private static final Set<String> OPENING_PHRASE_POS = Set.of("ADP", "ADV");

    /** Verbs whose direct object, when a tagged lower-case phrase, names a technique or feature (recall14b). */
    private static final Set<String> TERM_VERBS = Set.of("supports", "support", "supported", "uses", "use", "used",
            "employs", "employ", "employed", "utilizes", "utilize", "utilized", "implements", "implement", "implemented");
    /** Types of things ("hard drives", "web browsers", "threads"), which a plural or a description names as a class. */
    private static final Set<String> THING_TYPES = Set.of("Application", "Device", "Operating_System", "Library", "License");

    /**
     * True for a tagged lower-case phrase that is the direct object of a finite "supports", "uses", "implements" ...
     * right after the verb or "the" ("[X] support [prepared statements]", "[X] supports [generics]"), or a later member
     * of a list of such phrases ("supports [prepared statements] and [cursors]"), or a phrase before the noun "support"
     * after "with", "some", "native" ... ("ships with some [replication] support"): the feature or technique the verb
     * names, a term of art by the guidelines, whatever its tag, unless the tag calls it a thing (an application, a device: "uses [hard drives]" names a class) or it
     * only qualifies the noun after it ("supports [kernel] streaming", "uses [error] and failure detection"); after
     * "a"/"an" it is a description ("uses a [bug] in the firmware"). A participle or gerund ("using", "used by") is
     * no such verb (recall14b).
     */
    private static boolean isVerbObjectTerm(Sentence sentence, Mention m, boolean[] covered) {
        if (Mention.UNTYPED.equals(m.type()) || THING_TYPES.contains(m.type())) {
            return false;
        }
        int end = m.span().end();
        Token next = end < sentence.size() ? sentence.token(end) : null;
        int before = m.span().start() - 1;
        if (next != null && "support".equals(lower(next.text())) && before >= 0
                && SUPPORT_OPENERS.contains(lower(sentence.token(before).text()))) {
            return true; // "ships with some [replication] support", "added native [multithreading] support"
        }
        boolean technique = TECHNIQUE_TYPES.contains(m.type());
        if (!termPosition(sentence, m.span().start(), covered, 0, technique)) {
            return false;
        }
        if (next != null) {
            if ((isLowerCaseWord(next.text()) && next.pos() != null && NOUN_TAGS.contains(next.pos()))
                    || modifiesNoun(sentence, end, covered)) {
                return false; // "supports [kernel] streaming", "support [zeta] modules"
            }
            if (m.span().length() == 1 && TERM_JOINTS.contains(lower(next.text()))
                    && !(end + 1 < covered.length && covered[end + 1])
                    && termPosition(sentence, m.span().start(), covered, MAX_TERM_LIST, technique)) {
                // "uses [error] and failure detection mechanisms": one word that may qualify a later noun (not when
                // another tagged term follows the joint: "such as [closures] and [generics]")
                return false;
            }
        }
        return true;
    }

    /** Words before "[term] support" that make it a feature the subject has ({@link #isVerbObjectTerm}). */
    private static final Set<String> SUPPORT_OPENERS = Set.of("with", "some", "native", "full", "partial", "experimental",
            "basic", "limited", "built-in", "improved", "better", "added", "adds", "add", "offers", "provides", "gained");

    /** The most list members before a term that the list reading walks back over ({@link #termPosition}). */
    private static final int MAX_TERM_LIST = 6;

    /** Types of techniques, which a verb's object names as a term also after "a"/"an" ("uses a [hash function]"). */
    private static final Set<String> TECHNIQUE_TYPES = Set.of("Algorithm", "Data_Structure", "Architecture", "Protocol");

    /**
     * True when the phrase that starts at token {@code start} is the direct object of a term verb, right after it or
     * after "the" (or "a"/"an" for a {@code technique}: "uses a [hash function]", "uses a [client-server
     * architecture]", eighteenth session), or a later member of a list of lower-case mentions whose first member is
     * ("support [prepared statements] , [cursors] and [triggers]").
     */
    private static boolean termPosition(Sentence sentence, int start, boolean[] covered, int depth, boolean technique) {
        int at = start;
        String article = at > 0 ? lower(sentence.token(at - 1).text()) : "";
        if ("the".equals(article) || technique && ("a".equals(article) || "an".equals(article))) {
            at--; // "a [neural net]", "a [bug] in ...": an indefinite description of another kind of thing, no term
        }
        if (at > 0 && TERM_VERBS.contains(sentence.token(at - 1).text())) {
            return true;
        }
        if (examplesOfTermVerb(sentence, at)) {
            return true;
        }
        if (depth >= MAX_TERM_LIST) {
            return false;
        }
        int k = start - 1;
        if (k >= 0 && Set.of("and", "or").contains(lower(sentence.token(k).text()))) {
            k--;
        }
        if (k >= 0 && ",".equals(sentence.token(k).text())) {
            k--;
        } else if (k == start - 1) {
            return false; // no list joint before the phrase
        }
        if (k < 0 || !covered[k]) {
            return false;
        }
        int first = k;
        while (first > 0 && covered[first - 1]) {
            first--;
        }
        for (int i = first; i <= k; i++) {
            if (!isLowerCaseWord(sentence.token(i).text())) {
                return false; // only a list of lower-case terms: "uses [Zeta] , [hard drives] ..." is no such list
            }
        }
        return termPosition(sentence, first, covered, depth + 1, technique);
    }

    /** The most lower-case words of the class noun phrase between a term verb and its examples. */
    private static final int MAX_EXAMPLE_CLASS_WORDS = 3;

    /**
     * True when the phrase at token {@code at} opens the examples of a term verb's object: "supports constructs such
     * as [generics]", "uses techniques including [memoization]" (a verb, one to three lower-case words, then "such as"
     * or "including"; eighteenth session).
     */
    private static boolean examplesOfTermVerb(Sentence sentence, int at) {
        int k;
        if (at >= 2 && "as".equals(lower(sentence.token(at - 1).text()))
                && "such".equals(lower(sentence.token(at - 2).text()))) {
            k = at - 3;
        } else if (at >= 1 && "including".equals(lower(sentence.token(at - 1).text()))) {
            k = at - 2;
        } else {
            return false;
        }
        for (int words = 0; k >= 0 && words < MAX_EXAMPLE_CLASS_WORDS; words++, k--) {
            String text = sentence.token(k).text();
            if (TERM_VERBS.contains(text)) {
                return words > 0;
            }
            if (!isLowerCaseWord(text) || !text.chars().allMatch(Character::isLetter)) {
                return false;
            }
        }
        return k >= 0 && TERM_VERBS.contains(sentence.token(k).text());
    }

    /**
     * True for a lower-case mention tagged as an algorithm or a data structure and written as a compound ("kd-trees",
     * "bounding volume hierarchies", "ray tracing"): a term of art that names one technique, unlike "device drivers".
     */
    private static boolean isTermOfArt(Sentence sentence, Mention m) {
        if (!Cues.TERM_TYPES.contains(m.type()) || (m.span().length() == 1 && !m.text().contains("-"))) {
            return false;
        }
        int start = m.span().start();
        String before = start > 0 ? sentence.token(start - 1).text() : "";
        if (!isLowerCaseWord(before) && !Cues.DETERMINERS.contains(lower(before))) {
            return false; // "the MuHASH [hash algorithm]": a kind qualified by a name, not a term of its own
        }
        // "... is a [self-balancing binary search tree]": a predicate describing a kind, not the technique's name
        return !(start >= 2 && Set.of("a", "an").contains(lower(sentence.token(start - 1).text()))
                && (",".equals(sentence.token(start - 2).text()) && !commaClosesOpeningPhrase(sentence, start - 2)
                    || Set.of("AUX", "VERB").contains(String.valueOf(sentence.token(start - 2).pos()))));
    }

    /**
     * True when the comma at token {@code c} closes a phrase that opens the sentence: a preposition or an adverb
     * first, then no verb, clause boundary or other comma ("In computer science , a [scapegoat tree] is ...").
     * An "a" after it opens the sentence's subject, not an apposition (recall14a).
     */
    static boolean commaClosesOpeningPhrase(Sentence sentence, int c) {
        if (c < 1 || c >= sentence.size() || !",".equals(sentence.token(c).text())
                || !OPENING_PHRASE_POS.contains(String.valueOf(sentence.token(0).pos()))) {
            return false;
        }
        for (int i = 1; i < c; i++) {
            Token t = sentence.token(i);
            String w = lower(t.text());
            if (",".equals(w) || Cues.BOUNDARIES.contains(w) || VERB_TAGS.contains(String.valueOf(t.pos()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The token at {@code end}, after a lower-case phrase, is a lower-case singular noun outside mentions (and no
     * generic head noun): the phrase only qualifies it ("support [kernel] streaming").
     */
    static boolean modifiesNoun(Sentence sentence, int end, boolean[] covered) {
        if (end >= sentence.size() || covered[end]) {
            return false;
        }
        Token next = sentence.token(end);
        String text = next.text();
        // a singular noun only: "replaces", "supports" after a name are verbs the tagger may call plural nouns
        boolean noun = "NOUN".equals(next.pos()) || ("VERB".equals(next.pos()) && text.endsWith("ing"));
        return noun && isLowerCaseWord(text) && !text.endsWith("s")
                && !Cues.HEAD_NOUNS.contains(lower(text));
    }

    /** The token before {@code start} is a determiner, a possessive "'s", a modifier or part of a mention. */
    private static boolean isModified(Sentence sentence, int start, boolean[] covered) {
        if (start == 0) {
            return false;
        }
        Token before = sentence.token(start - 1);
        return covered[start - 1] || Cues.PRONOUNS.contains(lower(before.text()))
                || Cues.POSSESSIVES.contains(before.text())
                || (before.pos() != null && Cues.MODIFIER_POS.contains(before.pos()))
                || afterPossessivePhrase(sentence, start);
    }

    /**
     * True when a possessive opens the noun phrase that ends before token {@code start}, past numbers, adjectives,
     * conjunctions and unit words ("Apple 's optional 300 or 1200 bit/s [external modem]").
     */
    private static boolean afterPossessivePhrase(Sentence sentence, int start) {
        for (int i = start - 1; i >= 0 && i >= start - MAX_DESCRIPTION; i--) {
            Token t = sentence.token(i);
            if (Cues.POSSESSIVES.contains(t.text())) {
                return true;
            }
            boolean unit = "PUNCT".equals(t.pos()) && t.text().length() > 1 && t.text().chars().anyMatch(Character::isLetter);
            if (!(unit || (t.pos() != null && Set.of("NUM", "ADJ", "CCONJ").contains(t.pos())))) {
                return false;
            }
        }
        return false;
    }

    /** No upper-case letter or digit in the words of the mention, a capital opening the sentence aside. */
    private static boolean isLowerCasePhrase(Sentence sentence, Mention m) {
        for (int i = m.span().start(); i < m.span().end(); i++) {
            String text = sentence.token(i).text();
            if (!isLowerCaseWord(i == 0 ? lower(text.substring(0, 1)) + text.substring(1) : text)) {
                return false;
            }
        }
        return true;
    }

    /** True when only punctuation (a bullet, a quote) stands before token {@code start} in its sentence. */
    private static boolean opensLine(Sentence sentence, int start) {
        for (int i = 0; i < start; i++) {
            if (!TokenShape.isPunctuation(sentence.token(i).text())) {
                return false;
            }
        }
        return true;
    }

    /** One capital followed by lower-case letters only ("Marketed"). */
    static boolean isCapitalisedWord(String text) {
        return text.length() > 1 && Character.isUpperCase(text.charAt(0)) && isLowerCaseWord(text.substring(1))
                && text.chars().allMatch(Character::isLetter);
    }

    /** No upper-case letter and no digit. */
    static boolean isLowerCaseWord(String text) {
        for (int i = 0; i < text.length(); i++) { // a loop, not a stream: called for every slot a rule tries
            char c = text.charAt(i);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** What a capitalised word opening a sentence may be as the first word of an exemplar head ("Games", "Several"). */
    private static final Set<String> OPENING_EXEMPLAR_POS = Set.of("DET", "ADJ", "NOUN", "PROPN");

    /**
     * A capitalised plural noun opening a sentence ("Games", "Emulators"), whose lemma and tag may keep the capital
     * ("Games"/PROPN): its lower-cased lemma is shorter than the lower-cased word, which ends in "s".
     */
    private static boolean isOpeningPlural(Token t) {
        String text = lower(t.text());
        if (t.lemma() == null || !Cues.NOUN_POS.contains(t.pos()) || text.length() < 4 || !text.endsWith("s")
                || text.endsWith("ss") || text.endsWith("us") || text.endsWith("is")) {
            return false;
        }
        String lemma = lower(t.lemma());
        if (lemma.equals(text)) {
            return true; // the lemmatiser keeps a capitalised word whole: "Games" (lemma "games")
        }
        return lemma.length() >= 3 && text.startsWith(lemma.substring(0, lemma.length() - 1));
    }

    /** True when unit {@code u} opens the line or a sentence after a full stop. */
    private boolean startsSentence(int u) {
        return u == 0 || ".".equals(plainWord(u - 1));
    }

    /** A common noun whose lemma is shorter than the word: "drivers" (lemma "driver"). */
    /** True when unit {@code u} is a plain lower-case plural noun ("titles", "sockets"). */
    boolean isPluralNoun(int u) {
        String w = plainWord(u);
        return w != null && isLowerCaseWord(sentence.token(first[u]).text()) && isPlural(sentence.token(first[u]));
    }

    private static boolean isPlural(Token t) {
        String lemma = t.lemma();
        String text = lower(t.text());
        return "NOUN".equals(t.pos()) && lemma != null && lemma.length() >= 3 && !lemma.equals(text)
                && text.startsWith(lemma.substring(0, lemma.length() - 1)) && text.endsWith("s");
    }

    int size() {
        return first.length;
    }

    /** The unit of mention {@code m}, or -1 when it is no unit of this sentence. */
    int unitOf(Mention m) {
        for (int u = 0; u < mention.length; u++) {
            if (mention[u] == m) {
                return u;
            }
        }
        return -1;
    }

    /** The mention of unit {@code u}, or {@code null} for a plain token. */
    Mention mention(int u) {
        return u < mention.length ? mention[u] : null;
    }

    /** The token of a unit that is one token (a plain token or a one-token mention), or {@code null}. */
    Token token(int u) {
        return end[u] - first[u] == 1 ? sentence.token(first[u]) : null;
    }

    /** The lower-case text of unit {@code u} when it is one token, plain or mentioned, else {@code null}. */
    String word(int u) {
        return u >= 0 && u < word.length ? word[u] : null;
    }

    /** Lower-case text of plain token unit {@code u}, or {@code null} for a mention or past the end. */
    String plainWord(int u) {
        return u >= 0 && u < plain.length ? plain[u] : null;
    }

    private static boolean isVersion(String word) {
        return word != null && VERSION.matcher(word).matches();
    }

    /** True when unit {@code u} is a plain token whose lower-case text is in {@code words}. */
    boolean plainWordIn(int u, Set<String> words) {
        String w = plainWord(u);
        return w != null && words.contains(w);
    }

    /** True when the two units before unit {@code u} are the words "such as" (a list of examples follows). */
    boolean followsSuchAs(int u) {
        return "as".equals(plainWord(u - 1)) && "such".equals(plainWord(u - 2));
    }

    /** True when the mention is the base written in a "-based" word ("Linux" of "Linux-based"). */
    private boolean isBaseOfBased(Mention m) {
        return BasedNameSplitter.isBase(sentence, m);
    }

    /**
     * Lemma of the last word of a mention (its head, a trailing version aside), or its lower-case text when not
     * annotated; "-based" for the base of a "-based" word, which rules read as {@code {O:~-based}} (and so
     * "-licensed", "-compatible").
     */
    String headLemma(Mention m) {
        String lemma = headLemmas.get(m);
        if (lemma == null) {
            lemma = headLemmaOf(m);
            headLemmas.put(m, lemma);
        }
        return lemma;
    }

    private String headLemmaOf(Mention m) {
        String suffix = BasedNameSplitter.suffixOfBase(sentence, m);
        if (suffix != null) {
            return suffix;
        }
        int last = m.span().end() - 1;
        // "[Apache License , Version 2.0]": a trailing release number, with its "version" and comma, is no head
        boolean release = false;
        while (last > m.span().start() && (isVersion(lower(sentence.token(last).text()))
                || release && RELEASE_NUMBER_WORDS.contains(lower(sentence.token(last).text())))) {
            release = true;
            last--;
        }
        Token t = sentence.token(last);
        return t.lemma() != null ? t.lemma() : lower(t.text());
    }

    /**
     * Lemmas of up to {@code max} lower-case plain words right after unit {@code u} ("programming", "language"
     * after "the [Zeta] programming language"), stopping at the first other unit.
     */
    List<String> followingLemmas(int u, int max) {
        List<String> out = new ArrayList<>(max);
        for (int v = u + 1; v < size() && v <= u + max; v++) {
            Token t = token(v);
            if (t == null || !isLowerCaseWord(t.text())) {
                break;
            }
            out.add(t.lemma() != null ? t.lemma() : lower(t.text()));
        }
        return out;
    }

    /** True when a gap may pass over unit {@code u}: no clause boundary, negation or hypothesis cue. */
    boolean crossable(int u) {
        String w = plainWord(u);
        return w == null || !(Cues.BOUNDARIES.contains(w) || cancels(u));
    }

    /** Words after "not" that make it no negation of a statement: "not only", "not just", "but not limited to". */
    private static final Set<String> NOT_FOCUS = Set.of("only", "just", "merely", "simply", "limited");

    /**
     * True when unit {@code u} is a word that cancels a match ({@link Cues#CANCELLING}): "not" only when it negates,
     * not in "[X] not only supports [Y] but ..." or "including but not limited to [Y]" (thirtieth session).
     */
    private boolean cancels(int u) {
        String w = plainWord(u);
        return w != null && Cues.CANCELLING.contains(w) && !focusingNot(u);
    }

    /** True when unit {@code u} is a "not" that focuses rather than negates ("not only", {@link #NOT_FOCUS}). */
    private boolean focusingNot(int u) {
        return "not".equals(plainWord(u)) && plainWordIn(u + 1, NOT_FOCUS);
    }

    /** The unit after a mention ending before unit {@code u}, skipping a version token, a parenthesis and an apposition. */
    int skipTail(int u) {
        String w = plainWord(u);
        if (("version".equals(w) || "v.".equals(w)) && isVersion(plainWord(u + 1))) {
            u++;
            w = plainWord(u);
        }
        if (isVersion(w)) {
            u++;
            w = plainWord(u);
        }
        if ("(".equals(w)) {
            for (int v = u + 1; v < size() && v <= u + MAX_PARENTHESIS + 1; v++) {
                String inner = plainWord(v);
                if (")".equals(inner)) { // an empty "( )" too: a dropped pronunciation ("[Zeta] ( ) is a ...")
                    return skipApposition(v + 1);
                }
                if (inner != null && (inner.equals("(") || Cues.BOUNDARIES.contains(inner))) {
                    break;
                }
            }
            int close = closingAside(u);
            if (close >= 0) {
                return skipApposition(close + 1);
            }
        }
        return skipApposition(u);
    }

    /**
     * The unit of the ")" closing a labelled aside that opens at unit {@code u} right after a name, or -1: a
     * parenthesis of up to {@value #MAX_ASIDE} units that holds a colon, no other parenthesis, no semicolon and no
     * sentence end. The colon labels a name in another language or script ("[Zeta] ( ru : Зета ) was a clone of
     * ...", "[Zeta] ( Japanese : ... , Hepburn : ... ) is a game developed by ..."): it is no boundary of the clause
     * of the name before the parenthesis, which goes on after ")". Other parentheses keep the shorter limit and
     * the clause boundaries of {@link #skipTail} (long descriptive asides were, on unseen text, mostly followed by
     * descriptions no rule reads right).
     */
    private int closingAside(int u) {
        boolean labelled = false;
        for (int v = u + 1; v < size() && v <= u + MAX_ASIDE + 1; v++) {
            String inner = plainWord(v);
            if (")".equals(inner)) {
                return labelled ? v : -1;
            }
            if (":".equals(inner)) {
                labelled = true;
            } else if (inner != null && Cues.ASIDE_ENDS.contains(inner)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The unit of the relative pronoun that opens a relative clause on the description of the name before unit
     * {@code u}: "[X] is a small text editor that runs on ...", "[X] , a new broadcast standard which is based on
     * ...". The description is a copula (or an apposition's comma), "a", "an" or "the", then up to
     * {@link #MAX_RELATIVE_DESCRIPTION} lower-case words (tagged lower-case words too, "a [freeware] e-mail program"), with
     * no preposition ("one of the tools that", "a library with functions that": the clause may be on the
     * preposition's noun), no other name and no clause boundary, then "which" or "that" (a comma may come
     * before "which"). What the clause says of the description it says of the name, so a rule that reads
     * "{S} (which|that)? [be] based on {O}" reads the clause. {@code u} itself when no such clause follows.
     */
    int skipRelativeDescription(int u) {
        if (u >= size()) {
            return u;
        }
        int v = u;
        if (",".equals(plainWord(v))) {
            v++;
        } else {
            Token t = token(v);
            if (t == null || mention[v] != null || !"be".equals(t.lemma())) {
                return u;
            }
            v++;
        }
        if (!plainWordIn(v, Cues.DETERMINERS)) {
            return u;
        }
        int words = 0;
        for (v = v + 1; v < size() && words <= MAX_RELATIVE_DESCRIPTION; v++) {
            String w = plainWord(v);
            if ((w != null && RELATIVE_PRONOUNS.contains(w)) || (",".equals(w) && "which".equals(plainWord(v + 1)))) {
                return words == 0 ? u : ",".equals(w) ? v + 1 : v;
            }
            String text = mention[v] != null ? mention[v].text() : w;
            if (text == null || !isLowerCaseWord(text) || !text.chars().anyMatch(Character::isLetter)
                    || (mention[v] == null && (!crossable(v) || isPos(v, Cues.PREPOSITION_POS)
                        || Cues.DETERMINERS.contains(w) || !Character.isLetter(w.charAt(0))))) {
                return u;
            }
            words++;
        }
        return u;
    }

    /** The most words {@link #skipRelativeDescription} reads between the determiner and the pronoun. */
    private static final int MAX_RELATIVE_DESCRIPTION = 8;

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that");

    /**
     * The unit after an apposition that describes the name before unit {@code u}: ", a free web browser ,",
     * ", the first port ," or ", a fork of Y ,"; {@code u} itself when none starts there.
     */
    private int skipApposition(int u) {
        if (!",".equals(plainWord(u)) || !plainWordIn(u + 1, Cues.DETERMINERS)) {
            return u;
        }
        for (int v = u + 2; v < size() && v <= u + MAX_APPOSITION + 1; v++) {
            if (",".equals(plainWord(v))) {
                return v > u + 2 && !listsDeterminedName(u + 2, v) ? v + 1 : u;
            }
            if (!crossable(v) || "(".equals(plainWord(v))) {
                return u;
            }
        }
        return u;
    }

    /**
     * True when the units from {@code from} to the comma at {@code comma} are one name after a determiner (a tagged
     * one, or up to three capitalised words the tags missed) that is a member of a list going on after the comma
     * with a conjunction or another name ("under the [A] , the [B] , and the [C]", "the [A] , the [B] , the [C] and
     * the [D]", "[A] , the Kappa , [B] and [C]"), not an apposition describing the name before it.
     */
    private boolean listsDeterminedName(int from, int comma) {
        boolean name = comma == from + 1 && mention[from] != null;
        // "[A] , the Kappa , [B] and [C]": a name the tags missed, its words all capitalised
        boolean untagged = !name && comma > from && comma <= from + 3;
        for (int v = from; untagged && v < comma; v++) {
            String text = mention[v] == null ? sentence.token(first[v]).text() : "";
            untagged = !text.isEmpty() && Character.isUpperCase(text.charAt(0)) && isPos(v, Cues.NOUN_POS);
        }
        if (!name && !untagged) {
            untagged = qualifiedNounMember(from, comma);
        }
        if (!name && !untagged) {
            return false;
        }
        int next = comma + 1;
        return plainWordIn(next, Cues.CONJUNCTIONS) || (next < size() && mention[next] != null)
                || (plainWordIn(next, Cues.DETERMINERS) && next + 1 < size() && mention[next + 1] != null);
    }

    /** The most units of a member "the Contoso Commons wiki" ({@link #qualifiedNounMember}). */
    private static final int MAX_QUALIFIED_MEMBER = 4;

    /**
     * True when the units from {@code from} to the comma at {@code comma} are capitalised words (the first may be an
     * adjective: "Creative") and one or two lower-case nouns they qualify ("the Contoso Commons wiki"), and the
     * name before the determiner is itself a later member of a list (a comma before it): "[A] , [B] , the Contoso
     * Commons wiki , [C]" is a list member that names no entity, no apposition of B.
     */
    private boolean qualifiedNounMember(int from, int comma) {
        int name = from - 3; // from: after ", the"; the name before the comma
        if (comma - from < 2 || comma - from > MAX_QUALIFIED_MEMBER || name < 1 || mention[name] == null
                || !",".equals(plainWord(name - 1))) {
            return false;
        }
        int v = from;
        while (v < comma && mention[v] == null && isCapitalisedStart(v)) {
            v++;
        }
        if (v == from || v == comma) {
            return false;
        }
        for (; v < comma; v++) {
            String text = mention[v] == null ? sentence.token(first[v]).text() : mention[v].text();
            if (!isLowerCaseWord(text) || (mention[v] == null && !isPos(v, Cues.COMMON_NOUN_POS))) {
                return false;
            }
        }
        return true;
    }

    private boolean isCapitalisedStart(int v) {
        String text = sentence.token(first[v]).text();
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0))
                && (isPos(v, Cues.NOUN_POS) || isPos(v, Cues.ADJECTIVE_POS));
    }

    /**
     * The unit of the name after an agent noun that the mention at unit {@code u} only qualifies ("[South Korean]
     * company [Wizet]", "the [Zeta] software company [Kappa]"): up to two lower-case words, then a word of
     * {@link Cues#AGENT_NOUNS}, then a mention; {@code u} itself otherwise.
     */
    int skipAgentQualifier(int u) {
        if (u >= size() || mention[u] == null || !Mention.UNTYPED.equals(mention[u].type())) {
            return u;
        }
        for (int v = u + 1; v < size() && v <= u + 3; v++) {
            String w = plainWord(v);
            if (w == null || !isLowerCaseWord(sentence.token(first[v]).text())) {
                return u;
            }
            if (Cues.AGENT_NOUNS.contains(w)) {
                return v + 1 < size() && mention[v + 1] != null ? v + 1 : u;
            }
        }
        return u;
    }

    /**
     * The unit of the product name that its maker's name right before it only qualifies ("uses [Contoso] [Zeta 6]",
     * "uses Contoso [Zeta 6]"): an Organization mention, or, where the phrase follows a verb or a preposition, a
     * capitalised word the tags left plain, directly followed by a mention of a software or hardware type;
     * {@code u} itself otherwise.
     */
    int skipMakerQualifier(int u) {
        if (u + 1 >= size() || mention[u + 1] == null || !isProductType(mention[u + 1].type())) {
            return u;
        }
        if (mention[u] != null) {
            return EntityType.ORGANIZATION.tagName().equals(mention[u].type()) ? u + 1 : u;
        }
        String text = token(u) == null ? "" : token(u).text();
        // the tagger reads an unknown capitalised word as almost anything ("Contoso/ADP"); a verb or an adjective
        // is part of the name that the tags cut ("successor of Concurrent [DOS]")
        boolean properNoun = !text.isEmpty() && Character.isUpperCase(text.charAt(0)) && !isPos(u, VERB_TAGS)
                && !isPos(u, Cues.ADJECTIVE_POS);
        return properNoun && afterPrepositionOrVerb(u) ? u + 1 : u;
    }

    /** True for the type of a piece of software or hardware, a format or a technique: what a maker makes. */
    private static boolean isProductType(String type) {
        return EntityType.fromTagName(type).filter(t -> t.isWikiSer() && !NOT_PRODUCTS.contains(t)).isPresent();
    }

    /**
     * The unit after "of [Place]" that follows a name in a list ("[Zeta AG] of [Germany] and [Kappa] of [France]"):
     * an untyped name after "of", followed by a conjunction (or a comma), only says where the name before comes
     * from; {@code u} itself otherwise.
     */
    int skipPlaceQualifier(int u) {
        if (!"of".equals(plainWord(u)) || u + 2 >= size() || mention[u + 1] == null
                || !Mention.UNTYPED.equals(mention[u + 1].type())) {
            return u;
        }
        int v = u + 2;
        if (",".equals(plainWord(v))) {
            v++;
        }
        return plainWordIn(v, Cues.CONJUNCTIONS) ? u + 2 : u;
    }

    /**
     * The unit after a generic head noun that a name before unit {@code u} modifies ("[QFN] package", "[Gecko]
     * rendering engine", "[GLUT] [library]"): one head noun of {@link Cues#HEAD_NOUNS}, optionally after one
     * lower-case noun, as plain words or as a lower-case mention; {@code u} itself when none follows or when
     * another noun follows the head (the phrase goes on: "[X] library functions").
     */
    int skipHeadNoun(int u) {
        if (isHeadNoun(u) && !isNounWord(u + 1)) {
            return u + 1;
        }
        String before = headText(u);
        if (before != null && isLowerCaseWord(before) && (isNounWord(u) || before.endsWith("ing"))
                && isHeadNoun(u + 1) && !isNounWord(u + 2)) {
            return u + 2;
        }
        return u;
    }

    /**
     * True when the mention list opening at unit {@code u} may take a head noun after it: it is no "-based" base
     * and no predicate noun ("is an [Internet Relay Chat] client that ..." names a kind of client).
     */
    boolean mayHead(int u) {
        if (u >= size() || mention[u] == null || isBaseOfBased(mention[u]) || isCommonNoun(mention[u])) {
            return false;
        }
        int v = u - 1;
        if (v >= 0 && plainWordIn(v, Cues.DETERMINERS)) {
            if (!"the".equals(plainWord(v))) {
                return false;
            }
            v--;
        }
        return v < 0 || (mention[v] == null && isPos(v, Cues.HEAD_OPENER_POS));
    }

    /**
     * True when unit {@code u} is the "to" or "through" of a range of versions of one name ("[Internet Explorer 4]
     * to [Internet Explorer 11]"): the mention after it starts with the same word as {@code last}.
     */
    boolean joinsRange(int u, Mention last) {
        if (!plainWordIn(u, Cues.RANGE_WORDS) || u + 1 >= size() || mention[u + 1] == null) {
            return false;
        }
        Mention next = mention[u + 1];
        return sentence.token(next.span().start()).text().equals(sentence.token(last.span().start()).text());
    }

    /** True when unit {@code u} ends the sentence or a parenthesis: the end of the sentence, ".", ";" or ")". */
    boolean endsEnumeration(int u) {
        String w = plainWord(u);
        return u >= size() || ".".equals(w) || ";".equals(w) || ")".equals(w);
    }

    /** True when unit {@code u} is the base of a "-based" word and a mention follows it ("[Presto]-based [Opera]"). */
    boolean isBasedModifier(int u) {
        return u + 1 < size() && mention[u] != null && mention[u + 1] != null && isBaseOfBased(mention[u]);
    }

    /** True when unit {@code u} is one word of {@link Cues#HEAD_NOUNS}, plain or a lower-case mention. */
    private boolean isHeadNoun(int u) {
        String text = headText(u);
        return text != null && Cues.HEAD_NOUNS.contains(text) && isLowerCaseWord(sentence.token(first[u]).text());
    }

    /** Lower-case text of unit {@code u} when it is one token, plain or mentioned; null otherwise. */
    private String headText(int u) {
        return u < size() && end[u] - first[u] == 1 ? lower(sentence.token(first[u]).text()) : null;
    }

    /** True when unit {@code u} is one token tagged NOUN. */
    private boolean isNounWord(int u) {
        return u < size() && end[u] - first[u] == 1 && "NOUN".equals(sentence.token(first[u]).pos());
    }

    /** True when the tokens of units {@code [from, to)}, mentions aside, or shortly before hold a cancelling cue. */
    boolean cancelled(int from, int to) {
        for (int u = from; u < to; u++) {
            if (cancels(u)) {
                return true;
            }
        }
        // an article does not count: "planned to release an [Orbit] port for [Zeta]" is as near as without it
        for (int u = from - 1, counted = 0; u >= 0 && counted < Cues.BEFORE_WINDOW; u--) {
            String w = plainWord(u);
            if (w != null && Cues.CANCELLING_BEFORE.contains(w) && !focusingNot(u)) {
                return true;
            }
            if (w != null && Cues.BOUNDARIES.contains(w)) {
                break;
            }
            if (w == null || !Cues.DETERMINERS.contains(w)) {
                counted++;
            }
        }
        return false;
    }

    /**
     * True when the support a match states between its subject at unit {@code subject} and its object at unit
     * {@code object} (the match ending at unit {@code matchEnd}) is withdrawn: a withdrawal right before a support noun that
     * stands between them with no other name after it ("[X] drops support for [Y]", "Drop support for [Y]" read after
     * "It", "ended official support for", "stopped supporting"), or a withdrawal after the match ("support for [Y]
     * has been removed"). "[X] dropped compatibility with [A] and only runs on [B]" still runs on B.
     */
    boolean withdrawn(int subject, int object, int matchEnd) {
        for (int u = object - 1; u > (subject < object ? subject : -1); u--) {
            if (plainWordIn(u, Cues.SUPPORT_NOUNS)) {
                return withdrawalBefore(u) || withdrawalAfter(matchEnd);
            }
            boolean listMember = plainWordIn(u + 1, Cues.CONJUNCTIONS) || ",".equals(plainWord(u + 1));
            if (mention[u] != null && !listMember || mention[u] == null && isPos(u, Cues.VERB_POS)) {
                return false; // another name or a verb between: the support noun, if any, is another predicate's
            }
        }
        return false;
    }

    /** True when a withdrawal stands before the support noun at unit {@code u}, past "of" and two adjectives. */
    private boolean withdrawalBefore(int u) {
        for (int v = u - 1, skipped = 0; v >= 0 && skipped <= 2; v--, skipped++) {
            if (plainWordIn(v, Cues.WITHDRAWALS)) {
                return true;
            }
            if (!("of".equals(plainWord(v)) || mention[v] == null && isPos(v, Cues.MODIFIER_WORD_POS))) {
                return false;
            }
        }
        return false;
    }

    /** True when only auxiliaries stand between unit {@code from} and a withdrawal: "... has now been dropped". */
    private boolean withdrawalAfter(int from) {
        for (int u = from; u < size(); u++) {
            if (plainWordIn(u, Cues.WITHDRAWALS)) {
                return true;
            }
            if (!plainWordIn(u, Cues.PASSIVE_AUXILIARIES)) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when a mention starting at unit {@code u} cannot head a clause: an adjective or another mention
     * stands right before it ("open-source [Unix-like operating system] forked from"), or, past
     * determiners and adjectives, a preposition ("drivers for the [IBM PC]", "clones of [ISPF]").
     */
    boolean insidePhrase(int u) {
        int listStart = listStart(u);
        if (listStart != u) {
            return insidePhrase(listStart);
        }
        if (inIndefiniteDescription(u) || (u > 0 && plainWordIn(u - 1, Cues.VERSUS))) {
            return true; // "X is a [Y] clone developed by Z", "[A] vs. [B] is ...": the name only qualifies
        }
        if (u > 0 && plainWordIn(u - 1, Cues.DEMONSTRATIVES) && mention[u] != null && mention[u].span().length() == 1
                && (isPos(u - 1, Cues.DETERMINER_POS) || u == 1 || plainWordIn(u - 2, Set.of(",", "(", ";", ":")))) {
            // (a "that" after a verb is a complementizer: "argued that [X] support existed")
            return true; // "that [API] is part of ...": a one-word name after a demonstrative points back to another
        }
        if (u > 0 && isPos(u - 1, Cues.ADJECTIVE_POS) && mention[u - 1] == null && definiteAtClauseStart(u - 1)) {
            return false; // "The original [Artistic License] was written by ...": the name heads the subject
        }
        if (u > 0 && (mention[u - 1] != null || isPos(u - 1, Cues.ADJECTIVE_POS))) {
            return true;
        }
        int v = u - 1;
        boolean determiner = false;
        while (v >= 0 && mention[v] == null && isPos(v, Cues.NOUN_PHRASE_OPENER_POS)) {
            if (determiner && isPos(v, Cues.NUMBER_POS)) {
                return false; // "in 1999 the [X] was announced": the phrase of the name starts at "the"
            }
            if (v == u - 1 && isYearAfterIn(v)) {
                return false; // "In 2008 [X] developer [Y] announced": the phrase "In 2008" ends at the year
            }
            determiner |= isPos(v, Cues.DETERMINER_POS);
            v--;
        }
        return v >= 0 && mention[v] == null && (isPos(v, Cues.PREPOSITION_POS) || isPrepositionTo(v))
                && !versionsOfAtClauseStart(v);
    }

    /**
     * True for a "to" that the tagger calls an infinitive particle but that opens a noun phrase here, as a
     * preposition: "an extension to [X] developed by", "a competitor to [X] written by" (tenth session). The caller
     * has walked back to it from a name over determiners and adjectives, and a name is no verb.
     */
    private boolean isPrepositionTo(int v) {
        return "to".equalsIgnoreCase(plainWord(v)) && isPos(v, Set.of("PART"));
    }

    /**
     * True when the mention at unit {@code u} stands in the description of a copula or an apposition, after its
     * indefinite article and only plain modifiers ("is a [Y] clone", "is a 2007 [CG] film", "is an online ( MMORPG )
     * [virtual universe]", ", a [Y] port"): it qualifies the head noun of a description of something named before,
     * so a cue after it is about that name, not about this one.
     */
    boolean inIndefiniteDescription(int u) {
        if (u < 0) {
            return false;
        }
        // a slot may open on the article itself: "is [a] [Y] clone"
        int v = plainWordIn(u, Set.of("a", "an")) ? u : u - 1;
        for (int steps = 0; v >= 0 && steps < MAX_DESCRIPTION; steps++, v--) {
            if (mention[v] != null) {
                return false;
            }
            String w = plainWord(v);
            if (")".equals(w)) {
                int open = openingParenthesis(v);
                if (open < 0) {
                    return false;
                }
                v = open;
                continue;
            }
            if ("a".equals(w) || "an".equals(w)) {
                if (v == 0 || mention[v - 1] != null) {
                    return false;
                }
                Token before = sentence.token(first[v - 1]);
                return "be".equals(before.lemma()) || ",".equals(plainWord(v - 1)) && !closesOpeningPhrase(v - 1);
            }
            if ("the".equals(w)) {
                // "was the first [X] operating system to ...": a definite description qualified by the name, when
                // an adjective (an ordinal, a superlative) opens it and a noun follows the name
                return v > 0 && v < u - 1 && mention[v - 1] == null && "be".equals(sentence.token(first[v - 1]).lemma())
                        && isPos(v + 1, Cues.ADJECTIVE_POS) && u + 1 < size() && mention[u + 1] == null
                        && isPos(u + 1, Cues.NOUN_POS);
            }
            String text = sentence.token(first[v]).text();
            // a lower-case hyphenated word the tagger calls punctuation is a modifier too ("fantasy-themed")
            boolean hyphenated = text.contains("-") && isLowerCaseWord(text) && text.chars().anyMatch(Character::isLetter);
            boolean modifier = ",".equals(w) || "-".equals(w) || hyphenated
                    || (isPos(v, Cues.DESCRIPTION_MODIFIER_POS) && (isPos(v, Cues.NUMBER_POS) || isLowerCaseWord(text)));
            if (!modifier) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the comma at unit {@code c} closes a phrase that opens the sentence: a preposition or an adverb
     * first, then no verb, clause boundary or other comma ("In computing , a [X] is ...", "Formally , a [X] is
     * ..."). The "a" after such a comma opens the subject of the sentence, not an apposition (recall14a).
     */
    private boolean closesOpeningPhrase(int c) {
        return c >= 1 && mention[c] == null && commaClosesOpeningPhrase(sentence, first[c]);
    }

    /** The unit of the "(" that opens the parenthesis closing at unit {@code u} within a few units, or -1. */
    private int openingParenthesis(int u) {
        for (int v = u - 1; v >= 0 && v >= u - MAX_PARENTHESIS - 1; v--) {
            String inner = plainWord(v);
            if ("(".equals(inner)) {
                return v;
            }
            if (inner != null && (")".equals(inner) || Cues.BOUNDARIES.contains(inner))) {
                return -1;
            }
        }
        return -1;
    }

    /** True when unit {@code v} is a year ("1982") right after "in", "since", "by" or "until". */
    private boolean isYearAfterIn(int v) {
        String w = plainWord(v);
        return w != null && YEAR.matcher(w).matches() && plainWordIn(v - 1, Set.of("in", "since", "by", "until"));
    }

    /**
     * True when the preposition at unit {@code of} is the "of" of "Modern versions of", "The final releases of"
     * opening a clause: the name after it is what the clause is about ("Modern versions of [VMS] support ...", "A
     * preliminary development version of [ext4] was included in ...": a noun may qualify the version noun).
     */
    private boolean versionsOfAtClauseStart(int of) {
        if (!"of".equals(plainWord(of)) || !plainWordIn(of - 1, Cues.VERSION_NOUNS)) {
            return false;
        }
        int v = of - 2;
        while (v >= 0 && mention[v] == null
                && (isPos(v, Cues.NOUN_PHRASE_OPENER_POS) || isPos(v, Cues.COMMON_NOUN_POS) && v == of - 2)) {
            v--;
        }
        return v < 0 || (mention[v] == null && isPos(v, Cues.HEAD_OPENER_POS));
    }

    /** True when adjectives end at unit {@code u} after a "the" that opens the sentence or a clause. */
    private boolean definiteAtClauseStart(int u) {
        int v = u;
        while (v >= 0 && mention[v] == null && isPos(v, Cues.ADJECTIVE_POS) && v > u - 2) {
            v--;
        }
        if (v < 0 || !"the".equals(plainWord(v))) {
            return false;
        }
        return v == 0 || (mention[v - 1] == null && isPos(v - 1, Cues.HEAD_OPENER_POS));
    }

    /**
     * The unit where a coordinated list of mentions that ends with unit {@code u} begins: in
     * "As with [A] and [B]" the list of B begins at A, so B is as much inside the phrase as A.
     */
    private int listStart(int u) {
        // a list ends with "and/or [last]"; without the conjunction, "Unlike [A] , [B] is ..." is no list
        if (!joinsList(u, false)) {
            return u;
        }
        int v = u - 2;
        while (joinsList(v, true)) {
            v -= 2;
        }
        return v;
    }

    /** True when mention unit {@code u} is joined to a mention two units before by a conjunction (or a comma). */
    private boolean joinsList(int u, boolean commaToo) {
        if (u < 2 || mention[u] == null || mention[u - 2] == null || mention[u - 1] != null) {
            return false;
        }
        String w = plainWord(u - 1);
        return w != null && (Cues.CONJUNCTIONS.contains(lower(w)) || commaToo && ",".equals(w));
    }

    /**
     * True when a words-only gap may start at unit {@code u} or pass over it: a plain word that is no
     * parenthesis, a mention that only modifies the noun after it ("an [NES] video game", "the
     * [Linux] kernel"), or one that ends a verb phrase coordinated with the next. A name heading its
     * phrase stops the gap.
     */
    boolean wordsOnlyCrossable(int u) {
        if (mention[u] == null) {
            String w = plainWord(u);
            // a subject pronoun starts a clause of its own: "... MeeGo 's interface uses Qt , it also supports GTK+"
            return !"(".equals(w) && !")".equals(w) && !Cues.SUBJECT_PRONOUNS.contains(w);
        }
        return isModifierName(u) || endsCoordinatedVerbPhrase(u) || isAgent(u);
    }

    /**
     * True when mention unit {@code u} is the agent of a passive, "by [X]", inside a longer description: an
     * adjunct, so the name before it still heads what follows ("[Y] is developed by [X] for use in ...").
     */
    private boolean isAgent(int u) {
        return u > 0 && "by".equals(plainWord(u - 1)) && u + 1 < size() && mention[u + 1] == null
                && !Cues.BOUNDARIES.contains(plainWord(u + 1)) && !",".equals(plainWord(u + 1))
                && !Cues.CONJUNCTIONS.contains(plainWord(u + 1));
    }

    /**
     * True when mention unit {@code u} ends a verb phrase that another, coordinated one follows ("developed by
     * [Kemco] and released by ..."): the next verb shares the subject, so a gap may pass over the name.
     */
    private boolean endsCoordinatedVerbPhrase(int u) {
        int v = u + 1;
        if (",".equals(plainWord(v))) {
            v++;
        }
        if (!"and".equals(plainWord(v))) {
            return false;
        }
        v++;
        while (v < size() && mention[v] == null && isPos(v, Cues.ADVERB_POS)) {
            v++;
        }
        return v < size() && mention[v] == null && isPos(v, Cues.VERB_ONLY_POS);
    }

    /**
     * True when unit {@code u}, right after a mention, is the comma or conjunction of a list of names that goes on
     * ("[A] , [B] and [C]"): ", [X]", "and [X]", ", and [X]", "or the [X]", or an untagged proper noun after them.
     */
    boolean continuesList(int u) {
        if (u == 0 || mention[u - 1] == null) {
            return false;
        }
        int v = u;
        boolean joined = false;
        if (",".equals(plainWord(v))) {
            v++;
            joined = true;
        }
        if (plainWordIn(v, Cues.CONJUNCTIONS)) {
            v++;
            joined = true;
        }
        if (!joined) {
            return false;
        }
        if (plainWordIn(v, Cues.DETERMINERS)) {
            v++;
        }
        // the next member may be an untagged name: "[RCX] , and Arduino robots"
        return v < size() && (mention[v] != null || isPos(v, Set.of("PROPN")));
    }

    /** The unit of the ")" that closes the parenthesis opening at unit {@code u} within a few units, or -1. */
    int closingParenthesis(int u) {
        for (int v = u + 1; v < size() && v <= u + MAX_PARENTHESIS + 1; v++) {
            String inner = plainWord(v);
            if (")".equals(inner)) {
                return v;
            }
            if (inner != null && (inner.equals("(") || Cues.BOUNDARIES.contains(inner))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The unit after the "of" of a partitive head that opens a phrase at unit {@code u}: "a combination of", "a
     * modified version of", "a subset of" ("uses a combination of [A] and [B]"): the phrase is about what follows
     * "of"; {@code u} itself when no such head opens there.
     */
    int skipPartitiveHead(int u) {
        if (!plainWordIn(u, Cues.DETERMINERS)) {
            return u;
        }
        int v = u + 1;
        if (plainWordIn(v, PARTITIVE_MODIFIERS)) {
            v++;
        }
        return plainWordIn(v, PARTITIVE_HEADS) && "of".equals(plainWord(v + 1)) ? v + 2 : u;
    }

    /**
     * The unit of the name that a naming phrase at unit {@code u} introduces: a determiner (or "one"), one to four
     * adjectives, nouns, numbers or qualifying names, then "called", "named", "dubbed" or "known as" (a comma may come
     * before) and the name ("based on a kernel called [Darwin]", "uses a [Zeta] library named [Orbit]", "supports one
     * algorithm , called [Y]"); {@code u} itself when no such phrase opens there.
     */
    int skipNamingPhrase(int u) {
        if (!plainWordIn(u, Cues.DETERMINERS) && !plainWordIn(u, NAMING_NUMBERS)) {
            return u;
        }
        for (int v = u + 1; v <= u + 5 && v < size(); v++) {
            String w = plainWord(v);
            if (v > u + 1 && w != null) {
                // "one algorithm , called [DEFLATE]": a comma may stand before the naming word
                int at = ",".equals(w) && plainWord(v + 1) != null ? v + 1 : v;
                String n = plainWord(at);
                int name = NAMING_WORDS.contains(n) ? at + 1
                        : "known".equals(n) && "as".equals(plainWord(at + 1)) ? at + 2 : -1;
                if (name > 0) {
                    return mention(name) != null ? name : u;
                }
            }
            boolean qualifier = mention[v] != null
                    || w != null && (isPos(v, Cues.NAMING_QUALIFIER_POS) || isHyphenatedWord(w));
            if (!qualifier) {
                return u;
            }
        }
        return u;
    }

    /** Kind nouns a phrase in apposition before a name may end with, besides {@link Cues#HEAD_NOUNS}. */
    private static final Set<String> APPOSITION_KINDS = Set.of("viewer", "player", "game", "manager", "environment",
            "shell", "desktop", "ide", "assembler", "debugger", "toolchain", "firmware", "bootloader", "filesystem",
            "handheld", "microcontroller", "workstation", "minicomputer", "mainframe");

    /**
     * The unit of the name after a determiner and a lower-case kind phrase in apposition to it: "the programming
     * language [Rust]", "the web browser [Firefox]", "the operating system [Linux]" (up to two words before the kind
     * noun); {@code u} itself when none follows. The kind noun must end the phrase and a name must follow it at once.
     */
    int skipKindApposition(int u) {
        if (!plainWordIn(u, Cues.DETERMINERS)) {
            return u;
        }
        for (int v = u + 1; v <= u + 3 && v + 1 < size(); v++) {
            String w = plainWord(v);
            if (w == null || !isLowerCaseWord(w)) {
                return u;
            }
            if ((Cues.HEAD_NOUNS.contains(w) || APPOSITION_KINDS.contains(w)) && mention[v + 1] != null
                    && isPos(v, Cues.COMMON_NOUN_POS)) {
                return v + 1;
            }
            if (!isPos(v, Cues.DESCRIPTION_MODIFIER_POS) && !isHyphenatedWord(w)) {
                return u;
            }
        }
        return u;
    }

    /**
     * The unit of the mention that continues a list at unit {@code u} past a determiner and up to three lower-case
     * adjectives or nouns ("A and the open source B"); {@code u} itself when none does.
     */
    int skipListModifiers(int u) {
        int v = u;
        if (plainWordIn(v, Cues.DETERMINERS)) {
            v++;
        }
        int versions = skipVersionsOf(v);
        if (versions != v) {
            return versions;
        }
        boolean adjective = false;
        int nouns = 0;
        for (int k = 0; k < 3 && v < size() && mention[v] == null; k++, v++) {
            String w = plainWord(v);
            // adjectives ("first-generation" too), and one noun after them ("the open source [B]"), never a noun
            // alone ("the project [B]")
            boolean modifier = isPos(v, Cues.LIST_MODIFIER_POS) || isHyphenatedWord(w);
            boolean noun = adjective && !modifier && isPos(v, Cues.COMMON_NOUN_POS) && ++nouns == 1;
            if (w == null || !isLowerCaseWord(w) || !(modifier || noun)) {
                return u;
            }
            adjective |= modifier;
        }
        return v < size() && mention[v] != null ? v : u;
    }

    /**
     * True when the name at unit {@code u} is owned: a possessive stands before it, past at most three lower-case
     * modifiers ("[Contoso] 's new [Zeta]"). A list that opens with an owned name ("[Contoso] 's [A] and [Kappa] 's
     * [B]") pairs each name with its own possessor.
     */
    boolean isOwned(int u) {
        int v = u - 1;
        for (int k = 0; k < 3 && v >= 0 && mention[v] == null && !plainWordIn(v, Cues.POSSESSIVES); k++, v--) {
            String w = plainWord(v);
            if (w == null || !isLowerCaseWord(w)) {
                return false;
            }
        }
        return v >= 0 && plainWordIn(v, Cues.POSSESSIVES);
    }

    /**
     * The unit of the name a possessor owns at unit {@code u} ("based on [IBM] 's [ISAM]", "for [Contoso] 's new
     * [Zeta]": the phrase names ISAM and Zeta), past at most two lower-case adjectives; {@code u} itself when unit
     * {@code u} is no possessor, or when the owned name only modifies a noun after it ("[Sun] 's [Java] team").
     */
    int skipPossessor(int u) {
        if (u >= size() || mention[u] == null || !plainWordIn(u + 1, Cues.POSSESSIVES)) {
            return u;
        }
        int v = u + 2;
        for (int k = 0; k < 2 && v < size() && mention[v] == null; k++, v++) {
            String w = plainWord(v);
            if (w == null || !isLowerCaseWord(w) || !(isPos(v, Cues.LIST_MODIFIER_POS) || isHyphenatedWord(w))) {
                return u;
            }
        }
        if (v >= size() || mention[v] == null || plainWordIn(v + 1, Cues.POSSESSIVES)
                || (v + 1 < size() && mention[v + 1] == null && isPos(v + 1, Cues.NOUN_POS))) {
            return u;
        }
        return v;
    }

    /**
     * The unit of the mention after "several versions of" / "the later editions of" at unit {@code u} ("available
     * for [A] and several versions of [B]": the versions are of B); {@code u} itself when no such phrase is there.
     */
    private int skipVersionsOf(int u) {
        int v = u;
        if (plainWordIn(v, Cues.VERSION_QUANTIFIERS)) {
            v++;
        }
        if (!plainWordIn(v, Cues.VERSIONS_NOUNS) || !"of".equals(plainWord(v + 1))) {
            return u;
        }
        v += 2;
        if (plainWordIn(v, Cues.DETERMINERS)) {
            v++;
        }
        return v < size() && mention[v] != null ? v : u;
    }

    /** A lower-case word joined by a hyphen ("first-generation", "device-specific"): a modifier before a name. */
    private static boolean isHyphenatedWord(String w) {
        int dash = w == null ? -1 : w.indexOf('-');
        return dash > 0 && dash < w.length() - 1 && Character.isLetter(w.charAt(dash - 1))
                && Character.isLetter(w.charAt(dash + 1));
    }

    /**
     * True when unit {@code u} is a plain word written with a capital and then lower case ("Uses", "Supports")
     * inside a sentence: not its first word, nor after a full stop, colon, parenthesis or quote. Such a word
     * is a heading or table cell, and no cue of prose.
     */
    boolean isTitleCaseInside(int u) {
        if (u >= 0 && u < titleCaseInside.length) {
            if (titleCaseInside[u] == 0) {
                titleCaseInside[u] = (byte) (titleCaseInsideOf(u) ? 2 : 1);
            }
            return titleCaseInside[u] == 2;
        }
        return titleCaseInsideOf(u);
    }

    private boolean titleCaseInsideOf(int u) {
        Token t = token(u);
        if (t == null || first[u] == 0) {
            return false;
        }
        String text = t.text();
        if (text.length() < 2 || !Character.isUpperCase(text.charAt(0)) || !Character.isLowerCase(text.charAt(1))) {
            return false;
        }
        String before = sentence.token(first[u] - 1).text();
        return !Cues.TITLE_CASE_OPENERS.contains(before);
    }

    /** True when unit {@code u} follows a preposition or a full verb (not a copula or auxiliary). */
    boolean afterPrepositionOrVerb(int u) {
        return u > 0 && mention[u - 1] == null && (isPos(u - 1, Cues.PREPOSITION_POS) || isPos(u - 1, Cues.VERB_ONLY_POS));
    }

    /** True when unit {@code u} is a plain token tagged VERB. */
    boolean isVerb(int u) {
        return u < size() && mention[u] == null && isPos(u, Cues.VERB_ONLY_POS);
    }

    /** Words that open a clause: a finite verb before one of them belongs to another clause. */
    private static final Set<String> FINITE_VERB_STOPS = Set.of(";", ":", "(", ")", "which", "that", "who", "whose",
            "while", "whereas", "although", "though", "because", "when", "where", "if", "unless", "whether");

    /**
     * True when a finite verb stands before unit {@code u} in its clause: an auxiliary, or a verb that is no gerund
     * and no participle after a common noun ("the protocol used by", "a port written in"). Scanning back stops at the
     * sentence's start, at a word that opens a clause and at ", and" / ", but" (a coordinated clause).
     */
    boolean finiteVerbBefore(int u) {
        for (int v = u - 1; v >= 0; v--) {
            String w = plain[v];
            if (w == null) {
                continue; // a mention
            }
            if (FINITE_VERB_STOPS.contains(w)
                    || (("and".equals(w) || "but".equals(w)) && v > 0 && ",".equals(plain[v - 1]))) {
                return false;
            }
            if (isPos(v, Cues.AUXILIARY_POS)) {
                return true;
            }
            if ((isPos(v, Cues.VERB_ONLY_POS) && !w.endsWith("ing") && !participleAfterNoun(v)) || isMisreadVerb(v)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when plain unit {@code u} is a verb in the third person that the tagger read as a plural noun, right after a
     * name and before a preposition or determiner ("[Zeta] runs on", "[Zeta] ships with").
     */
    boolean isMisreadVerb(int u) {
        String w = plainWord(u);
        if (w == null || u == 0 || mention[u - 1] == null || !isPos(u, Cues.COMMON_NOUN_POS) || w.length() < 4
                || !w.endsWith("s") || w.endsWith("ss") || !isLowerCaseWord(sentence.token(first[u]).text())) {
            return false;
        }
        // not before "to": "[A] and [B] techniques to communicate" is a noun with its purpose
        return u + 1 < size() && mention(u + 1) == null && !"to".equals(plainWord(u + 1))
                && (isPos(u + 1, Cues.PREPOSITION_POS) || isPos(u + 1, Cues.DETERMINER_POS));
    }

    /** True when verb unit {@code v} is a past participle right after a plain common noun ("the protocol used by"). */
    private boolean participleAfterNoun(int v) {
        String w = plain[v];
        boolean participle = w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn") || w.endsWith("t");
        return participle && v > 0 && mention[v - 1] == null && isPos(v - 1, Cues.COMMON_NOUN_POS);
    }

    /** True when unit {@code u} is a plain token tagged ADV. */
    boolean isAdverb(int u) {
        return u < size() && mention[u] == null && isPos(u, Cues.ADVERB_POS);
    }

    /**
     * True when mention unit {@code u} is followed by a common or proper noun: it modifies that noun ("is an
     * [NES] video game"), unless it opens the sentence.
     */
    boolean isModifierName(int u) {
        return mention[u] != null && u + 1 < size() && mention[u + 1] == null && isPos(u + 1, Cues.NOUN_POS)
                && !opensSentence(u);
    }

    /**
     * True when mention unit {@code u} opens the sentence, after a determiner at most: "The [libfoo] library is
     * ..." is about libfoo, so the name stands for the whole subject phrase.
     */
    private boolean opensSentence(int u) {
        return u == 0 || (u == 1 && plainWordIn(0, Cues.DETERMINERS));
    }

    /** True when every word of the mention is lower case (a capital opening the sentence aside). */
    boolean isCommonNoun(Mention m) {
        return isLowerCasePhrase(sentence, m);
    }

    /**
     * True when the mention at unit {@code u} follows a demonstrative ("this [API]", "these [CPUs]", and "that [API]"
     * opening a clause, not "a system that [Linux] uses"): the phrase is a description of something named
     * elsewhere, not the name.
     */
    boolean afterDemonstrative(int u) {
        String w = u > 0 ? plainWord(u - 1) : null;
        if (w == null || isBasedModifier(u)) {
            // "this [UCSD]-based [Ada]": the base qualifies the name after it, which the demonstrative describes
            return false;
        }
        if (w.equals("this") || w.equals("these") || w.equals("those")) {
            return true;
        }
        if (!w.equals("that")) {
            return false;
        }
        String before = u >= 2 ? plainWord(u - 2) : null;
        return u < 2 || (mention[u - 2] == null && (",".equals(before) || isPos(u - 2, Set.of("ADP", "PUNCT"))));
    }

    /** True when unit {@code u} follows a verb, past determiners (it may be the verb's object). */
    boolean afterVerb(int u) {
        int v = u - 1;
        while (v >= 0 && mention[v] == null && isPos(v, Cues.DETERMINER_POS)) {
            v--;
        }
        return v >= 0 && mention[v] == null && isPos(v, Cues.VERB_ONLY_POS);
    }

    private static final Set<String> RELATIVE_OPENERS = Set.of("that", "which");

    /**
     * True when the name at unit {@code u} is the object of a verb that modifies a plural noun before it ("Websites
     * supporting the [X] include ...", "Editors that support [X] are ..."): the noun heads the clause, and the name
     * is no subject of the verb that follows its phrase.
     */
    boolean objectOfNounModifier(int u) {
        int v = u - 1;
        while (v >= 0 && mention[v] == null && isPos(v, Cues.DETERMINER_POS)) {
            v--;
        }
        if (v < 1 || mention[v] != null || !isPos(v, Cues.VERB_ONLY_POS)) {
            return false;
        }
        String verb = plainWord(v);
        int w = v - 1;
        if (!verb.endsWith("ing")) {
            // "Editors that support [X]": a relative clause on the noun
            if (!plainWordIn(w, RELATIVE_OPENERS)) {
                return false;
            }
            w--;
        }
        return w >= 0 && mention[w] == null && (isPlural(sentence.token(first[w]))
                || (isOpeningPlural(sentence.token(first[w])) && startsSentence(w)));
    }

    /** True when the first token of unit {@code u} has one of these Universal POS tags. */
    boolean isPos(int u, Set<String> tags) {
        String pos = sentence.token(first[u]).pos();
        return pos != null && tags.contains(pos);
    }

    /** Token span of units {@code [from, to)}. */
    Span tokens(int from, int to) {
        return new Span(first[from], end[to - 1]);
    }

    /**
     * The unit of the first name of an exemplar list that a plural class noun phrase introduces ("other [NES] games
     * like [A] , [B]", "common implementations , such as [A] and [B] ,", "distributions , for example [A]"), so that
     * a slot at the phrase is filled by the names it lists; {@code u} itself when no such phrase starts there. The
     * phrase is up to five lower-case determiners, adjectives, numbers and nouns (a name may modify the next noun)
     * ending in a plural noun, then an optional comma and "such as", "like", "including", "e.g." or "for
     * example/instance", or (lists10) "namely", "notably", "especially", "particularly", "i.e.".
     */
    int skipExemplarHead(int u) {
        if (u >= size() || mention[u] != null) {
            return u;
        }
        int v = u;
        int plural = -1;
        for (int k = 0; k < 5 && v < size(); k++, v++) {
            if (mention[v] != null) {
                if (!isModifierName(v)) {
                    break;
                }
                continue;
            }
            String w = plainWord(v);
            if (followsSuchAs(v + 2)) {
                break; // "implementations such as [A]": "such" (an adjective to the tagger) opens the exemplars
            }
            // "Games such as [A] and [B] were ...": the phrase's first word may carry the capital of a sentence start
            boolean opening = v == u && isCapitalisedWord(sentence.token(first[v]).text()) && startsSentence(v);
            if (!(opening || isLowerCaseWord(w)) || !isPos(v, opening ? OPENING_EXEMPLAR_POS : Cues.EXEMPLAR_PHRASE_POS)) {
                break;
            }
            if (isPlural(sentence.token(first[v])) || (opening && isOpeningPlural(sentence.token(first[v])))) {
                plural = v;
            }
        }
        if (plural < 0 || plural != v - 1) {
            return u;
        }
        int c = v;
        if (",".equals(plainWord(c))) {
            c++;
        }
        String w = plainWord(c);
        if (followsSuchAs(c + 2)) {
            c += 2;
        } else if ("for".equals(w) && ("example".equals(plainWord(c + 1)) || "instance".equals(plainWord(c + 1)))) {
            c += 2;
            if (",".equals(plainWord(c))) {
                c++;
            }
        } else if ("like".equals(w) || "including".equals(w) || "e.g.".equals(w) || ListJoints.namesMembers(w)) {
            c++;
        } else {
            return u;
        }
        if (plainWordIn(c, Cues.DETERMINERS)) {
            c++;
        }
        return c < size() && mention[c] != null ? c : u;
    }

    /** The first token from {@code i} on of {@code s} that is no lower-case adverb ("originally", "later"). */
    static int skipAdverbs(Sentence s, int i) {
        while (i < s.size() && "ADV".equals(s.token(i).pos()) && isLowerCaseWord(s.token(i).text())) {
            i++;
        }
        return i;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
