package org.softkg.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.softkg.model.Entity;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;
import org.softkg.model.Token;

/**
 * Marks the words by which an article refers to its main subject without naming it, as mentions of the
 * subject's entity, so that the relation rules read them like its name. A reference is the subject of
 * its clause: it opens the sentence (or follows a short introductory phrase such as "In 2005 ,"), a verb
 * follows it, and no quotation is open. Three forms:
 * <ol>
 *   <li>the pronoun "It" ("It runs on ..."), and "Its" + an aspect noun ("Its syntax is ..."), when the
 *       previous sentence is about the main subject ({@link ClauseTopic}) and does not end on another
 *       entity that a relative clause elaborates ("... switched to [Y] , which ..."); "It is possible
 *       to" and "It was announced that" are no references;</li>
 *   <li>a definite description whose head is one of the subject's {@link ClassNouns} ("The project",
 *       "The operating system");</li>
 *   <li>a phrase about an aspect of the subject ("Many design concepts", "The design", "Development"),
 *       its head an {@link ContextWords#ASPECT_NOUNS aspect noun}.</li>
 * </ol>
 * Forms 2 and 3 need only that the previous sentence is not about another entity. A reference takes the
 * place of the common-noun mentions inside it ("The [operating system]"); one holding a name ("The
 * [Linux] kernel") is no reference.
 */
final class SubjectReferences {

    private static final int MAX_INTRO = 8;
    private static final int MAX_WORDS = 4;
    private static final Set<String> INTRO_POS = Set.of("ADP", "ADV");
    private static final Set<String> DEFINITE = Set.of("the", "this");
    private static final Set<String> CONTENT_POS = Set.of("NOUN", "ADJ", "VERB", "PROPN", "X");
    private static final java.util.regex.Pattern VERSION_NUMBER = java.util.regex.Pattern.compile("\\d+(\\.\\d+)*[a-z]?");
    private static final Set<String> EXPLETIVE_VERBS = Set.of("seem", "appear", "remain", "follow", "happen", "turn");

    private SubjectReferences() {
    }

