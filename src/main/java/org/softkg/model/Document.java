package org.softkg.model;

import java.util.List;
import java.util.Objects;

/**
 * A document as it flows through the pipeline. Each stage returns a copy enriched with what it provides.
 *
 * @param id        stable id, used in the document IRI (file name without extension, or a generated one)
 * @param title     the title (main subject) or {@code null} when unknown
 * @param source    where it was read (file path, {@code -} for stdin)
 * @param sentences the sentences
 * @param mentions  entity mentions, sorted by sentence then span (empty before mention decoding)
 * @param entities  resolved entities (empty before resolution)
 * @param facts     extracted facts (empty before relation extraction)
 */
public record Document(String id, String title, String source, List<Sentence> sentences,
                       List<Mention> mentions, List<Entity> entities, List<Fact> facts) {

    public Document {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("blank document id");
        }
        Objects.requireNonNull(source, "source");
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).index() != i) {
                throw new IllegalArgumentException("sentence at position " + i + " has index "
                        + sentences.get(i).index() + " in document " + id);
            }
        }
        for (Mention m : mentions) {
            if (m.sentence() >= sentences.size()) {
                throw new IllegalArgumentException("mention " + m + " past the " + sentences.size()
                        + " sentences of document " + id);
            }
            sentences.get(m.sentence()).checkSpan(m.span());
        }
    }

    /** A freshly read document: sentences only. */
    public static Document of(String id, String title, String source, List<Sentence> sentences) {
        return new Document(id, title, source, sentences, List.of(), List.of(), List.of());
    }

    public Document withSentences(List<Sentence> newSentences) {
        return new Document(id, title, source, newSentences, mentions, entities, facts);
    }

    public Document withMentions(List<Mention> newMentions) {
        return new Document(id, title, source, sentences, newMentions, entities, facts);
    }

    public Document withEntities(List<Entity> newEntities) {
        return new Document(id, title, source, sentences, mentions, newEntities, facts);
    }

    public Document withFacts(List<Fact> newFacts) {
        return new Document(id, title, source, sentences, mentions, entities, newFacts);
    }

    /** Number of tokens over all sentences. */
    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) {
            n += s.size();
        }
        return n;
    }

    /** Mentions of sentence {@code index}, in span order. */
    public List<Mention> mentionsIn(int index) {
        return mentions.stream().filter(m -> m.sentence() == index).toList();
    }
}
