package org.softkg.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Token;

/**
 * A phrase fronted before its sentence's subject, said of that subject: "Written in [Zeta] , [Quill] runs on ...",
 * "A fork of [Zeta] , [Quill] adds ...", "Developed by [Contoso] , [Quill] is ...". The rules read "[X] is written
 * in [Y]", "[X] , a fork of [Y] ,"; before its subject the phrase has none. Each such phrase is read as a
 * {@link CarriedSubject.Clause} that ends at its comma, with the name after the comma as subject and "is" after it:
 * "[Quill] is written in [Zeta]", "[Quill] is a fork of [Zeta]", so every rule reads it.
 *
 * <p>The phrase opens a sentence ({@link SentenceStarts}) with a capitalised participle before a preposition
 * ("Written in", "Based on", "Licensed under", "Developed by") or with a noun phrase of one to three words after an
 * article, before "of", "for" or "to" ("A fork of", "An implementation of", "The successor to"); it holds a name and
 * no clause boundary and ends at the first comma within {@value #MAX_PHRASE} tokens; after the comma (and "the")
 * comes a name, then (past a comma and adverbs) a verb: the subject of the main clause. Stateless.
 */
final class FrontedPhrase {

    private static final int MAX_NOUN_WORDS = 3;
    private static final Set<String> NOUN_LINKS = Set.of("of", "for", "to");
    /** Parts of speech no word of the noun phrase has (a verb is allowed: the tagger reads "dialect" so). */
    private static final Set<String> NOT_NOUN = Set.of("AUX", "ADP", "DET", "PRON", "CCONJ",
            "SCONJ", "PART", "NUM", "PUNCT");

    /** The most tokens of a fronted phrase, its opening included. */
    static final int MAX_PHRASE = 15;

    private FrontedPhrase() {
    }

    /** The fronted phrases of {@code sentence}, one per sentence start that has one. */
    static List<CarriedSubject.Clause> of(Sentence sentence, List<Mention> mentions) {
        List<CarriedSubject.Clause> out = new ArrayList<>();
        for (int from : SentenceStarts.of(sentence)) {
            CarriedSubject.Clause c = clause(sentence, mentions, from);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private static CarriedSubject.Clause clause(Sentence s, List<Mention> mentions, int from) {
        int n = s.size();
        if (from + 3 >= n || ImpliedSubject.named(s, mentions, from)
                || !Character.isUpperCase(s.token(from).text().codePointAt(0))) {
            return null;
        }
        Token t = s.token(from);
        String w = SentenceUnits.lower(t.text());
        int openingEnd;
        if (ImpliedSubject.isWord(t) && "VERB".equals(t.pos()) && !w.equals(t.lemma())
                && "ADP".equals(s.token(from + 1).pos())) {
            openingEnd = from + 1; // "Written in", "Based on"
        } else if (Cues.DETERMINERS.contains(w) && !"this".equals(w) && !"these".equals(w)) {
            openingEnd = nounPhraseEnd(s, mentions, from + 1); // "A fork of", "The successor to"
            if (openingEnd < 0) {
                return null;
            }
        } else {
            return null;
        }
        int comma = -1;
        boolean named = false;
        for (int i = openingEnd; i < n && i < from + MAX_PHRASE; i++) {
            String x = SentenceUnits.lower(s.token(i).text());
            if (",".equals(x) && !ImpliedSubject.named(s, mentions, i)) {
                comma = i;
                break;
            }
            if (Cues.BOUNDARIES.contains(x) || "(".equals(x) || Cues.VERB_POS.contains(s.token(i).pos())
                    && !ImpliedSubject.named(s, mentions, i) && i > openingEnd) {
                return null; // a clause of its own, or no phrase: "Released in 2004 , it was ..." holds no name
            }
            named |= ImpliedSubject.mentionEnd(mentions, i) > 0;
        }
        if (comma < 0 || !named) {
            return null;
        }
        int at = comma + 1;
        if (at < n && "the".equals(SentenceUnits.lower(s.token(at).text()))) {
            at++;
        }
        int after = ImpliedSubject.mentionEnd(mentions, at);
        if (after < 0) {
            return null;
        }
        Mention subject = mentionAt(mentions, at);
        int v = after;
        if (v + 1 < n && ",".equals(s.token(v).text())) {
            v++; // "A dialect of [Y] , [X] , is used ...": the subject in commas of its own
        }
        while (v < n && "ADV".equals(s.token(v).pos())) {
            v++;
        }
        if (v >= n || !Cues.VERB_POS.contains(s.token(v).pos())) {
            return null;
        }
        List<Token> head = new ArrayList<>(s.tokens().subList(subject.span().start(), subject.span().end()));
        head.add(ImpliedSubject.be());
        return new CarriedSubject.Clause(subject, from, List.copyOf(head), openingEnd, comma);
    }

    /**
     * The index of "of", "for" or "to" after one to three lower-case words from {@code q} ("fork of", "drop-in
     * replacement for"), or -1. After an article a word the tagger calls a verb is a noun ("A dialect of").
     */
    private static int nounPhraseEnd(Sentence s, List<Mention> mentions, int q) {
        for (int i = q; i + 1 < s.size() && i < q + MAX_NOUN_WORDS; i++) {
            Token t = s.token(i);
            if (!ImpliedSubject.isWord(t) || !SentenceUnits.isLowerCaseWord(t.text()) || ImpliedSubject.named(s, mentions, i)
                    || NOT_NOUN.contains(t.pos())) {
                return -1;
            }
            if (NOUN_LINKS.contains(SentenceUnits.lower(s.token(i + 1).text()))) {
                return i + 1;
            }
        }
        return -1;
    }

    private static Mention mentionAt(List<Mention> mentions, int i) {
        for (Mention m : mentions) {
            if (m.entity() != null && m.span().start() == i) {
                return m;
            }
        }
        throw new IllegalStateException("no mention at " + i);
    }
}
