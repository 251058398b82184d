package org.softkg.pipeline;

/** What a stage needs in a document, or adds to it (CoreNLP-style requirements, checked once at build time). */
public enum Annotation {
    /** Sentences and tokens. */
    TOKENS,
    /** Input entity tags on tokens (from a tagged corpus or a name finder). */
    TAGS,
    /** POS tags on tokens. */
    POS,
    /** Lemmas on tokens. */
    LEMMAS,
    /** Clean entity mentions. */
    MENTIONS,
    /** Resolved entities, every mention linked to one. */
    ENTITIES,
    /** Extracted facts. */
    FACTS
}
