package org.softkg.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.softkg.model.Document;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;

/**
 * Tells a document of unrelated sentences (a shuffled corpus split such as WikiSER's {@code dev.txt}, read as one
 * file) from a real one. In an article or a README neighbouring sentences keep naming the same things: in the
 * example article about half the sentences that name something share a tagged name with one of the three
 * sentences before them. In a shuffled split almost none do (under 5 % in {@code dev.txt}). A document with at
 * least {@value #MIN_SENTENCES} sentences that name something, of which under {@value #MAX_SHARED} share a name
 * that way, is taken for a collection of unrelated sentences. Sentences that name nothing are left out of the
 * count, so a text whose names are sparse (raw text the name finder tags thinly) is not taken for a collection; nor is
 * a document with a Markdown heading.
 */
public final class UnrelatedSentences {

    /** Shorter documents are always read as one text. */
    static final int MIN_SENTENCES = 20;
    /** The highest share of sentences naming what one of the previous {@value #WINDOW} named, for a collection. */
    static final double MAX_SHARED = 0.15;
    static final int WINDOW = 3;

    private UnrelatedSentences() {
    }

    /** True when {@code document}'s decoded mentions show a collection of unrelated sentences. */
    public static boolean test(Document document) {
        if (document.sentences().size() < MIN_SENTENCES || hasHeading(document)) {
            return false;
        }
        List<Set<String>> names = namesBySentence(document);
        return names.stream().filter(n -> !n.isEmpty()).count() >= MIN_SENTENCES && sharedShare(names) < MAX_SHARED;
    }

    /**
     * Of the sentences (after the first) that name something, the share that name something one of the
     * {@value #WINDOW} sentences before them named.
     */
    static double sharedShare(List<Set<String>> names) {
        int shared = 0;
        int naming = 0;
        for (int i = 1; i < names.size(); i++) {
            if (names.get(i).isEmpty()) {
                continue;
            }
            naming++;
            if (sharesWithPrevious(names, i)) {
                shared++;
            }
        }
        return naming == 0 ? 1.0 : (double) shared / naming;
    }

    private static boolean sharesWithPrevious(List<Set<String>> names, int i) {
        for (int j = Math.max(0, i - WINDOW); j < i; j++) {
            for (String name : names.get(i)) {
                if (names.get(j).contains(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True for a document with a Markdown heading: a README or a page of documentation, whose sections may each name
     * different things (installation, API, licence) but are still about one subject; no corpus split has headings.
     */
    private static boolean hasHeading(Document document) {
        return document.sentences().stream().anyMatch(Sentence::heading);
    }

    private static List<Set<String>> namesBySentence(Document document) {
        List<Set<String>> out = new ArrayList<>();
        for (int i = 0; i < document.sentences().size(); i++) {
            out.add(new HashSet<>());
        }
        for (Mention m : document.mentions()) {
            out.get(m.sentence()).add(m.text().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
