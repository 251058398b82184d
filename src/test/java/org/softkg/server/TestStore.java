package org.softkg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.softkg.corpus.InputFormat;
import org.softkg.pipeline.CorpusExtraction;
import org.softkg.pipeline.StandardPipeline;
import org.softkg.rdf.Vocab;
import org.softkg.relation.RuleSet;
import org.softkg.store.StoreSink;
import org.softkg.store.TdbStore;

/** Builds a small TDB2 store by extracting the example document and a short inline WikiSER text. */
public final class TestStore {

    /** A WikiSER document: Git is written in C and released under the GNU General Public License. */
    static final String GIT = String.join("\n",
            "<s>", "Git\tB-Application", "is\tO", "written\tO", "in\tO", "C\tB-Language", ".\tO", "</s>",
            "<s>", "Git\tB-Application", "is\tO", "released\tO", "under\tO", "the\tO", "GNU\tB-License",
            "General\tI-License", "Public\tI-License", "License\tI-License", ".\tO", "</s>", "");

    private TestStore() {
    }

    /** Extracts examples/DragonFly_BSD.txt and Git.txt into a new store under {@code dir}. */
    public static TdbStore build(Path dir) throws IOException {
        Path git = dir.resolve("Git.txt");
        Files.writeString(git, GIT, StandardCharsets.UTF_8);
        Path example = Path.of("examples", "DragonFly_BSD.txt");
        TdbStore store = TdbStore.open(dir.resolve("store"));
        CorpusExtraction extraction = new CorpusExtraction(
                StandardPipeline.forTaggedInput(RuleSet.loadDefault(Vocab.relationNames())), InputFormat.AUTO,
                problem -> {
                    throw new AssertionError(problem);
                }, d -> {
                });
        try (StoreSink sink = new StoreSink(store)) {
            extraction.run(List.of(example.toString(), git.toString()), sink);
        }
        return store;
    }
}
