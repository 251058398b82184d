package org.softkg.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/** A small tagged corpus written in code: software names in a few sentence patterns. */
final class TinyCorpus {

    private static final String[][] NAMES = {
        {"Linux", "Operating_System"}, {"FreeBSD", "Operating_System"}, {"Windows", "Operating_System"},
        {"Python", "Language"}, {"Java", "Language"}, {"Rust", "Language"},
        {"NumPy", "Library"}, {"React", "Library"}, {"Boost", "Library"},
    };
    private static final String[][] PATTERNS = {
        {"We", "use", "$", "every", "day", "."},
        {"The", "$", "project", "is", "popular", "."},
        {"It", "runs", "on", "$", "and", "more", "."},
        {"$", "was", "released", "in", "2001", "."},
    };

    private TinyCorpus() {
    }

    static List<NameSample> samples() {
        List<NameSample> out = new ArrayList<>();
        for (String[] p : PATTERNS) {
            for (String[] n : NAMES) {
                String[] words = p.clone();
                int at = List.of(words).indexOf("$");
                words[at] = n[0];
                out.add(new NameSample(words, new Span[] {new Span(at, at + 1, n[1])}, false));
            }
        }
        return out;
    }
}
