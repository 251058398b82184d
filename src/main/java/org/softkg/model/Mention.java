package org.softkg.model;

import java.util.Objects;

/**
 * A mention of a software entity in a sentence.
 *
 * @param sentence index of the sentence in its document
 * @param span     the tokens of the name, without a trailing version
 * @param type     entity type: a tag name of {@link EntityType} (e.g. {@code Operating_System}), or {@link #UNTYPED}
 * @param text     the name as written (tokens joined by single spaces)
 * @param version  a version written after the name ({@code 4.8} in "FreeBSD 4.8"), or {@code null}
 * @param entity   IRI of the entity this mention refers to, or {@code null} before resolution
 */
public record Mention(int sentence, Span span, String type, String text, String version, String entity) {

    /**
     * Type of a name that no tag marks but that clearly is a name (shape, position, "( ABBR )"):
     * it becomes an entity only when a relation rule or a typing rule gives it a type.
     */
    public static final String UNTYPED = "Name";

    public Mention {
        if (sentence < 0) {
            throw new IllegalArgumentException("negative sentence index " + sentence);
        }
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("blank mention text at " + span + " in sentence " + sentence);
        }
    }

    /** An unresolved mention without version. */
    public static Mention of(int sentence, Span span, String type, String text) {
        return new Mention(sentence, span, type, text, null, null);
    }

    public Mention withEntity(String iri) {
        return new Mention(sentence, span, type, text, version, iri);
    }

    public Mention withType(String newType) {
        return new Mention(sentence, span, newType, text, version, entity);
    }

    @Override
    public String toString() {
        return span + " " + type + " '" + text + "'" + (version == null ? "" : " v" + version)
                + " in sentence " + sentence;
    }
}
