package org.softkg.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;
import org.softkg.model.Token;

/**
 * The second predicate of a sentence's opening subject: "[Zeta] supports [Kappa] and runs on [Linux]", "[Zeta] was
 * created at [Kappa Labs] and is written in [Java]". The subject of a verb phrase coordinated by "and" (or ", and")
 * (or "but") is the name that opens the sentence, not the last name of the first phrase, which every
 * rule's gap would take or
 * stop at. Each such predicate is a {@link Clause}; {@link #sentence} and {@link #mentions} give the clause as a
 * sentence of its own, "[Zeta] runs on [Linux]", that every rule reads.
 *
 * <p>The opening subject is the mention at the sentence's first token or after "The", or the same right after the
 * comma of an opening phrase ("In 2004 , [X] ...", "Though first released for [P] , [X] ..."). A predicate is
 * carried when the subject already has a verb before the "and", the word before "and" is no verb ("developed and
 * published by" is one predicate with two participles, not two), the first word after "and" (and a pronoun "it")
 * past adverbs is a verb, and no clause boundary or subordinate clause ("which", "while", ";" ...) comes between the subject and the
 * "and" (nor a comma before a determiner or pronoun once the subject has its verb: ", the first is used in ..."),
 * except a relative clause between commas right after the subject ("[X] , which includes [Y] , dropped
 * ... and runs on [Z]") and a parenthesis before the subject's verb ("[X] ( ) is a game ... and is the sequel to
 * [Y]"). Tokens of names are no joints or boundaries ("published by [Contoso Co .] and is ..."). A subordinate clause
 * or a second sentence after ";" whose subject is "it" is carried too ("[X] was popular , though it has since been
 * supplanted by [Y]") when no singular name other than the subject stands before it. A coordinated opening subject
 * ("[A] , [B] and [C] support [Y] and run on [Z]", "Both [A] and [B] ...") carries the predicate to each of its
 * members. Stateless.
 */
final class CarriedSubject {

    /** Words after which a later verb may have another subject: the carrying stops there. */
    private static final Set<String> STOPS = Set.of("which", "who", "whose", "whom", "that", "while", "whereas",
            "although", "though", "because", "when", "where", "if", "unless", "however", "since", "after", "before",
            "until", "as", "so", "whether", ";", ":", ".", "!", "?", "(", ")", "\"");

    private static final Set<String> CONJUNCTIONS = Set.of("and", "but");

    /** Words of a subordinate clause or a second sentence whose "it" may be the opening subject ("though it ..."). */
    private static final Set<String> SUBORDINATORS = Set.of("though", "although", "while", "whereas", "because",
            "since", "when", "until", "after", "before", "so", ";");

    /** Pronouns of a relative clause between commas right after the subject, which the carrying passes over. */
    private static final Set<String> RELATIVES = Set.of("which", "who");

    /** The most tokens of a parenthesis between the subject and its verb ("[X] ( 2004 ) is ..."). */
    private static final int MAX_ASIDE = 20;

    /** Tags of the word that ends a predicate noun phrase before its relative clause. */
    private static final Set<String> DESCRIPTION_HEAD_POS = Set.of("NOUN", "ADJ");

    /** Possessive determiners that open a noun phrase after the preposition "as" ("as its default browser"). */
    private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("its", "their", "his", "her", "our");

    /** Relative pronouns of a restrictive clause on a predicate noun ("is an API that ..."). */
    private static final Set<String> RELATIVE_ON_DESCRIPTION = Set.of("that", "which");

    /** The most tokens of such a relative clause. */
    private static final int MAX_RELATIVE = 15;

    /** Capitalised words that open a phrase before the subject and its comma ("In 2004 , [X] was ..."). */
    private static final Set<String> OPENERS = Set.of("In", "On", "Since", "After", "Though", "Although", "While",
            "When", "As", "With", "Following", "During", "Before", "Until", "Later", "Originally", "Initially", "Today",
            "Currently", "By", "From", "Like", "Unlike", "Besides", "Despite", "Eventually", "Subsequently", "Also");

    /** The most tokens of an opening phrase before its comma. */
    private static final int MAX_OPENING = 20;

    private CarriedSubject() {
    }

