package org.softkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.softkg.pipeline.ExtractionSummary;
import org.softkg.pipeline.ParallelExtraction;
import org.softkg.rdf.RdfSyntax;
import org.softkg.store.ShardedNQuadsSink;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/** {@code extract -o DIR/}: one N-Quads shard per input file (and per {@value #DOCUMENTS_PER_SHARD} documents). */
final class ShardOutput {

    static final int DOCUMENTS_PER_SHARD = 1000;

    private ShardOutput() {
    }

    /** True when {@code -o} names a folder: an existing one, or a path written with a trailing slash. */
    static boolean isFolder(CommandSpec spec, Path output) {
        if (output == null || "-".equals(output.toString())) {
            return false;
        }
        ParseResult parsed = spec.commandLine().getParseResult();
        OptionSpec o = parsed.matchedOption("--output");
        String raw = o == null || o.stringValues().isEmpty() ? output.toString() : o.stringValues().get(0);
        return Files.isDirectory(output) || raw.endsWith("/") || raw.endsWith(java.io.File.separator);
    }

    static ExtractionSummary extract(ParallelExtraction extraction, List<String> inputs, RdfOutputOptions options) {
        if (options.format != null && options.syntax() != RdfSyntax.NQUADS) {
            throw new UserException(options.output + " is a folder: shards are written as N-Quads only (--format nquads)");
        }
        try (ShardedNQuadsSink sink = new ShardedNQuadsSink(options.output, options.reification(), DOCUMENTS_PER_SHARD)) {
            return extraction.run(inputs, sink);
        }
    }
}
