package org.softkg.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The example document cut into several WikiSER files (distinct document ids) for multi-document tests. */
public final class SplitCorpus {

    public static final Path EXAMPLE = Path.of("examples/DragonFly_BSD.txt");

    private SplitCorpus() {
    }

    /** Writes {@code parts} files {@code part01.txt}... into {@code dir} with the example's sentences dealt out in runs. */
    public static List<Path> write(Path dir, int parts) throws IOException {
        String text = Files.readString(EXAMPLE);
        List<String> sentences = new ArrayList<>();
        for (String s : text.split("(?<=</s>\n)")) {
            if (!s.isBlank()) {
                sentences.add(s);
            }
        }
        List<Path> files = new ArrayList<>();
        int per = (sentences.size() + parts - 1) / parts;
        for (int p = 0; p < parts; p++) {
            StringBuilder b = new StringBuilder();
            for (int i = p * per; i < Math.min(sentences.size(), (p + 1) * per); i++) {
                b.append(sentences.get(i));
            }
            Path f = dir.resolve(String.format("part%02d.txt", p + 1));
            Files.writeString(f, b.toString());
            files.add(f);
        }
        return files;
    }
}