    /**
     * A predicate read with a subject it does not hold: carried from the opening subject ({@link #carried}), or the
     * document's main subject implied before a sentence that opens with its predicate ({@link ImpliedSubject}).
     *
     * @param subject   the subject's mention, whose span is the original span the head's evidence maps to (for an
     *                  implied subject: a mention over the predicate's first word)
     * @param start     first token of the predicate in the original sentence (adverbs included)
     * @param head      the tokens of the clause sentence before the predicate: the subject's (and, for an implied
     *                  subject, "It" and the words that make a predicate phrase a clause: "is", "a")
     * @param openingEnd the predicate's opening words {@code [start, openingEnd)} are read lower case and hold no
     *                  mention ("Fork of", "Runs on" read by the name finder as names); {@code start} for none
     * @param end       the token after the predicate's last (a fronted phrase ends at its comma, {@link FrontedPhrase});
     *                  {@link Integer#MAX_VALUE} for the end of the sentence
     */
    record Clause(Mention subject, int start, List<Token> head, int openingEnd, int end) {

        /** A predicate that runs to the end of the sentence. */
        Clause(Mention subject, int start, List<Token> head, int openingEnd) {
            this(subject, start, head, openingEnd, Integer.MAX_VALUE);
        }

        /** A predicate carried from {@code subject}, a mention of the same sentence, from {@code start} on. */
        static Clause carried(Sentence sentence, Mention subject, int start) {
            Span span = subject.span();
            return new Clause(subject, start, sentence.tokens().subList(span.start(), span.end()), start);
        }

        /** Tokens of {@code head} that are the subject (its first). */
        int subjectLength() {
            return subject.span().length();
        }

        /** Original token index of clause-sentence token {@code i} (the head maps to the subject's span). */
        int original(int i) {
            Span origin = subject.span();
            return i < head.size() ? Math.min(origin.start() + i, origin.end() - 1) : i - head.size() + start;
        }
    }

    /**
     * The carried predicates of a sentence, in order; none when it opens with no name. A token sequence that holds
     * several sentences ("... in 2006 . The [X] was introduced in 2008 , and uses [Y] .") carries the opening subject
     * of each (recall13b).
     */
    static List<Clause> of(Sentence sentence, List<Mention> mentions) {
        List<Clause> out = new ArrayList<>();
        for (int from : SentenceStarts.of(sentence)) {
            carry(sentence, mentions, from, out);
        }
        return dedupe(out);
    }

    /** Adds the carried predicates of the sentence that opens at token {@code from}. */
    private static void carry(Sentence sentence, List<Mention> mentions, int from, List<Clause> out) {
        Mention subject = openingSubject(sentence, mentions, from);
        if (subject == null) {
            return;
        }
        List<Mention> members = coordinated(sentence, mentions, subject);
        int before = out.size();
        carry(sentence, mentions, members.getLast(), subject, members.size() > 1, out);
        // "[A] and [B] use [Y] and run on [Z]": each member of a coordinated subject carries the second predicate
        List<Clause> forFirst = new ArrayList<>(out.subList(before, out.size()));
        for (Mention member : members.subList(1, members.size())) {
            for (Clause c : forFirst) {
                out.add(Clause.carried(sentence, member, c.start()));
            }
        }
    }

    /** Words before the opening subject that are no part of it. */
    private static final Set<String> SUBJECT_OPENERS = Set.of("the", "both");

    /** Tokens that join the members of a coordinated subject. */
    private static final Set<String> SUBJECT_JOINTS = Set.of(",", "and");

    /**
     * The members of the coordinated subject that opens with {@code subject}: the names after it joined by ",", "and"
     * or ", and" ("[A] , [B] and [C] run on ..."), itself first; just itself when no "and" ends such a run.
     */
    private static List<Mention> coordinated(Sentence sentence, List<Mention> mentions, Mention subject) {
        List<Mention> members = new ArrayList<>(List.of(subject));
        int end = subject.span().end();
        while (true) {
            int i = end;
            boolean and = false;
            while (i < sentence.size() && i < end + 2
                    && SUBJECT_JOINTS.contains(SentenceUnits.lower(sentence.token(i).text()))) {
                and |= "and".equals(SentenceUnits.lower(sentence.token(i).text()));
                i++;
            }
            Mention next = i > end ? startingAt(mentions, i) : null;
            if (next == null) {
                return List.of(subject); // no "and" closed the run: an apposition or no list at all
            }
            members.add(next);
            end = next.span().end();
            if (and) {
                return members;
            }
        }
    }

