package org.softkg.relation;

import org.softkg.mention.BasedNameSplitter;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;

/**
 * Reads an "X-based" fact by the type of its base X: an operating system as base says where the thing runs
 * ("a Linux-based server" gives {@code runsOn}), a language says what it is written in ("a Java-based server"
 * gives {@code writtenIn}); any other base, or one whose type is unknown, stays {@code basedOn}.
 */
final class BaseReading {

    private BaseReading() {
    }

    /** The relation a fact of {@code relation} with object mention {@code object} of {@code sentence} states. */
    static String relation(String relation, Sentence sentence, Mention object) {
        if (!"basedOn".equals(relation) || !"-based".equals(BasedNameSplitter.suffixOfBase(sentence, object))) {
            return relation;
        }
        return switch (object.type()) {
            case "Operating_System" -> "runsOn";
            case "Language" -> "writtenIn";
            default -> relation;
        };
    }
}
