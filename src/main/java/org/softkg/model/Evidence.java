package org.softkg.model;

import java.util.Objects;

/**
 * Where a fact was read.
 *
 * @param document    the document id
 * @param sentence    index of the sentence in the document
 * @param subjectSpan tokens of the subject mention
 * @param objectSpan  tokens of the object mention
 * @param matchSpan   tokens covered by the whole rule match
 */
public record Evidence(String document, int sentence, Span subjectSpan, Span objectSpan, Span matchSpan) {
    public Evidence {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(subjectSpan, "subjectSpan");
        Objects.requireNonNull(objectSpan, "objectSpan");
        Objects.requireNonNull(matchSpan, "matchSpan");
    }
}
