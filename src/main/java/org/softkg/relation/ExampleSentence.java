package org.softkg.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.softkg.mention.BasedNameSplitter;
import org.softkg.model.Document;
import org.softkg.model.EntityType;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;
import org.softkg.model.Token;

/**
 * The sentence of a rule example, read from its markup: tokens separated by spaces, mentions in
 * brackets with their type, {@code "[DragonFly BSD|Operating_System] was forked from [FreeBSD|Operating_System] 4.8 ."};
 * the type {@code Name} marks an untyped name.
 *
 * @param tokens   the tokens, tagged in BIO form from the mentions (untyped names tagged {@code O})
 * @param mentions the mentions of sentence 0, without entities
 */
public record ExampleSentence(List<Token> tokens, List<Mention> mentions) {


    public ExampleSentence {
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
    }

    /** Reads the markup; fails with an {@link IllegalArgumentException} saying what is wrong. */
    public static ExampleSentence parse(String markup) {
        List<Token> tokens = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < markup.length()) {
            char c = markup.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '[') {
                int close = markup.indexOf(']', i);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed '[' at column " + (i + 1) + " of example: " + markup);
                }
                String body = markup.substring(i + 1, close);
                int bar = body.lastIndexOf('|');
                if (bar < 0) {
                    throw new IllegalArgumentException("mention '[" + body + "]' has no '|Type' in example: " + markup);
                }
                String type = body.substring(bar + 1).strip();
                String text = body.substring(0, bar).strip();
                if (!Mention.UNTYPED.equals(type) && EntityType.fromTagName(type).isEmpty()) {
                    throw new IllegalArgumentException("unknown type '" + type + "' in mention '[" + body
                            + "]' (known: " + String.join(", ", EntityType.names()) + ", Name)");
                }
                String tag = Mention.UNTYPED.equals(type) ? null : EntityType.fromTagName(type).orElseThrow().tagName();
                String[] words = text.split("\\s+");
                if (text.isEmpty()) {
                    throw new IllegalArgumentException("empty mention '[" + body + "]' in example: " + markup);
                }
                int start = tokens.size();
                for (int k = 0; k < words.length; k++) {
                    tokens.add(Token.tagged(words[k], tag == null ? Token.OUTSIDE : (k == 0 ? "B-" : "I-") + tag));
                }
                // a mention written "Zeta-based" names its base, as the mention repairs read it ("Zeta")
                String name = String.join(" ", words);
                String base = BasedNameSplitter.baseOf(name);
                mentions.add(Mention.of(0, new Span(start, tokens.size()), tag == null ? Mention.UNTYPED : tag,
                        base != null ? base : name));
                i = close + 1;
            } else {
                int end = i;
                while (end < markup.length() && !Character.isWhitespace(markup.charAt(end)) && markup.charAt(end) != '[') {
                    end++;
                }
                tokens.add(Token.tagged(markup.substring(i, end), Token.OUTSIDE));
                i = end;
            }
        }
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("empty example");
        }
        return new ExampleSentence(tokens, mentions);
    }

    /** True when some mention is written exactly {@code text}. */
    public boolean hasMention(String text) {
        return mentions.stream().anyMatch(m -> m.text().equals(text));
    }

    /** A one-sentence document with each mention linked to the entity {@code iri} gives its text. */
    public Document toDocument(String id, Function<String, String> iri) {
        List<Mention> linked = mentions.stream().map(m -> m.withEntity(iri.apply(m.text()))).toList();
        return Document.of(id, null, id, List.of(Sentence.ofTokens(0, tokens))).withMentions(linked);
    }
}
