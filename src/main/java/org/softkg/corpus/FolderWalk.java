package org.softkg.corpus;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The regular files under a folder, depth first, each folder's entries sorted by name, hidden files
 * and folders (name starting with {@code .}) skipped, links to folders not followed. Lists one folder
 * at a time; a folder that cannot be listed comes out as a failing source.
 */
final class FolderWalk implements Iterator<Source> {

    private static final Comparator<Path> BY_NAME = Comparator.comparing(p -> String.valueOf(p.getFileName()));

    private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
    private Source next;

    /** Walks {@code root}, which must be a folder. */
    FolderWalk(Path root) {
        next = enter(root);
    }

    @Override
    public boolean hasNext() {
        while (next == null && !stack.isEmpty()) {
            Iterator<Path> entries = stack.peek();
            if (!entries.hasNext()) {
                stack.pop();
                continue;
            }
            Path p = entries.next();
            if (String.valueOf(p.getFileName()).startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                next = enter(p);
            } else if (Files.isRegularFile(p)) {
                next = Source.file(p);
            }
        }
        return next != null;
    }

    @Override
    public Source next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more files");
        }
        Source s = next;
        next = null;
        return s;
    }

    /** Pushes the sorted entries of {@code folder}; returns a failing source when it cannot be listed. */
    private Source enter(Path folder) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
            listing.forEach(entries::add);
        } catch (IOException e) {
            return Source.failing(folder.toString(), "cannot list folder: " + SourceReader.describe(e));
        }
        entries.sort(BY_NAME);
        stack.push(entries.iterator());
        return null;
    }
}