    /** The mentions with the references to {@code subject} added, in position order. */
    static List<Mention> resolve(List<Sentence> sentences, List<Mention> mentions, Entity subject, Set<String> classNouns) {
        List<List<Mention>> bySentence = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            bySentence.add(new ArrayList<>());
        }
        for (Mention m : mentions) {
            bySentence.get(m.sentence()).add(m);
        }
        String type = subject.types().stream().filter(t -> !Mention.UNTYPED.equals(t)).sorted().findFirst()
                .orElse(Mention.UNTYPED);
        Mention previousTopic = null;
        boolean previousCompetes = false;
        for (Sentence s : sentences) {
            List<Mention> own = bySentence.get(s.index());
            for (Span part : parts(s)) {
                boolean aboutSubject = previousTopic != null && subject.iri().equals(previousTopic.entity())
                        && !previousCompetes;
                boolean notAboutOther = previousTopic == null || subject.iri().equals(previousTopic.entity());
                Span span = reference(s, part.start(), classNouns, aboutSubject, notAboutOther);
                if (span != null && replaceable(s, own, span, classNouns)) {
                    own.removeIf(m -> m.span().overlaps(span));
                    own.add(new Mention(s.index(), span, type, s.text(span), null, subject.iri()));
                    own.sort(DocumentContext.BY_POSITION);
                }
                List<Mention> inPart = own.stream().filter(m -> part.contains(m.span())).toList();
                previousTopic = ClauseTopic.of(s, inPart);
                previousCompetes = ClauseTopic.elaboratesOther(s, inPart, subject.iri());
            }
        }
        List<Mention> out = new ArrayList<>();
        bySentence.forEach(out::addAll);
        return out;
    }

    /**
     * The sentences inside one tagged sentence: a unit of the corpus may hold several ("... 2003 . It runs
     * on ..."), split where a full stop, "?" or "!" comes before a capitalised word.
     */
    static List<Span> parts(Sentence s) {
        List<Span> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < s.size(); i++) {
            if (opensSentence(s, i) && Character.isUpperCase(s.token(i).text().charAt(0))) {
                parts.add(new Span(start, i));
                start = i;
            }
        }
        parts.add(new Span(start, s.size()));
        return parts;
    }

    /** True when token {@code i} opens a sentence: the first token, or one after ".", "?" or "!". */
    private static boolean opensSentence(Sentence s, int i) {
        return i == 0 || Set.of(".", "?", "!").contains(s.token(i - 1).text());
    }

    /**
     * The span of a reference to the main subject at the start of the clause of the sentence that begins
     * at token {@code from} of {@code s}, or {@code null}.
     */
    static Span reference(Sentence s, int from, Set<String> classNouns, boolean aboutSubject, boolean notAboutOther) {
        int c = clauseStart(s, from);
        if (c < 0 || c >= s.size() || quoteOpen(s, from, c)) {
            return null;
        }
        String first = lower(s, c);
        if (first.equals("it")) {
            return aboutSubject && ClauseTopic.verbFollows(s, c + 1) && !expletive(s, c + 1) ? new Span(c, c + 1) : null;
        }
        if (first.equals("its")) {
            int end = aspectPhraseEnd(s, c + 1);
            return aboutSubject && end > 0 ? new Span(c, end) : null;
        }
        if (!notAboutOther) {
            return null;
        }
        if (DEFINITE.contains(first)) {
            int end = phraseEnd(s, c + 1, classNouns, true);
            if (end > 0 && modifiers(s, c + 1, end, classNouns) <= 1) {
                return new Span(c, end);
            }
        }
        if (ContextWords.ASPECT_OPENERS.contains(first)) {
            int head = c + 1;
            // "Much of its design", "Many of its design ideas", "Some of the concepts"
            if (!first.equals("the") && !first.equals("its") && head + 1 < s.size() && lower(s, head).equals("of")
                    && Set.of("the", "its").contains(lower(s, head + 1))) {
                head += 2;
            }
            int end = aspectPhraseEnd(s, head);
            return end > 0 ? new Span(c, end) : null;
        }
        // "Version 2.0 added support for [X]": a version of the subject
        if (first.equals("version") && c + 2 < s.size() && VERSION_NUMBER.matcher(s.token(c + 1).text()).matches()
                && ClauseTopic.verbFollows(s, c + 2)) {
            return new Span(c, c + 2);
        }
        // without an opener, only the aspect noun alone: "Development began ...", not "Software design is ..."
        return ContextWords.ASPECT_NOUNS.contains(first) && ClauseTopic.verbFollows(s, c + 1) ? new Span(c, c + 1) : null;
    }

    /** The end of "word* aspect-noun" from {@code from}, followed by a verb, or -1. */
    private static int aspectPhraseEnd(Sentence s, int from) {
        return phraseEnd(s, from, ContextWords.ASPECT_NOUNS, false);
    }

    /**
     * The first end of a run of one to four common words from {@code from} whose head (last word, or last
     * two words when {@code pairs}) is one of {@code heads} and after which a verb follows; -1 when none.
     * A word is lower case (the sentence's first word may be capitalised) or, for a head, an acronym
     * such as "OS".
     */
    private static int phraseEnd(Sentence s, int from, Set<String> heads, boolean pairs) {
        for (int end = from + 1; end <= s.size() && end <= from + MAX_WORDS; end++) {
            int last = end - 1;
            if (!isCommonWord(s, last) && !heads.contains(lower(s, last))) {
                return -1;
            }
            boolean headed = heads.contains(lower(s, last))
                    || (pairs && last > from && heads.contains(lower(s, last - 1) + " " + lower(s, last)));
            if (headed && ClauseTopic.verbFollows(s, end)) {
                return end;
            }
        }
        return -1;
    }

    /** A lower-case content word (noun, adjective, participle): no article, preposition or auxiliary. */
    private static boolean isCommonWord(Sentence s, int i) {
        String w = opensSentence(s, i) ? lower(s, i) : s.token(i).text();
        String pos = s.token(i).pos();
        return w.matches("\\p{Ll}+(-\\p{Ll}+)*") && (pos == null || CONTENT_POS.contains(pos));
    }

    /** The words of {@code [from, end)} before its class noun: "The new operating system" has one. */
    private static int modifiers(Sentence s, int from, int end, Set<String> classNouns) {
        boolean pair = end - 2 >= from && classNouns.contains(lower(s, end - 2) + " " + lower(s, end - 1));
        return end - from - (pair ? 2 : 1);
    }

    /** 0, or the token after a short introductory phrase without verb or name ending in a comma: "In 2005 ,". */
    static int clauseStart(Sentence s, int from) {
        if (from >= s.size() || !INTRO_POS.contains(String.valueOf(s.token(from).pos()))) {
            return from;
        }
        for (int i = from + 1; i < s.size() && i <= from + MAX_INTRO; i++) {
            String pos = String.valueOf(s.token(i).pos());
            if (Set.of(".", "?", "!").contains(s.token(i).text())) {
                return from;
            }
            if (",".equals(s.token(i).text())) {
                int c = i + 1;
                while (c < s.size() && ",".equals(s.token(c).text())) {
                    c++;
                }
                return c;
            }
            if (pos.equals("VERB") || pos.equals("AUX") || pos.equals("PROPN") || pos.equals("PRON")) {
                return from;
            }
        }
        return from;
    }

    /** "It is possible to do", "It was announced that", "It seems": an expletive "it" ("It is similar to [X]" is none). */
    private static boolean expletive(Sentence s, int i) {
        while (i < s.size() && "ADV".equals(s.token(i).pos())) {
            i++;
        }
        if (i >= s.size()) {
            return false;
        }
        String lemma = s.token(i).lemma();
        if (lemma != null && EXPLETIVE_VERBS.contains(lemma)) {
            return true;
        }
        if (!"be".equals(s.token(i).lemma())) {
            return false;
        }
        int j = i + 1;
        while (j < s.size() && ("ADV".equals(s.token(j).pos()) || "PART".equals(s.token(j).pos()))) {
            j++;
        }
        if (j + 1 >= s.size()) {
            return false;
        }
        String next = lower(s, j + 1);
        String pos = String.valueOf(s.token(j).pos());
        // "It is possible to run ...", not "It is similar to [X]": "to" before a verb only
        boolean infinitive = next.equals("to") && j + 2 < s.size()
                && Set.of("VERB", "AUX").contains(String.valueOf(s.token(j + 2).pos()))
                && Token.OUTSIDE.equals(s.token(j + 2).tag()); // "similar to [Go]" names a language
        return (pos.equals("ADJ") && (infinitive || next.equals("that")))
                || (pos.equals("VERB") && next.equals("that"));
    }

    /** True when the mentions overlapping {@code span} lie inside it and are common nouns, not names. */
    private static boolean replaceable(Sentence s, List<Mention> mentions, Span span, Set<String> classNouns) {
        for (Mention m : mentions) {
            if (!m.span().overlaps(span)) {
                continue;
            }
            if (!span.contains(m.span())) {
                return false;
            }
            for (int i = m.span().start(); i < m.span().end(); i++) {
                String t = opensSentence(s, i) ? lower(s, i) : s.token(i).text();
                if (!t.matches("\\p{Ll}+(-\\p{Ll}+)*") && !classNouns.contains(t.toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean quoteOpen(Sentence s, int from, int c) {
        int quotes = 0;
        for (int i = from; i < c; i++) {
            if (ContextWords.QUOTES.contains(s.token(i).text())) {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    private static String lower(Sentence s, int i) {
        return s.token(i).text().toLowerCase(Locale.ROOT);
    }
}
