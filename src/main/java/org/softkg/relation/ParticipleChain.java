package org.softkg.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;
import org.softkg.model.Token;

/**
 * Words between a participle and its agent's "by" that the agent phrase passes over: a second participle with its
 * own short complement ("developed and released in free download format by [A]", "designed and sold by [A]"),
 * "being" ("a suite being developed by [A]"), and a first participle phrase on the same noun ("utilities designed for
 * power users developed by [A]"). Each is an {@link Elision}: the sentence without those words, which every rule
 * reads ("developed by [A]"). The words passed over hold no name, no clause boundary, no negation or hypothesis cue
 * and no number. Stateless.
 */
final class ParticipleChain {

    /** The most words of a second participle's complement or of a first participle phrase. */
    private static final int MAX_WORDS = 6;

    private static final Set<String> COORDINATORS = Set.of("and", "or");

    /** Tags of the preposition that opens a first participle phrase ("designed for ...": the tagger says ADP or SCONJ). */
    private static final Set<String> PREPOSITION_POS = Set.of("ADP", "SCONJ");

    private ParticipleChain() {
    }

    /**
     * Words {@code [from, to)} the agent phrase passes over.
     *
     * @param from first token left out
     * @param to   first token kept after them ("by" or the participle before it)
     */
    record Elision(int from, int to) {

        /** Original token index of token {@code i} of the shortened sentence. */
        int original(int i) {
            return i < from ? i : i + (to - from);
        }

        /** An original span of a span of the shortened sentence. */
        Span original(Span span) {
            return new Span(original(span.start()), original(span.end() - 1) + 1);
        }

        /** True when a match over {@code span} of the shortened sentence reads across the left-out words. */
        boolean readAcross(Span span) {
            return span.start() < from && span.end() > from;
        }
    }

    /** The elisions of a sentence, in order. */
    static List<Elision> of(Sentence sentence, List<Mention> mentions) {
        List<Elision> out = new ArrayList<>();
        int n = sentence.size();
        for (int i = 0; i + 1 < n; i++) {
            Token t = sentence.token(i);
            String w = SentenceUnits.lower(t.text());
            if ("being".equals(w) && isParticiple(sentence.token(i + 1)) && agentFollows(sentence, mentions, i + 2)) {
                out.add(new Elision(i, i + 1));
                continue;
            }
            if (!isParticiple(t) || inMention(mentions, i)) {
                continue;
            }
            if (COORDINATORS.contains(SentenceUnits.lower(sentence.token(i + 1).text())) && i + 2 < n
                    && isParticiple(sentence.token(i + 2))) {
                int by = byAfter(sentence, mentions, i + 3);
                if (by >= i + 3) { // "developed and sold by", "developed and released in free download format by"
                    out.add(new Elision(i + 1, by));
                }
                continue;
            }
            // "designed for power users developed by": a first participle phrase on the same noun
            if (i + 1 < n && PREPOSITION_POS.contains(sentence.token(i + 1).pos())) {
                for (int v = i + 2; v < n && v <= i + 1 + MAX_WORDS; v++) {
                    if (!passable(sentence, mentions, v)) {
                        if (isParticiple(sentence.token(v)) && v + 1 < n
                                && "by".equals(SentenceUnits.lower(sentence.token(v + 1).text())) && v > i + 2) {
                            out.add(new Elision(i, v));
                        }
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** The sentence without the elided words. */
    static Sentence sentence(Sentence sentence, Elision e) {
        List<Token> tokens = new ArrayList<>(sentence.tokens().subList(0, e.from()));
        tokens.addAll(sentence.tokens().subList(e.to(), sentence.size()));
        return Sentence.ofTokens(sentence.index(), tokens);
    }

    /** The mentions outside the elided words, shifted. */
    static List<Mention> mentions(List<Mention> mentions, Elision e) {
        List<Mention> out = new ArrayList<>();
        int shift = e.to() - e.from();
        for (Mention m : mentions) {
            if (m.span().end() <= e.from()) {
                out.add(m);
            } else if (m.span().start() >= e.to()) {
                out.add(new Mention(m.sentence(), new Span(m.span().start() - shift, m.span().end() - shift), m.type(),
                        m.text(), m.version(), m.entity()));
            }
        }
        return out;
    }

    /** The "by" after up to {@link #MAX_WORDS} passable words from {@code start}, or -1. */
    private static int byAfter(Sentence sentence, List<Mention> mentions, int start) {
        for (int v = start; v < sentence.size() && v <= start + MAX_WORDS; v++) {
            if ("by".equals(SentenceUnits.lower(sentence.token(v).text()))) {
                return v;
            }
            if (!passable(sentence, mentions, v)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean agentFollows(Sentence sentence, List<Mention> mentions, int v) {
        return v < sentence.size() && "by".equals(SentenceUnits.lower(sentence.token(v).text()));
    }

    /** A lower-case plain word outside names: no boundary, cue that cancels, number or participle. */
    private static boolean passable(Sentence sentence, List<Mention> mentions, int v) {
        Token t = sentence.token(v);
        String w = SentenceUnits.lower(t.text());
        return !inMention(mentions, v) && SentenceUnits.isLowerCaseWord(t.text()) && !isParticiple(t)
                && !Cues.BOUNDARIES.contains(w) && !Cues.CANCELLING.contains(w) && !"by".equals(w)
                && w.chars().allMatch(Character::isLetter);
    }

    private static boolean isParticiple(Token t) {
        String w = t.text();
        return "VERB".equals(t.pos()) && SentenceUnits.isLowerCaseWord(w) && !w.endsWith("ing") && !w.endsWith("s");
    }

    private static boolean inMention(List<Mention> mentions, int i) {
        for (Mention m : mentions) {
            if (m.entity() != null && m.span().contains(i)) {
                return true;
            }
        }
        return false;
    }
}
