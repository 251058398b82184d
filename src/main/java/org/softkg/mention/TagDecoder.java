package org.softkg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.softkg.model.Document;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;
import org.softkg.model.Token;
import org.softkg.pipeline.Annotation;
import org.softkg.pipeline.DocumentStage;

/**
 * Turns per-token entity tags into mentions. Accepts BIO, IOB1 and broken sequences alike:
 * {@code B-X} always starts a mention, {@code I-X} continues a mention of type X or starts one,
 * a bare type ({@code X}, as some CoNLL files write it) behaves like {@code I-X}.
 * Tags must already be valid (readers reject unknown types with file and line).
 */
public final class TagDecoder implements DocumentStage {

    @Override
    public Document process(Document document) {
        List<Mention> mentions = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            decode(s, mentions);
        }
        return document.withMentions(mentions);
    }

    /** Appends the mentions of one sentence. */
    public static void decode(Sentence s, List<Mention> out) {
        int start = -1;
        String type = null;
        for (int i = 0; i <= s.size(); i++) {
            String tag = i < s.size() ? s.token(i).tag() : Token.OUTSIDE;
            boolean begin = tag.startsWith("B-");
            String tagType = Token.OUTSIDE.equals(tag) ? null
                    : (tag.startsWith("B-") || tag.startsWith("I-")) ? tag.substring(2) : tag;
            boolean continues = tagType != null && !begin && tagType.equals(type);
            if (start >= 0 && !continues) {
                Span span = new Span(start, i);
                out.add(Mention.of(s.index(), span, type, s.text(span)));
                start = -1;
                type = null;
            }
            if (tagType != null && start < 0) {
                start = i;
                type = tagType;
            }
        }
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.TOKENS, Annotation.TAGS);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.MENTIONS);
    }
}