    /** The mention (with an entity) that starts at token {@code i}, or {@code null}. */
    private static Mention startingAt(List<Mention> mentions, int i) {
        for (Mention m : mentions) {
            if (m.entity() != null && m.span().start() == i) {
                return m;
            }
        }
        return null;
    }

    /** Adds the predicates carried from {@code subject}, scanning from the end of {@code last} (its list's last name). */
    private static void carry(Sentence sentence, List<Mention> mentions, Mention last, Mention subject,
                              boolean plural, List<Clause> out) {
        boolean verb = false;
        boolean copula = false;
        int n = sentence.size();
        for (int i = last.span().end(); i < n; i++) {
            if (inMention(mentions, i)) {
                continue; // a name's own period or "and" ("[Contoso Co .] and is ...", "[Series X and S]") is no joint
            }
            Token t = sentence.token(i);
            String w = SentenceUnits.lower(t.text());
            if (!verb && "(".equals(w)) {
                // "[X] ( ) is a game ... and is the sequel to [Y]": an aside before the verb is passed over
                int close = closingParenthesis(sentence, i);
                if (close < 0) {
                    break;
                }
                i = close;
                continue;
            }
            if (!verb && RELATIVES.contains(w) && ",".equals(sentence.token(i - 1).text())) {
                // "[X] , which includes [Y] , dropped ...": the clause on the subject is passed over
                int close = closingComma(sentence, i);
                if (close < 0) {
                    break;
                }
                i = close;
                continue;
            }
            if (verb && SUBORDINATORS.contains(w) && i + 1 < n && "it".equals(sentence.token(i + 1).text())
                    && onlyPluralOrKindNamesBetween(sentence, mentions, subject, i)) {
                // "[X] was popular , though it has since been supplanted by [Y]": "it" is the opening subject when
                // no other singular name stands before it (session 20)
                int v = i + 2;
                while (v < n && "ADV".equals(sentence.token(v).pos())) {
                    v++;
                }
                if (v < n && isVerb(sentence.token(v)) && !inMention(mentions, v)
                        && SentenceUnits.isLowerCaseWord(sentence.token(v).text())) {
                    out.add(Clause.carried(sentence, subject, i + 2));
                }
                break;
            }
            if (verb && copula && RELATIVE_ON_DESCRIPTION.contains(w) && describes(sentence, mentions, i - 1)) {
                // "[X] is an API that can be linked with [C] programs and has bindings for [Perl]": the relative
                // clause is on the subject's own description, so a verb coordinated after it is the subject's too
                continue;
            }
            if (STOPS.contains(w) && !asPreposition(sentence, i) || (verb && newClause(sentence, i))) {
                break;
            }
            if (isConjunction(sentence, i) && verb) {
                int v = i + 1;
                int start = i + 1;
                if (v + 1 < n && "it".equals(sentence.token(v).text())) {
                    start = ++v; // "[X] was influenced by [A] , and it influenced [B]": "it" is the opening subject
                }
                while (v < n && "ADV".equals(sentence.token(v).pos())) {
                    v++;
                }
                if (v < n && isVerb(sentence.token(v)) && startsPredicate(sentence, mentions, v)) {
                    out.add(Clause.carried(sentence, subject, start));
                }
            } else if (isVerb(t) || i == last.span().end() && misreadVerb(sentence, mentions, i, plural)) {
                copula |= !verb && "be".equals(t.lemma());
                verb = true;
            }
        }
    }

    /**
     * True when every name between the subject and token {@code end} is plural ("most [Unix systems]") or lower case
     * (a kind: "the default [parser generator]"): none of them can be the "it" after {@code end}.
     */
    private static boolean onlyPluralOrKindNamesBetween(Sentence sentence, List<Mention> mentions, Mention subject,
                                                        int end) {
        for (Mention m : mentions) {
            if (m == subject || m.span().start() < subject.span().end() || m.span().start() >= end) {
                continue;
            }
            String text = m.text();
            boolean kind = !text.isEmpty() && Character.isLowerCase(text.charAt(0));
            boolean plural = text.endsWith("s") && !text.endsWith("ss") && text.length() > 3;
            if (!kind && !plural) {
                return false;
            }
        }
        return true;
    }

