package org.softkg.rdf;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;

/**
 * The RDF syntaxes softkg reads and writes, with the names users type ({@code --format ttl}),
 * the Jena {@link Lang} and the {@link RDFFormat}s to write them with.
 */
public enum RdfSyntax {
    TURTLE(Lang.TURTLE, RDFFormat.TURTLE_PRETTY, RDFFormat.TURTLE_BLOCKS, "turtle", "ttl"),
    NTRIPLES(Lang.NTRIPLES, RDFFormat.NTRIPLES, RDFFormat.NTRIPLES, "ntriples", "nt", "n-triples"),
    NQUADS(Lang.NQUADS, RDFFormat.NQUADS, RDFFormat.NQUADS, "nquads", "nq", "n-quads"),
    TRIG(Lang.TRIG, RDFFormat.TRIG_PRETTY, RDFFormat.TRIG_BLOCKS, "trig"),
    JSONLD(Lang.JSONLD, RDFFormat.JSONLD_PRETTY, RDFFormat.JSONLD_PRETTY, "jsonld", "json-ld"),
    RDFXML(Lang.RDFXML, RDFFormat.RDFXML_PRETTY, RDFFormat.RDFXML_PLAIN, "rdfxml", "xml", "rdf", "rdf/xml");

    private final Lang lang;
    private final RDFFormat format;
    private final RDFFormat largeFormat;
    private final List<String> names;

    RdfSyntax(Lang lang, RDFFormat format, RDFFormat largeFormat, String... names) {
        this.lang = lang;
        this.format = format;
        this.largeFormat = largeFormat;
        this.names = List.of(names);
    }

    /** The Jena language. */
    public Lang lang() {
        return lang;
    }

    /** The pretty format, for documents and small graphs. */
    public RDFFormat format() {
        return format;
    }

    /** A format that writes big graphs without analysing them first (same as {@link #format()} where none exists). */
    public RDFFormat largeFormat() {
        return largeFormat;
    }

    /** The names users may type, the first one canonical. */
    public List<String> names() {
        return names;
    }

    /** True when the syntax holds named graphs (N-Quads, TriG, JSON-LD). */
    public boolean isQuads() {
        return RDFLanguages.isQuads(lang);
    }

    /** True when the syntax can hold RDF 1.2 triple terms; JSON-LD cannot, so it gets RDF 1.1 reification. */
    public boolean hasTripleTerms() {
        return this != JSONLD;
    }

    /** The syntax named {@code name} (case-insensitive), see {@link #names()}. */
    public static RdfSyntax fromName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (RdfSyntax s : values()) {
            if (s.names.contains(n)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown RDF syntax '" + name + "': expected one of " + allNames());
    }

    /** The syntax of a file, from its extension ({@code .ttl}, {@code .nq.gz}...), if one of these. */
    public static Optional<RdfSyntax> fromFileName(String fileName) {
        Lang l = RDFLanguages.filenameToLang(fileName);
        if (l == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(s -> RDFLanguages.sameLang(s.lang, l)).findFirst();
    }

    /** Every accepted name, for help texts and error messages. */
    public static List<String> allNames() {
        return Arrays.stream(values()).flatMap(s -> s.names.stream()).toList();
    }
}
