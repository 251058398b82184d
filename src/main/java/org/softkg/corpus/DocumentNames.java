package org.softkg.corpus;

import java.io.File;
import java.util.Locale;
import java.util.Set;

/** Document ids and titles derived from file names. */
final class DocumentNames {

    /** The id of a document read from stdin. */
    static final String STDIN_ID = "stdin";

    /**
     * Extensions that say how a file is stored, not what it is called: only these are removed, so an
     * article named {@code Node.js} keeps its name.
     */
    private static final Set<String> CORPUS_EXTENSIONS = Set.of(
            "gz", "gzip", "txt", "text", "tsv", "conll", "bio", "iob", "iob1", "iob2", "ser", "wikiser", "md", "markdown");

    private DocumentNames() {
    }

    /** The last element of a path written with {@code /} or the platform separator. */
    static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf(File.separatorChar));
        return path.substring(slash + 1);
    }

    /** The file name without its corpus extensions ({@code x.txt.gz} gives {@code x}). */
    static String id(String fileName) {
        String id = fileName;
        int dot = id.lastIndexOf('.');
        while (dot > 0 && CORPUS_EXTENSIONS.contains(id.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            id = id.substring(0, dot);
            dot = id.lastIndexOf('.');
        }
        return id;
    }

    /** The title a WikiSER file name stands for: the id with {@code _} as space. */
    static String title(String id) {
        return id.replace('_', ' ');
    }
}