    /** The clause as a sentence: the head (the subject's tokens), then the predicate's to the end. */
    static Sentence sentence(Sentence sentence, Clause clause) {
        List<Token> tokens = new ArrayList<>(clause.head());
        for (int i = clause.start(); i < Math.min(sentence.size(), clause.end()); i++) {
            Token t = sentence.token(i);
            tokens.add(i < clause.openingEnd() ? lowerCase(t) : t);
        }
        return Sentence.ofTokens(sentence.index(), tokens);
    }

    private static Token lowerCase(Token t) {
        String lower = SentenceUnits.lower(t.text());
        return lower.equals(t.text()) ? t : new Token(lower, Token.OUTSIDE, t.pos(), t.lemma(), t.start(), t.end());
    }

    /** The mentions of the clause sentence: the subject, then those inside the predicate past its opening, shifted. */
    static List<Mention> mentions(List<Mention> mentions, Clause clause) {
        List<Mention> out = new ArrayList<>();
        Mention s = clause.subject();
        out.add(new Mention(s.sentence(), new Span(0, clause.subjectLength()), s.type(), s.text(), s.version(),
                s.entity()));
        int shift = clause.head().size() - clause.start();
        for (Mention m : mentions) {
            if (m.span().start() >= clause.openingEnd() && m.span().end() <= clause.end()) {
                out.add(new Mention(m.sentence(), new Span(m.span().start() + shift, m.span().end() + shift), m.type(),
                        m.text(), m.version(), m.entity()));
            }
        }
        return out;
    }

    /** An original span of a clause-sentence span. */
    static Span original(Clause clause, Span span) {
        int start = clause.original(span.start());
        int end = span.end() <= clause.head().size() ? clause.subject().span().end()
                : clause.original(span.end() - 1) + 1;
        return new Span(start, Math.max(end, start + 1));
    }

    /** True when a clause-sentence span is the carried subject. */
    static boolean isSubject(Clause clause, Span span) {
        return span.start() == 0 && span.end() == clause.subjectLength();
    }

    private static Mention openingSubject(Sentence sentence, List<Mention> mentions, int from) {
        int start = from;
        if (OPENERS.contains(sentence.token(from).text())) {
            // "In 2004 , [X] was ...", "Though first released for [P] , [X] was ...": the subject after the comma
            start = -1;
            for (int i = from + 1; i < sentence.size() && i <= from + MAX_OPENING; i++) {
                String w = SentenceUnits.lower(sentence.token(i).text());
                if (",".equals(w)) {
                    start = i + 1;
                    break;
                }
                if (STOPS.contains(w) || CONJUNCTIONS.contains(w)) {
                    return null;
                }
            }
            if (start < 0) {
                return null;
            }
        }
        if (start < sentence.size() && SUBJECT_OPENERS.contains(SentenceUnits.lower(sentence.token(start).text()))) {
            start++; // "The [X] ...", "Both [A] and [B] ..."
        }
        for (Mention m : mentions) {
            if (m.entity() != null && m.span().start() == start) {
                return m;
            }
        }
        return null;
    }

    /**
     * True when the verb at {@code v} (after "and" and adverbs) opens a predicate of its own: a finite verb or a
     * participle, not a name, and not the verb of a new subject (the word before the "and" is no verb).
     */
    private static boolean startsPredicate(Sentence sentence, List<Mention> mentions, int v) {
        if (inMention(mentions, v) || !SentenceUnits.isLowerCaseWord(sentence.token(v).text())) {
            return false;
        }
        int and = v - 1;
        while (and > 0 && !isConjunction(sentence, and)) {
            and--;
        }
        if (and <= 0) {
            return false;
        }
        Token before = sentence.token(and - 1);
        if (",".equals(before.text()) && and >= 2) {
            before = sentence.token(and - 2);
        }
        return !isVerb(before) || inMention(mentions, and - 1);
    }

