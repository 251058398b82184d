package org.softkg.context;

import java.util.Map;
import java.util.Set;

/** The closed word lists that document context reads: class nouns, aspect nouns, role nouns, organisation words. */
final class ContextWords {

    /** Class nouns any main subject may be called by: "the project", "the software", "the first version". */
    static final Set<String> GENERIC_CLASS = Set.of("project", "software", "program", "programme", "system", "package",
            "product", "tool", "version", "release", "edition");

    /** Class nouns by the main subject's type: an operating system is also "the OS", a language "the language". */
    static final Map<String, Set<String>> CLASS_BY_TYPE = Map.ofEntries(
            Map.entry("Operating_System", Set.of("operating system", "os", "distribution", "distro")),
            Map.entry("Application", Set.of("application", "app", "browser", "editor", "game")),
            Map.entry("Language", Set.of("language", "programming language", "dialect")),
            Map.entry("Library", Set.of("library", "framework", "toolkit", "module")),
            Map.entry("Protocol", Set.of("protocol", "standard")),
            Map.entry("License", Set.of("license", "licence")),
            Map.entry("Algorithm", Set.of("algorithm", "method")),
            Map.entry("Data_Structure", Set.of("data structure", "structure")),
            Map.entry("Device", Set.of("device", "computer", "machine", "console")),
            Map.entry("Architecture", Set.of("architecture", "processor", "microprocessor", "instruction set")),
            Map.entry("Error_Name", Set.of("error", "exception")));

    /**
     * Nouns naming an aspect of a piece of software: in an article, a sentence whose subject is "its
     * design", "many design concepts" or "development" speaks of the article's subject.
     */
    static final Set<String> ASPECT_NOUNS = Set.of("design", "designs", "concept", "concepts", "idea", "ideas",
            "development", "architecture", "syntax", "semantics", "implementation", "interface", "philosophy",
            "approach", "style", "gameplay", "feature", "features", "principle", "principles", "codebase", "code",
            "versions", "releases", "editions");

    /** Words that open a noun phrase about an aspect: "many design concepts", "its syntax". */
    static final Set<String> ASPECT_OPENERS = Set.of("the", "its", "many", "most", "some", "several", "much", "all",
            "later", "earlier", "newer", "older", "recent", "subsequent", "current", "early", "future");

    /** Nouns of a person's role: "X , a FreeBSD developer ,", "programmer X". */
    static final Set<String> PERSON_ROLES = Set.of("developer", "programmer", "engineer", "scientist", "hacker",
            "founder", "co-founder", "cofounder", "author", "designer", "researcher", "professor", "mathematician",
            "physicist", "inventor", "entrepreneur", "maintainer", "contributor", "creator", "student", "lecturer",
            "businessman", "businesswoman", "employee", "consultant", "journalist", "writer");

    /**
     * Roles that companies have as well ("Eidos , the developer of ...", "Final Fantasy developer Square Enix"):
     * a person's only in an apposition that is not "the ROLE of" ("X , a FreeBSD developer ,", "X , the lead
     * developer at Y ,"), never before the name.
     */
    static final Set<String> SHARED_ROLES = Set.of("developer", "publisher", "manufacturer");

    /** Nouns of an organisation's role: "X , a software company ,". */
    static final Set<String> ORGANIZATION_ROLES = Set.of("company", "corporation", "firm", "startup", "foundation",
            "organization", "organisation", "consortium", "publisher", "studio", "manufacturer", "vendor",
            "subsidiary", "nonprofit", "non-profit", "university", "laboratory", "agency");

    /** Words that end (or are part of) the name of an organisation: "Bell Labs", "Contoso Corporation". */
    static final Set<String> ORGANIZATION_WORDS = Set.of("inc", "inc.", "corporation", "corp", "corp.", "ltd",
            "ltd.", "llc", "gmbh", "ag", "plc", "foundation", "labs", "laboratories", "laboratory", "group",
            "technologies", "technology", "systems", "studios", "studio", "games", "entertainment", "interactive",
            "institute", "university", "consortium", "company", "co.", "microsystems", "networks",
            "communications", "research", "association", "society", "software", "computer", "computers",
            "electronics", "team", "project", "community");

    /** Participles after which "by X", a two- or three-word name, is a person ("developed by", "designed by",
     * "founded by" and "led by" name companies as often: there the apposition or another sentence must say it). */
    static final Set<String> PERSONAL_BY_VERBS = Set.of("created", "written", "designed", "invented", "founded",
            "co-founded", "cofounded", "authored", "conceived", "led", "headed", "started", "initiated");

    /** Verbs whose clause subject, a two- or three-word name, is a person: "X founded", "X began working on". */
    static final Set<String> PERSONAL_SUBJECT_VERBS = Set.of("founded", "co-founded", "cofounded");

    /** Verbs of "X began working on", "X started work on". */
    static final Set<String> BEGIN_VERBS = Set.of("began", "begun", "begins", "begin", "started", "starts", "start");

    /** Particles inside a person's name: "Guido van Rossum". */
    static final Set<String> NAME_PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "di", "del", "la", "le");

    /** Quote tokens: a reference never opens inside a quotation. */
    static final Set<String> QUOTES = Set.of("\"", "“", "”", "``", "''", "«", "»");

    private ContextWords() {
    }
}
