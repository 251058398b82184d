package org.softkg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One fact a gold sentence states: subject, relation, object, the other acceptable names of each
 * argument and, optionally, the true entity type of each argument.
 *
 * @param subject             the subject's name as written in the sentence
 * @param subjectAlternatives other acceptable names of the subject
 * @param relation            the local name of the ontology relation ({@code forkedFrom})
 * @param object              the object's name as written in the sentence
 * @param objectAlternatives  other acceptable names of the object
 * @param subjectType         the subject's entity type ({@code Operating_System}), or {@code null}
 * @param objectType          the object's entity type, or {@code null}
 */
public record GoldFact(String subject, List<String> subjectAlternatives, String relation, String object,
                       List<String> objectAlternatives, String subjectType, String objectType) {

    public GoldFact {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(object, "object");
        subjectAlternatives = List.copyOf(subjectAlternatives);
        objectAlternatives = List.copyOf(objectAlternatives);
    }

    /** A fact without alternative names or types. */
    public static GoldFact of(String subject, String relation, String object) {
        return new GoldFact(subject, List.of(), relation, object, List.of(), null, null);
    }

    /** The subject's name followed by its alternatives. */
    public List<String> subjectNames() {
        return names(subject, subjectAlternatives);
    }

    /** The object's name followed by its alternatives. */
    public List<String> objectNames() {
        return names(object, objectAlternatives);
    }

    private static List<String> names(String name, List<String> alternatives) {
        List<String> all = new ArrayList<>(1 + alternatives.size());
        all.add(name);
        all.addAll(alternatives);
        return all;
    }

    @Override
    public String toString() {
        return subject + " " + relation + " " + object;
    }
}