    /**
     * True when token {@code i} ends the subject's description after its copula: a common noun or a name right before
     * "that" or "which" ("is an [API] that ...", "is a library which ..."), not a comma (", which" may be on anything).
     */
    private static boolean describes(Sentence sentence, List<Mention> mentions, int i) {
        if (i < 0) {
            return false;
        }
        Token t = sentence.token(i);
        // the tagger reads some nouns before "that" as adjectives ("a library/ADJ that")
        return inMention(mentions, i) || DESCRIPTION_HEAD_POS.contains(t.pos()) && SentenceUnits.isLowerCaseWord(t.text());
    }

    /**
     * True for "as" before a determiner or possessive ("packaged with [Y] as its default browser", "used as a
     * shell"), and for the adverb "as well": a preposition opening a noun phrase, not a conjunction opening a clause
     * with a subject of its own.
     */
    private static boolean asPreposition(Sentence sentence, int i) {
        if (!"as".equals(SentenceUnits.lower(sentence.token(i).text())) || i + 1 >= sentence.size()) {
            return false;
        }
        String next = SentenceUnits.lower(sentence.token(i + 1).text());
        if ("well".equals(next)) {
            // the adverb "as well" ("... as their default browser as well and ..."); the other "as" stays a stop
            return i + 2 >= sentence.size() || !"as".equals(SentenceUnits.lower(sentence.token(i + 2).text()));
        }
        return Cues.DETERMINERS.contains(next) || POSSESSIVE_DETERMINERS.contains(next);
    }

    /** A comma before a determiner or pronoun once the subject has its verb: ", the first is used in ...". */
    private static boolean newClause(Sentence sentence, int i) {
        if (!",".equals(sentence.token(i).text()) || i + 1 >= sentence.size()) {
            return false;
        }
        String pos = sentence.token(i + 1).pos();
        return "DET".equals(pos) || "PRON".equals(pos);
    }

    /** "and" or "but". */
    private static boolean isConjunction(Sentence sentence, int i) {
        return CONJUNCTIONS.contains(SentenceUnits.lower(sentence.token(i).text()));
    }

    /** The comma closing a relative clause that opens at {@code i}, or -1 (none within a short clause). */
    private static int closingComma(Sentence sentence, int i) {
        for (int v = i + 1; v < sentence.size() && v <= i + MAX_RELATIVE; v++) {
            String w = SentenceUnits.lower(sentence.token(v).text());
            if (",".equals(w)) {
                return v;
            }
            if (STOPS.contains(w) || CONJUNCTIONS.contains(w)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A verb in the third person right after the subject that the tagger read as a plural noun ("[Zeta] runs on",
     * "[Zeta] ships with"): a lower-case word in "s" tagged NOUN, then a preposition or determiner; after a
     * coordinated subject ({@code plural}), a plural verb read as a singular noun ("[A] and [B] support the ...").
     */
    private static boolean misreadVerb(Sentence sentence, List<Mention> mentions, int i, boolean plural) {
        Token t = sentence.token(i);
        String w = t.text();
        boolean form = plural ? !w.endsWith("s") : w.length() >= 4 && w.endsWith("s") && !w.endsWith("ss");
        if (i + 1 >= sentence.size() || !"NOUN".equals(t.pos()) || !form || !SentenceUnits.isLowerCaseWord(w)) {
            return false;
        }
        String next = String.valueOf(sentence.token(i + 1).pos());
        return "ADP".equals(next) || "DET".equals(next) || plural && inMention(mentions, i + 1);
    }

    private static boolean isVerb(Token t) {
        return "VERB".equals(t.pos()) || "AUX".equals(t.pos());
    }

    /** The ")" that closes the "(" at {@code open} within {@value #MAX_ASIDE} tokens, with no other "(" inside; -1 if none. */
    static int closingParenthesis(Sentence sentence, int open) {
        for (int k = open + 1; k < sentence.size() && k <= open + MAX_ASIDE; k++) {
            String w = sentence.token(k).text();
            if (")".equals(w)) {
                return k;
            }
            if ("(".equals(w)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean inMention(List<Mention> mentions, int i) {
        for (Mention m : mentions) {
            if (m.entity() != null && m.span().contains(i)) {
                return true;
            }
        }
        return false;
    }

    private static List<Clause> dedupe(List<Clause> clauses) {
        List<Clause> out = new ArrayList<>();
        for (Clause c : clauses) {
            if (out.stream().noneMatch(o -> o.start() == c.start() && o.subject() == c.subject())) {
                out.add(c);
            }
        }
        return out;
    }
}
