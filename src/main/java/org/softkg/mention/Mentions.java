package org.softkg.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.softkg.model.EntityType;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/** Small helpers the repairs share: building a mention from a span, coverage of a sentence, ordering. */
final class Mentions {

    static final Comparator<Mention> BY_POSITION = Comparator.comparingInt(Mention::sentence)
            .thenComparing(Mention::span);

    private Mentions() {
    }

    /** A mention of {@code span} in {@code s}, its text taken from the tokens. */
    static Mention of(Sentence s, Span span, String type, String version) {
        return new Mention(s.index(), span, type, s.text(span), version, null);
    }

    /** {@code m} moved to {@code span}, keeping type and version. */
    static Mention reshape(Sentence s, Mention m, Span span) {
        return new Mention(s.index(), span, m.type(), s.text(span), m.version(), m.entity());
    }

    /** For each token of {@code s}, whether a mention covers it. */
    static boolean[] covered(Sentence s, List<Mention> mentions) {
        boolean[] c = new boolean[s.size()];
        for (Mention m : mentions) {
            for (int i = m.span().start(); i < m.span().end(); i++) {
                c[i] = true;
            }
        }
        return c;
    }

    /** Where a mention grows to the right: the new end of {@code m}, or -1 to leave it. */
    @FunctionalInterface
    interface RightEnd {
        int of(Sentence s, Mention m, boolean[] covered);
    }

    /** How a grown mention is finished (typed), given its sentence and new end. */
    @FunctionalInterface
    interface Grown {
        Mention finish(Sentence s, Mention grown, int end);
    }

    /**
     * {@code mentions} with each one grown over the untagged words up to the end {@code end} gives it (words taken by
     * one mention are not offered to the next), each grown mention passed through {@code finish}; the list itself
     * when none grows.
     */
    static List<Mention> grownRight(Sentence s, List<Mention> mentions, RightEnd end, Grown finish) {
        boolean[] covered = covered(s, mentions);
        List<Mention> out = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int e = end.of(s, m, covered);
            if (e < 0) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(mentions);
            }
            for (int i = m.span().end(); i < e; i++) {
                covered[i] = true;
            }
            out.set(k, finish.finish(s, reshape(s, m, new Span(m.span().start(), e)), e));
        }
        return out == null ? mentions : out;
    }

    /** {@code mentions} plus {@code added}, sorted by span. */
    static List<Mention> merged(List<Mention> mentions, List<Mention> added) {
        List<Mention> out = new ArrayList<>(mentions);
        out.addAll(added);
        out.sort(BY_POSITION);
        return out;
    }

    /** The maximal runs of tokens of {@code s} that no mention covers and that {@code word} accepts, in order. */
    static List<Span> runs(Sentence s, boolean[] covered, java.util.function.IntPredicate word) {
        List<Span> runs = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            int end = i;
            while (end < s.size() && !covered[end] && word.test(end)) {
                end++;
            }
            if (end > i) {
                runs.add(new Span(i, end));
            }
            i = Math.max(end, i + 1);
        }
        return runs;
    }

    /** True for a mention typed Person or Organization, whose type no software cue changes. */
    static boolean isAgent(Mention m) {
        return EntityType.PERSON.tagName().equals(m.type()) || EntityType.ORGANIZATION.tagName().equals(m.type());
    }

    /** An untagged name over {@code span}: the type the document gives the same text elsewhere, else untyped. */
    static Mention found(Sentence s, Span span, RepairContext context) {
        String type = context.typeOf(s.text(span));
        return of(s, span, type != null ? type : Mention.UNTYPED, null);
    }
}
