package org.softkg.corpus;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
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

    /**
     * File names (without extension, lower case) that say what kind of document a file is, not what it is
     * about: a project's README, change log or release notes. Such a file is named after its folder.
     */
    private static final Set<String> GENERIC_NAMES = Set.of(
            "readme", "changelog", "changes", "news", "history", "releases", "release-notes", "release_notes",
            "releasenotes", "features", "index", "about", "overview", "introduction", "intro", "install",
            "usage", "contributing");

    /**
     * Folder names that say where a file sits in a project, not which project: an npm tarball unpacks into
     * {@code package/}, documentation sits in {@code docs/}. A generic file in such a folder is named after the
     * nearest folder above it with another name.
     */
    private static final Set<String> GENERIC_FOLDERS = Set.of(
            "package", "docs", "doc", "documentation", "src", "source", "dist");

    private DocumentNames() {
    }

    /** A document's id and title, derived from its file's path: see {@link #forPath(String, boolean)}. */
    record Naming(String id, String title) {
    }

    /**
     * The id and title of the file at {@code path}: the file name without corpus extensions and that name
     * with spaces for underscores; but a generic name ({@code README.md}, {@code CHANGELOG.md}) takes its
     * folder's name: {@code projects/quillmark/README.md} has the id {@code quillmark_README} (two projects'
     * READMEs are two documents, not one graph replacing the other) and the title {@code quillmark}. A
     * generic name with no folder keeps its own name. A file on disk without a folder in its path is in the
     * working folder ({@code onDisk}); a stream's name counts only the folder it writes.
     */
    static Naming forPath(String path, boolean onDisk) {
        String id = id(fileName(path));
        String folder = GENERIC_NAMES.contains(id.toLowerCase(Locale.ROOT)) ? folderName(path, onDisk) : null;
        if (folder == null) {
            return new Naming(id, title(id));
        }
        return new Naming(folder + "_" + id, folder);
    }

    /**
     * The name of the folder holding {@code path} (a relative path of a file on disk is in the working folder),
     * skipping {@link #GENERIC_FOLDERS} while a folder above them has a name; or null.
     */
    private static String folderName(String path, boolean onDisk) {
        Path parent;
        try {
            Path p = Path.of(path);
            parent = (onDisk ? p.toAbsolutePath() : p).normalize().getParent();
        } catch (InvalidPathException e) {
            return null;
        }
        String nearest = name(parent);
        for (Path f = parent; f != null; f = f.getParent()) {
            String name = name(f);
            if (name == null) {
                break;
            }
            if (!GENERIC_FOLDERS.contains(name.toLowerCase(Locale.ROOT))) {
                return name;
            }
        }
        return nearest;
    }

    /** A folder's own name, or null for a root, a blank or a hidden folder. */
    private static String name(Path folder) {
        if (folder == null || folder.getFileName() == null) {
            return null;
        }
        String name = folder.getFileName().toString();
        return name.isBlank() || name.startsWith(".") ? null : name;
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
