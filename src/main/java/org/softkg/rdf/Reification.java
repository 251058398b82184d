package org.softkg.rdf;

/** How the provenance of a fact points at the fact's triple. */
public enum Reification {
    /** RDF 1.2: {@code ?r rdf:reifies <<( s p o )>>}. The default. */
    RDF12,
    /** RDF 1.1: {@code ?r a rdf:Statement; rdf:subject s; rdf:predicate p; rdf:object o}, for tools and syntaxes without triple terms. */
    RDF11
}
