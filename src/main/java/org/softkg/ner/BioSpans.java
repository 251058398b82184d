package org.softkg.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Entity spans from BIO (or IOB1) tags, CoNLL style: a {@code B-T} or an {@code I-T} that does not
 * continue a span of type T starts a new span; {@code O} and unknown tags end the current one.
 */
public final class BioSpans {

    private BioSpans() {
    }

    /** The typed spans (token offsets, end exclusive) that {@code tags} mark. */
    public static List<Span> spans(String[] tags) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.length; i++) {
            String tag = i < tags.length ? tags[i] : "O";
            String prefix = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(0, 1) : "";
            String t = prefix.isEmpty() ? null : tag.substring(2);
            boolean continues = "I".equals(prefix) && type != null && type.equals(t);
            if (type != null && !continues) {
                out.add(new Span(start, i, type));
                type = null;
            }
            if (("B".equals(prefix) || "I".equals(prefix)) && !continues) {
                start = i;
                type = t;
            }
        }
        return out;
    }

    /** BIO tags for {@code length} tokens with the given spans ({@code O} elsewhere). */
    public static String[] tags(int length, List<Span> spans) {
        String[] tags = new String[length];
        java.util.Arrays.fill(tags, "O");
        for (Span s : spans) {
            for (int i = s.getStart(); i < s.getEnd(); i++) {
                tags[i] = (i == s.getStart() ? "B-" : "I-") + s.getType();
            }
        }
        return tags;
    }
}
