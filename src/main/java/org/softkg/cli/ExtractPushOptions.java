package org.softkg.cli;

import java.net.URI;
import java.nio.file.Path;
import org.softkg.model.Document;
import org.softkg.pipeline.DocumentSink;
import org.softkg.rdf.DocumentRdf;
import org.softkg.rdf.Reification;
import org.softkg.remote.GraphPusher;
import org.softkg.remote.PushException;
import org.softkg.remote.PushSink;
import org.softkg.server.Credentials;
import picocli.CommandLine.Option;

/** {@code extract --push URL}: also send each document's graph to a SPARQL Update endpoint as it is extracted. */
final class ExtractPushOptions {

    @Option(names = "--push", paramLabel = "URL",
            description = "Also send each document's graph, as it is extracted, to this SPARQL Update endpoint "
                    + "(replacing the remote graph of the same name); see 'softkg push'.")
    URI endpoint;

    @Option(names = "--push-user", paramLabel = "NAME",
            description = "User for --push (password from --push-password-file or $" + PasswordSource.ENV + ").")
    String user;

    @Option(names = "--push-password-file", paramLabel = "FILE", description = "File whose first line is the --push password.")
    Path passwordFile;

    /** {@code sink} itself without --push, else a sink that also pushes each document. */
    DocumentSink wrap(DocumentSink sink, Reification reification) {
        if (endpoint == null) {
            if (user != null || passwordFile != null) {
                throw new UserException("--push-user and --push-password-file need --push URL");
            }
            return sink;
        }
        GraphPusher.Options options;
        try {
            options = GraphPusher.Options.to(endpoint).graphPerDocument(true).with(reification);
            if (user != null) {
                String password = PasswordSource.read(passwordFile, System.getenv()).orElseThrow(() -> new UserException(
                        "--push-user " + user + " needs a password: pass --push-password-file FILE or set " + PasswordSource.ENV));
                options = options.credentials(new Credentials(user, password));
            }
        } catch (IllegalArgumentException e) {
            throw new UserException("--push: " + e.getMessage(), e);
        }
        PushSink push = new PushSink(sink, new GraphPusher(options), new DocumentRdf(reification));
        return new DocumentSink() {
            @Override
            public void accept(Document document) {
                try {
                    push.accept(document);
                } catch (PushException e) {
                    throw new UserException(e.getMessage(), e);
                }
            }

            @Override
            public void close() {
                push.close();
            }
        };
    }
}
