package org.softkg.model;

import java.util.HashMap;
import java.util.Map;

/**
 * The versions a document's text gave its mentions ({@link Mention#version()}: "4.8" in "FreeBSD 4.8"), by the
 * sentence and span of the mention, read in one pass: what the graph records as a fact's {@code kg:subjectVersion}
 * and {@code kg:objectVersion}, and what the evaluator matches a versioned gold name against.
 */
public final class MentionVersions {

    private final Map<String, String> bySpan;

    private MentionVersions(Map<String, String> bySpan) {
        this.bySpan = bySpan;
    }

    /** The versions of {@code doc}'s mentions; the first mention at a span gives its version. */
    public static MentionVersions of(Document doc) {
        Map<String, String> out = new HashMap<>();
        for (Mention m : doc.mentions()) {
            if (m.version() != null) {
                out.putIfAbsent(key(m.sentence(), m.span()), m.version());
            }
        }
        return new MentionVersions(out);
    }

    /** The version of the mention at exactly {@code span} of sentence {@code sentence}, or null when it gave none. */
    public String at(int sentence, Span span) {
        return bySpan.get(key(sentence, span));
    }

    private static String key(int sentence, Span span) {
        return sentence + ":" + span.start() + ":" + span.end();
    }
}
