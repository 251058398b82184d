package org.softkg.server;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.shared.PrefixMapping;
import org.softkg.rdf.Vocab;

/**
 * Fuseki's SPARQL Update service with the softkg prefixes predeclared, like {@link PrefixedQueryService}:
 * the declarations go before the request on its first line, and the request's own declarations win.
 */
final class PrefixedUpdateService extends SPARQL_Update {

    private final byte[] prologue;

    PrefixedUpdateService(PrefixMapping prefixes) {
        this.prologue = PrefixedQueryService.prologue(prefixes).getBytes(StandardCharsets.UTF_8);
    }

    PrefixedUpdateService() {
        this(Vocab.PREFIXES);
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        super.execute(action, new SequenceInputStream(new ByteArrayInputStream(prologue), input));
    }
}
