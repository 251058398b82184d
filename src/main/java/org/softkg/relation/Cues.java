package org.softkg.relation;

import java.util.Set;
import org.softkg.mention.ClosedClass;

/** Word lists the engine applies to every rule: clause boundaries, negation and hypothesis cues. */
final class Cues {

    /** Tokens a gap never crosses: they end a clause or open a new one. */
    static final Set<String> BOUNDARIES = Set.of(";", ":", ".", "!", "?", "which", "who", "whose", "whom",
            "that", "while", "whereas", "but", "although", "though", "because", "when", "where", "if",
            "unless", "however");

    /** Tokens that cancel a match anywhere in it (outside mentions): negation, contrast, hypothesis. */
    static final Set<String> CANCELLING = Set.of("not", "n't", "never", "no", "cannot", "neither", "nor",
            "unlike", "without", "except", "would", "might", "if", "whether", "unless", "planned", "planning",
            "plans", "supposed", "proposed", "cancelled", "canceled", "unreleased", "rumored", "rumoured");

    /** Tokens that cancel a match when they shortly precede it in the same clause. */
    static final Set<String> CANCELLING_BEFORE = Set.of("if", "whether", "unless", "not", "never", "no",
            "planned", "plans", "planning", "intended", "intends", "proposed", "wanted", "hoped");

    /**
     * Verbs and nouns that withdraw what follows them: "drops support for [X]", "removed compatibility with [Y]",
     * "end of support for [Z]". Before {@link #SUPPORT_NOUNS} they cancel a match.
     */
    static final Set<String> WITHDRAWALS = Set.of("drop", "drops", "dropped", "dropping", "remove", "removes",
            "removed", "removing", "removal", "discontinue", "discontinues", "discontinued", "discontinuing",
            "deprecate", "deprecates", "deprecated", "deprecating", "deprecation", "end", "ends", "ended", "ending",
            "eliminate", "eliminates", "eliminated", "cease", "ceases", "ceased", "abandon", "abandons", "abandoned",
            "withdraw", "withdraws", "withdrew", "withdrawn", "retire", "retires", "retired", "stop", "stops",
            "stopped", "kill", "kills", "killed", "disable", "disables", "disabled", "revert", "reverts", "reverted");

    /** What a withdrawal takes back: support or compatibility ("dropped support for", "stopped supporting"). */
    static final Set<String> SUPPORT_NOUNS = Set.of("support", "supporting", "compatibility");

    /** Words between a support noun's phrase and a withdrawal after it: "support for [X] has now been dropped". */
    static final Set<String> PASSIVE_AUXILIARIES = Set.of("is", "was", "were", "are", "has", "have", "had", "been",
            "be", "being", "will", "now", "also", "officially", "formally", "since");

    /** POS tags of the words a withdrawal may stand before its support noun with: "ended official support". */
    static final Set<String> MODIFIER_WORD_POS = Set.of("DET", "ADJ", "ADV");

    /** How many tokens before a match {@link #CANCELLING_BEFORE} looks at. */
    static final int BEFORE_WINDOW = 3;

    /** Possessive endings written as their own token. */
    static final Set<String> POSSESSIVES = ClosedClass.POSSESSIVES;

    /** Words that join the mentions of a coordinated slot. */
    static final Set<String> CONJUNCTIONS = Set.of("and", "or", "&");

    /** Words that may open a slot: "supports the X", "both X and Y". */
    static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    static final Set<String> PAIR_OPENERS = Set.of("both", "either");

    /** Pronouns and determiners, which a tagger sometimes marks as a name ("It", "This"). */
    static final Set<String> PRONOUNS = Set.of("it", "its", "he", "she", "they", "them", "his", "her", "their",
            "this", "these", "those", "we", "you", "i", "our", "the", "a", "an", "which", "who");

