package org.softkg.mention;

import java.util.Set;
import org.softkg.model.EntityType;
import org.softkg.model.Mention;

/**
 * Names of widely used programming languages that are no common English word, for the base of an untagged "-based"
 * compound ("a [Java]-based tool" is written in Java, so {@code based-compound} gives writtenIn only when the base is
 * typed Language). The tags leave such glued tokens untagged, so no other mention of the document types the base.
 * Names that are also ordinary words or given names ("Go", "Swift", "Ada", "Ruby") are left out on purpose.
 */
final class LanguageNames {

    private static final Set<String> NAMES = Set.of("Java", "JavaScript", "TypeScript", "Python", "Perl", "PHP",
            "C++", "C#", "Objective-C", "Kotlin", "Scala", "Haskell", "OCaml", "Erlang", "Elixir", "Clojure", "Lua",
            "Tcl", "Fortran", "FORTRAN", "COBOL", "Smalltalk", "Lisp", "Prolog", "MATLAB", "Rust", "Groovy",
            "PowerShell", "VBScript", "ActionScript", "CoffeeScript");

    private LanguageNames() {
    }

    /** The type of an untyped base: Language for a listed name, else {@link Mention#UNTYPED}. */
    static String typeOfBase(String base) {
        return NAMES.contains(base) ? EntityType.LANGUAGE.tagName() : Mention.UNTYPED;
    }
}
