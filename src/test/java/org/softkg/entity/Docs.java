package org.softkg.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.softkg.model.Document;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;
import org.softkg.model.Token;

/**
 * Inline test documents. A sentence is written with its mentions in brackets:
 * {@code "[DragonFly BSD|Operating_System] forked from [FreeBSD|Operating_System|v4.8] ."}:
 * {@code [name]} is an untyped mention, {@code |vX} a version written after the name.
 */
final class Docs {

    private static final Pattern MENTION = Pattern.compile("\\[([^\\]|]+)(?:\\|([^\\]|]+))?(?:\\|v([^\\]]+))?\\]");

    private Docs() {
    }

    /** A document with mentions, no entities yet. */
    static Document doc(String id, String title, String... sentences) {
        List<Sentence> out = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (String text : sentences) {
            int index = out.size();
            List<Token> tokens = new ArrayList<>();
            Matcher m = MENTION.matcher(text);
            int last = 0;
            while (m.find()) {
                words(text.substring(last, m.start()), tokens);
                int start = tokens.size();
                words(m.group(1), tokens);
                Span span = new Span(start, tokens.size());
                String version = m.group(3);
                if (version != null) {
                    words(version, tokens);
                }
                String type = m.group(2) == null ? Mention.UNTYPED : m.group(2);
                mentions.add(new Mention(index, span, type, m.group(1).strip().replaceAll("\\s+", " "), version, null));
                last = m.end();
            }
            words(text.substring(last), tokens);
            out.add(Sentence.ofTokens(index, tokens));
        }
        return Document.of(id, title, id + ".txt", out).withMentions(mentions);
    }

    private static void words(String text, List<Token> tokens) {
        for (String w : text.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                tokens.add(Token.tagged(w, Token.OUTSIDE));
            }
        }
    }
}
