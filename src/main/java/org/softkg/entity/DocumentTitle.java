package org.softkg.entity;

import java.util.Optional;
import java.util.regex.Pattern;

/** The name of a document's main subject, read from its title. */
final class DocumentTitle {

    /** A trailing Wikipedia-style qualifier: "Mach (kernel)", "Python (programming language)". */
    private static final Pattern QUALIFIER = Pattern.compile("\\s*\\([^()]*\\)$");

    private DocumentTitle() {
    }

    /**
     * The subject name of {@code title}: underscores as spaces (titles taken from file names),
     * a trailing parenthesised qualifier dropped, then {@link LabelNormalizer#displayForm}. Empty for
     * a missing or blank title.
     */
    static Optional<String> subjectName(String title) {
        if (title == null) {
            return Optional.empty();
        }
        String t = QUALIFIER.matcher(title.replace('_', ' ').strip()).replaceFirst("").strip();
        return t.isEmpty() ? Optional.empty() : Optional.of(LabelNormalizer.displayForm(t));
    }
}
