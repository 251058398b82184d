package org.softkg.corpus;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.softkg.model.Document;
import org.softkg.model.Sentence;
import org.softkg.model.Token;

/** Test helpers: write inline fixtures, read whole streams, show documents compactly. */
final class Reading {

    private Reading() {
    }

    /** Writes {@code text} as UTF-8 to {@code dir/name}, creating parent folders. */
    static Path write(Path dir, String name, String text) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            return Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document of {@code path}; fails on the first error. */
    static List<Document> documents(Path path, InputFormat format) {
        try (DocumentStream s = CorpusInput.open(path.toString(), format)) {
            List<Document> out = new ArrayList<>();
            s.forEachRemaining(out::add);
            return out;
        }
    }

    /** The single document of {@code text} read as the stream {@code name}. */
    static Document document(String name, String text, InputFormat format) {
        try (DocumentStream s = CorpusInput.open(name, stream(text), format)) {
            Document d = s.next();
            if (s.hasNext()) {
                throw new AssertionError("more than one document in " + name);
            }
            return d;
        }
    }

    /** The error reading {@code text} as the stream {@code name}. */
    static InputFormatException error(String name, String text, InputFormat format) {
        try (DocumentStream s = CorpusInput.open(name, stream(text), format)) {
            return assertThrows(InputFormatException.class, () -> {
                while (s.hasNext()) {
                    s.next();
                }
            });
        }
    }

    /** Each document as its id, or each error as its message, in stream order. */
    static List<String> outcomes(DocumentStream s) {
        List<String> out = new ArrayList<>();
        while (s.hasNext()) {
            try {
                out.add(s.next().id());
            } catch (InputFormatException e) {
                out.add(e.getMessage());
            }
        }
        return out;
    }

    static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A sentence as {@code token/TAG token/TAG}. */
    static String tagged(Sentence s) {
        return s.tokens().stream().map(Reading::tagged).collect(Collectors.joining(" "));
    }

    private static String tagged(Token t) {
        return t.text() + "/" + t.tag();
    }
}
