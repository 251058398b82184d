package org.softkg.remote;

/** How triples are sent to the remote store. */
public enum Protocol {
    /** SPARQL 1.1 Update: {@code INSERT DATA} requests (and {@code DROP SILENT GRAPH} to replace a graph). */
    UPDATE,
    /** SPARQL 1.1 Graph Store HTTP Protocol: N-Triples bodies, PUT to replace a graph, POST to add. */
    GSP
}
