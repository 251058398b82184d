package org.softkg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.softkg.model.Document;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Token;
import org.softkg.nlp.PosLemmaAnnotator;
import org.softkg.pipeline.Annotation;
import org.softkg.pipeline.Pipeline;

/** Inline fixtures: sentences written as "DragonFly/PROPN BSD/PROPN/B-Operating_System is/AUX ...". */
final class Fixtures {

    private static final Pattern TAG = Pattern.compile("[BI]-\\w+");

    private Fixtures() {
    }

    /** A sentence from "text/POS" and "text/POS/TAG" items separated by spaces ("I/O/PROPN" keeps its slash). */
    static Sentence sentence(int index, String annotated) {
        List<Token> tokens = new ArrayList<>();
        for (String item : annotated.trim().split(" +")) {
            String[] parts = item.split("/");
            int n = parts.length;
            String tag = Token.OUTSIDE;
            if (n >= 3 && TAG.matcher(parts[n - 1]).matches()) {
                tag = parts[n - 1];
                n--;
            }
            String pos = parts[n - 1];
            String text = String.join("/", java.util.Arrays.copyOf(parts, n - 1));
            tokens.add(new Token(text, tag, pos, text.toLowerCase(java.util.Locale.ROOT), -1, -1));
        }
        return Sentence.ofTokens(index, tokens);
    }

    static Sentence sentence(String annotated) {
        return sentence(0, annotated);
    }

    /** A document of the given sentences, with their tags decoded into mentions. */
    static Document document(String title, String... annotated) {
        List<Sentence> sentences = new ArrayList<>();
        for (String a : annotated) {
            sentences.add(sentence(sentences.size(), a));
        }
        return new TagDecoder().process(Document.of("test", title, "inline", sentences));
    }

    /**
     * The mentions of one sentence written as "Quill/B-Application 96 is ..." (a tag after the last "/B-" or "/I-",
     * "O" where none) after the whole tagged front end: POS and lemmas, tag decoding and every mention repair.
     */
    static List<Mention> repaired(String tagged) {
        List<Token> tokens = new ArrayList<>();
        for (String w : tagged.split(" ")) {
            int cut = Math.max(w.lastIndexOf("/B-"), w.lastIndexOf("/I-"));
            tokens.add(cut > 0 ? Token.tagged(w.substring(0, cut), w.substring(cut + 1)) : Token.tagged(w, "O"));
        }
        Document d = Document.of("t", "Nothing Here", "inline", List.of(Sentence.ofTokens(0, tokens)));
        d = Pipeline.builder().input(Annotation.TOKENS, Annotation.TAGS)
                .add(new PosLemmaAnnotator()).add(new TagDecoder()).add(new MentionRepair()).build().process(d);
        return d.mentions();
    }

    /** Runs one repair over a whole document, as {@link MentionRepair} does. */
    static List<Mention> repair(Repair repair, Document document) {
        return MentionRepair.applyOne(repair, document, document.mentions());
    }

    /** Mentions as "text/type" or "text/type vVERSION", in order. */
    static List<String> show(List<Mention> mentions) {
        return mentions.stream()
                .map(m -> m.text() + "/" + m.type() + (m.version() == null ? "" : " v" + m.version()))
                .toList();
    }
}
