package org.softkg.relation.learned;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Token;

/**
 * The features of a {@link Candidate}: general features of the words around and between two mentions, never the
 * names of the entities themselves. Lemmas between the mentions (as a bag, and the first and last two), the word
 * before the first and after the second, the verbs between, cue words between (comma, "which", "by", "of",
 * parentheses), both entity types and the type pair, the number of mentions between, a distance bucket, whether the
 * first mention opens its clause, adjacent lemma pairs between ("based+on"), the common nouns right after each
 * mention ("X license", "Y library"), and the lemma path between with other mentions replaced by their type.
 * Stateless.
 */
public final class PairFeatures {

    private static final int PATH_MAX = 8;

    private PairFeatures() {
    }

    /** The feature strings of {@code c}, without duplicates, in a fixed order. */
    public static String[] of(Candidate c) {
        Sentence s = c.sentence();
        Mention a = c.first();
        Mention b = c.second();
        Set<String> f = new LinkedHashSet<>();
        String ta = type(a);
        String tb = type(b);
        f.add("t1=" + ta);
        f.add("t2=" + tb);
        f.add("tt=" + ta + "|" + tb);
        List<Mention> between = c.between();
        f.add("nb=" + Math.min(between.size(), 3));
        long sameAsSecond = between.stream().filter(m -> type(m).equals(tb)).count();
        long sameAsFirst = between.stream().filter(m -> type(m).equals(ta)).count();
        f.add("nbt2=" + Math.min(sameAsSecond, 2));
        f.add("nbt1=" + Math.min(sameAsFirst, 2));
        int gap = c.gap();
        f.add("dist=" + bucket(gap));

        // words between, with the mentions between made into their types
        List<String> path = new ArrayList<>();
        List<String> words = new ArrayList<>();
        int i = a.span().end();
        while (i < b.span().start()) {
            Mention m = at(between, i);
            if (m != null) {
                path.add("<" + type(m) + ">");
                i = m.span().end();
                continue;
            }
            Token t = s.token(i);
            String l = lemma(t);
            path.add(l);
            words.add(l);
            f.add("bw=" + l);
            if ("VERB".equals(t.pos()) || "AUX".equals(t.pos())) {
                f.add("bv=" + l);
            }
            i++;
        }
        if (path.isEmpty()) {
            f.add("adjacent");
        }
        for (int k = 0; k < Math.min(2, path.size()); k++) {
            f.add("bf" + k + "=" + path.get(k));
            f.add("bl" + k + "=" + path.get(path.size() - 1 - k));
        }
        if (!path.isEmpty()) {
            f.add("bl0t2=" + path.get(path.size() - 1) + "|" + tb);
            f.add("bf0t1=" + ta + "|" + path.get(0));
            f.add("bf01=" + String.join("_", path.subList(0, Math.min(2, path.size()))));
            f.add("bl01=" + String.join("_", path.subList(Math.max(0, path.size() - 2), path.size())));
        }
        for (int k = 0; k + 1 < words.size(); k++) {
            f.add("bp=" + words.get(k) + "+" + words.get(k + 1));
        }
        if (path.size() <= PATH_MAX) {
            f.add("path=" + String.join("_", path));
            f.add("tpath=" + ta + "|" + String.join("_", path) + "|" + tb);
        }
        for (String cue : new String[] {",", "which", "by", "of", "(", ")", "and", "not", "that", "for", "to", "from", "as"}) {
            if (words.contains(cue)) {
                f.add("cue=" + cue);
            }
        }

        // around the pair
        int before = a.span().start() - 1;
        f.add("w-1=" + (before < 0 ? "<S>" : lemma(s.token(before))));
        f.add("p-1=" + (before < 0 ? "<S>" : pos(s.token(before))));
        if (before >= 1) {
            f.add("w-2=" + lemma(s.token(before - 1)) + "_" + lemma(s.token(before)));
        }
        int after = b.span().end();
        f.add("w+1=" + (after >= s.size() ? "</S>" : lemma(s.token(after))));
        f.add("p+1=" + (after >= s.size() ? "</S>" : pos(s.token(after))));
        if (after + 1 < s.size()) {
            f.add("w+2=" + lemma(s.token(after)) + "_" + lemma(s.token(after + 1)));
        }
        f.add("opens=" + opensClause(s, a));
        f.add("start=" + (a.span().start() <= 1));
        f.add("paren1=" + insideParentheses(s, a));
        f.add("paren2=" + insideParentheses(s, b));
        String h1 = headNoun(s, a);
        String h2 = headNoun(s, b);
        if (h1 != null) {
            f.add("h1=" + h1);
        }
        if (h2 != null) {
            f.add("h2=" + h2);
        }
        f.add("m1last=" + pos(s.token(a.span().end() - 1)));
        f.add("m2last=" + pos(s.token(b.span().end() - 1)));
        // the verb of the clause before the first mention, when the pair sits after it ("X was developed by A and B")
        String verbBefore = verbBefore(s, a.span().start());
        if (verbBefore != null) {
            f.add("vb=" + verbBefore);
        }
        return f.toArray(String[]::new);
    }

    /** The mention type ({@code Application}, {@code Name} for an untyped name ...). */
    static String type(Mention m) {
        return m.type();
    }

    private static Mention at(List<Mention> mentions, int token) {
        for (Mention m : mentions) {
            if (m.span().start() == token) {
                return m;
            }
        }
        return null;
    }

    static String bucket(int gap) {
        if (gap <= 1) {
            return Integer.toString(gap);
        }
        if (gap <= 3) {
            return "2-3";
        }
        if (gap <= 6) {
            return "4-6";
        }
        if (gap <= 10) {
            return "7-10";
        }
        return gap <= 16 ? "11-16" : "17+";
    }

    private static String lemma(Token t) {
        String l = t.lemma() != null ? t.lemma() : t.text().toLowerCase(Locale.ROOT);
        if (l.chars().allMatch(Character::isDigit)) {
            return "<num>";
        }
        return l;
    }

    private static String pos(Token t) {
        return t.pos() == null ? "X" : t.pos();
    }

    /** True when the mention starts the sentence or follows punctuation or a conjunction. */
    static boolean opensClause(Sentence s, Mention m) {
        int i = m.span().start() - 1;
        while (i >= 0 && "DET".equals(s.token(i).pos())) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        String p = pos(s.token(i));
        return p.equals("PUNCT") || p.equals("CCONJ") || p.equals("SCONJ");
    }

    /** True when an opening parenthesis before the mention is not closed before it. */
    static boolean insideParentheses(Sentence s, Mention m) {
        int depth = 0;
        for (int i = 0; i < m.span().start(); i++) {
            String t = s.token(i).text();
            if (t.equals("(")) {
                depth++;
            } else if (t.equals(")") && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /** The lower-case common noun right after a mention ("license" in "the BSD license"), or null. */
    static String headNoun(Sentence s, Mention m) {
        int i = m.span().end();
        if (i < s.size()) {
            Token t = s.token(i);
            if ("NOUN".equals(t.pos()) && !t.text().isEmpty() && Character.isLowerCase(t.text().charAt(0))) {
                return lemma(t);
            }
        }
        return null;
    }

    /** The nearest verb lemma before {@code start} in the same clause (no comma or conjunction crossed), or null. */
    private static String verbBefore(Sentence s, int start) {
        for (int i = start - 1; i >= 0 && i >= start - 6; i--) {
            Token t = s.token(i);
            String p = pos(t);
            if (p.equals("PUNCT")) {
                return null;
            }
            if (p.equals("VERB")) {
                return lemma(t);
            }
        }
        return null;
    }
}