    /** POS tags of a word that makes a following lower-case mention a common noun ("the", "new", "web", "is"). */
    static final Set<String> MODIFIER_POS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "AUX");

    /** POS tags of one-token lower-case mentions that are no names (a tagged verb "forked", a pronoun). */
    static final Set<String> NOT_NAME_POS = Set.of("VERB", "AUX", "ADV", "ADP", "DET", "PRON", "CCONJ", "SCONJ",
            "PART", "NUM", "INTJ", "ADJ");

    /** POS tags of a noun after a mention, which makes the mention its modifier ("[NES] video game"). */
    static final Set<String> NOUN_POS = Set.of("NOUN", "PROPN");

    /** POS tags skipped when looking for a preposition before a mention ("for the new X"). */
    static final Set<String> NOUN_PHRASE_OPENER_POS = Set.of("DET", "ADJ", "NUM");

    /** POS tags of an adjective, which makes the mention after it part of a larger phrase. */
    static final Set<String> ADJECTIVE_POS = Set.of("ADJ");

    /** POS tag of a determiner. */
    static final Set<String> DETERMINER_POS = Set.of("DET");

    /** POS tag of a full verb. */
    static final Set<String> VERB_ONLY_POS = Set.of("VERB");
    /** The auxiliary's tag: "is", "was", "has", "can" ... */
    static final Set<String> AUXILIARY_POS = Set.of("AUX");

    /** POS tag of an adverb ("later", "also"). */
    static final Set<String> ADVERB_POS = Set.of("ADV");

    /** POS tags of a preposition. */
    static final Set<String> PREPOSITION_POS = Set.of("ADP");

    /**
     * Words that introduce a list of examples ("including [A] and [B]"; "such as" is asked with
     * {@link SentenceUnits#followsSuchAs}): such a list closes a noun phrase.
     */
    static final Set<String> EXAMPLE_MARKERS = Set.of("including", "like");

    /** The POS tag of a common noun alone (no proper noun). */
    static final Set<String> COMMON_NOUN_POS = Set.of("NOUN");

    /** The POS tag of a number. */
    static final Set<String> NUMBER_POS = Set.of("NUM");

    /** POS tags of the token after a coordinated object list that mean its last mention starts a new clause. */
    static final Set<String> VERB_POS = Set.of("VERB", "AUX");

    /**
     * People a program is made for, in the plural: "a tool designed for power users developed by [X]". No program is
     * written in, developed by or based on them, so a participle after them is the program's
     * (relation.ArgumentChecks.describesForNoun).
     */
    static final Set<String> PEOPLE_PLURALS = Set.of("users", "people", "players", "gamers", "customers", "consumers",
            "students", "children", "kids", "beginners", "professionals", "administrators", "admins", "readers",
            "musicians", "artists", "designers", "developers", "programmers", "engineers", "scientists", "researchers",
            "teachers", "hobbyists", "enthusiasts", "members", "employees", "individuals", "families", "writers");

    /** Sites that host source code or packages, lower case: never a platform a program runs on. */
    static final Set<String> CODE_HOSTS = Set.of("github", "gitlab", "bitbucket", "sourceforge", "codeberg", "launchpad",
            "gitee", "savannah", "npm", "pypi", "crates.io", "rubygems", "packagist", "nuget", "cpan", "cran", "hackage",
            "docker hub", "maven central", "jsr", "opam", "hex", "pub.dev");

    /**
     * Tools that handle a language or a protocol, named after it: "the [Zeta] compiler", "a [Zeta] parser". The name
     * before such a noun says what the tool handles (relation.ArgumentChecks.qualifiesToolNoun).
     */
    static final Set<String> TOOL_NOUNS = Set.of("compiler", "compilers", "interpreter", "interpreters", "parser",
            "parsers", "runtime", "runtimes", "toolchain", "toolchains", "tooling", "tools", "linter", "linters",
            "formatter", "formatters", "debugger", "debuggers", "transpiler", "transpilers", "bundler", "bundlers",
            "bindings", "plugin", "plugins", "extension", "extensions", "decoder", "decoders", "encoder", "encoders",
            "client", "clients", "stack", "stacks");

    /**
     * Generic head nouns a name modifies without changing what the phrase is about ("the [QFN] package",
     * "[VAX] architecture"): a slot may take them after its mention.
     */
    static final Set<String> HEAD_NOUNS = Set.of("package", "library", "framework", "engine", "architecture",
            "technology", "protocol", "standard", "format", "language", "toolkit", "suite", "platform", "processor",
            "microprocessor", "chip", "console", "compiler", "interpreter", "browser", "editor", "distribution",
            "specification", "module", "extension", "driver", "application", "program", "software", "codec",
            "algorithm", "microarchitecture", "system", "kernel", "series", "family", "project", "tool", "utility",
            "server", "service", "client", "database", "emulator", "api", "interface", "implementation", "computer");

    /**
     * Singular kind nouns of programs that end a description opening a line ("Terminal file manager written in Go",
     * a package's synopsis): the phrase describes the document's program and names nothing.
     */
    static final Set<String> PROGRAM_KIND_HEADS = Set.of("library", "framework", "toolkit", "engine", "compiler",
            "interpreter", "browser", "editor", "emulator", "client", "server", "daemon", "tool", "utility", "manager",
            "viewer", "player", "reader", "generator", "converter", "parser", "launcher", "monitor", "shell",
            "frontend", "front-end", "backend", "wrapper", "plugin", "plug-in", "extension", "application", "program",
            "module", "driver");

    /** POS tags of the word before a name (and its "the") that may open a subject phrase with a head noun. */
    static final Set<String> HEAD_OPENER_POS = Set.of("PUNCT", "SCONJ", "CCONJ", "ADV", "PART");

    /** Nouns of "versions of X" that, opening a clause, leave X its subject ("Later releases of X support ..."). */
    static final Set<String> VERSION_NOUNS = Set.of("version", "versions", "release", "releases", "edition",
            "editions", "build", "builds", "model", "models", "iteration", "iterations");

    /**
     * Words that describe how software is made or shared ("free", "open source", "proprietary") and the generic
     * nouns they go with: a mention made only of these ("[Open Source] operating system", "[free software]
     * released under ...") is a description, not a name.
     */
    static final Set<String> DESCRIPTION_WORDS = Set.of("free", "open", "source", "open-source", "opensource",
            "closed", "closed-source", "proprietary", "commercial", "libre", "freeware", "shareware", "non-free",
            "software", "and", "or", "/", "-", "operating", "system", "systems", "program", "programs", "os");

    /** The legal forms that end a company's name ("Acme , Inc."): alone, such a word is a piece of that name. */
    static final Set<String> LEGAL_FORMS = Set.of("inc", "inc.", "llc", "l.l.c.", "ltd", "ltd.", "gmbh", "corp",
            "corp.", "co", "co.", "plc", "ag", "s.a.", "s.a", "b.v.", "n.v.", "pty", "s.r.l.", "oy", "ab", "kk");

    /** Types whose lower-case compound mentions are terms of art, names in their own right ("kd-trees"). */
    static final Set<String> TERM_TYPES = Set.of("Algorithm", "Data_Structure");

    /**
     * Acronyms that are common nouns for a class of parts or interfaces, not names (the guidelines' "not named": "the
     * CPU", "the CD-ROM used SCSI", "support for the task-switching API"); with a name before them ("the Zeta CPU",
     * "the Win32 API") they are the head of that name's mention, never a mention alone. Singular and plural.
     */
    static final Set<String> CLASS_ACRONYMS = Set.of("CPU", "CPUs", "GPU", "GPUs", "APU", "APUs", "API", "APIs",
            "SDK", "SDKs", "GUI", "GUIs", "RAM", "ROM", "ROMs", "CD-ROM", "CD-ROMs", "DVD-ROM", "DVD-ROMs", "SSD", "SSDs",
            "HDD", "HDDs", "MMU", "MMUs", "FPU", "FPUs", "DSP", "DSPs", "NIC", "NICs", "TV", "TVs", "DSLR", "DSLRs", "SLR", "SLRs", "SoC", "SoCs", "OS", "OSes");

    /**
     * Capitalised words that alone name a kind, never one thing: "released under [Affero General Public] [License]"
     * (a name finder's cut) or a README's "LICENSE" file name.
     */
    static final Set<String> CLASS_WORDS = Set.of("License", "Licence", "Licenses", "Licences", "LICENSE", "LICENCE");

    /** Words that, with a number, name a release of something else ("Version 2", "Release 4.1"), not a thing. */
    static final Set<String> RELEASE_WORDS = Set.of("version", "release", "revision", "build", "v");

    /** POS tags of the modifiers a list member may carry after its conjunction ("and the open source [B]"). */
    static final Set<String> LIST_MODIFIER_POS = Set.of("ADJ");

    /** POS tags of the words of a naming phrase before "called": "a free [Zeta] kernel called [Darwin]". */
    static final Set<String> NAMING_QUALIFIER_POS = Set.of("ADJ", "NOUN", "PROPN", "NUM");

    /**
     * Last words of a lower-case phrase that the tags sometimes mark as a name but that are a relation's cue
     * ("[drop in replacement] for", "[binary compatibility] with", "[backward compatible] with"): such a phrase is
     * read as plain words (round 10, compat10).
     */
    static final Set<String> CUE_HEADS = Set.of("replacement", "compatibility", "compatible", "interoperability",
            "interoperable", "support");

    /** Words before "versions of" that leave the name after it the object ("several versions of [B]"). */
    static final Set<String> VERSION_QUANTIFIERS = Set.of("several", "various", "many", "all", "most", "later",
            "earlier", "older", "newer", "recent", "some", "multiple", "different");

    /** Nouns of "several versions of [B]". */
    static final Set<String> VERSIONS_NOUNS = Set.of("versions", "editions", "releases", "flavors", "flavours");

    /** Words that join the two ends of a range of versions ("[Zeta 4] to [Zeta 11]"). */
    static final Set<String> RANGE_WORDS = Set.of("to", "through", "thru");

    /**
     * Words that open the common-noun tail of a list after its conjunction ("A , B and some other libraries",
     * "A , B or similar tools", "A , B and so on"): the names before the tail are the list.
     */
    static final Set<String> LIST_TAILS = Set.of("other", "others", "some", "several", "many", "various",
            "more", "numerous", "similar", "related", "further", "additional", "most", "all", "so");

    /** Words that end a list after its last comma ("A , B , C , etc."). */
    static final Set<String> LIST_ENDS = Set.of("etc", "etc.", "among");

    /** Tokens after which a capitalised word may open a sentence or title ("... : The", "( Based on"). */
    static final Set<String> TITLE_CASE_OPENERS = Set.of(".", ":", ";", "(", "\"", "'", "``", "''", "!", "?",
            "\u201c", "-", "\u2013", "\u2014", "[", "|");

    /**
     * Nouns that, after a name and before "of", make the name a mere qualifier of another thing ("a [CMOS] version
     * of the Z80", "the [Zeta] implementation of Kappa"): such a name fills no slot.
     */
    static final Set<String> VARIANT_NOUNS = Set.of("version", "versions", "variant", "variants", "subset",
            "superset", "dialect", "dialects", "derivative", "clone", "clones", "port", "ports", "fork", "forks",
            "emulation", "implementation", "implementations", "reimplementation", "copy", "copies", "descendant",
            "edition", "release", "update");

    /** Pronouns that open a clause of their own, which a words-only gap never crosses. */
    static final Set<String> SUBJECT_PRONOUNS = Set.of("it", "they", "he", "she", "we", "i", "you");

    /** Words that end a labelled parenthesis after a name before its ")" (another parenthesis, a semicolon, a sentence end): no aside. */
    static final Set<String> ASIDE_ENDS = Set.of("(", ";", ".", "!", "?");

    /** Tokens after which a new sentence or clause opens, for the {@code ^} anchor of patterns. */
    static final Set<String> CLAUSE_OPENERS = Set.of(".", ";", ":", "(", "\"", "``", "''", "\u201c", "!", "?");

    /** The English auxiliaries (a closed class): a typed mention tagged AUX but not among them is a name. */
    static final Set<String> AUXILIARIES = Set.of("be", "am", "is", "are", "was", "were", "been", "being", "'s", "'re",
            "'m", "have", "has", "had", "having", "'ve", "'d", "do", "does", "did", "done", "doing", "will", "'ll",
            "shall", "can", "could", "may", "might", "must", "would", "should", "ought", "need", "dare", "wo", "ca",
            "sha", "get", "got", "gets", "getting", "gotten");

    /** Demonstratives: a one-word name after them refers back to something named before ("that [API]"). */
    static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");

    /** Words between two names of one title ("[A] vs. [B]"): the second name is no clause subject. */
    static final Set<String> VERSUS = Set.of("vs.", "vs", "v.", "versus");

    /**
     * POS tags of the lower-case words that may stand between an indefinite article and a name qualifying the head
     * of a description ("is a 2007 [X] film", "is a massively multiplayer [Y] game").
     */
    static final Set<String> DESCRIPTION_MODIFIER_POS = Set.of("ADJ", "ADV", "NUM", "NOUN", "VERB", "CCONJ");

    /**
     * Nouns of an agent ("the Swedish software company [X]", "South Korean company [X]"): a name before them only
     * qualifies them, and the name after them is the one a slot takes.
     */
    static final Set<String> AGENT_NOUNS = Set.of("company", "companies", "developer", "developers", "studio",
            "studios", "firm", "team", "publisher", "programmer", "programmers", "designer", "engineer", "engineers",
            "corporation", "startup", "start-up", "manufacturer", "maker", "vendor", "organization", "organisation",
            "consortium", "foundation", "group", "subsidiary", "division", "conglomerate", "researcher", "scientist");

    private Cues() {
    }

    /** Parts of speech of the words of a class noun phrase that introduces an exemplar list ("many other games like"). */
    static final Set<String> EXEMPLAR_PHRASE_POS = Set.of("DET", "ADJ", "NUM", "NOUN");
}
