package org.softkg.pipeline;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.softkg.corpus.CorpusInput;
import org.softkg.corpus.DocumentStream;
import org.softkg.corpus.InputFormat;
import org.softkg.model.Document;
import org.softkg.model.Entity;
import org.softkg.model.Fact;
import org.softkg.ner.NerModels;
import org.softkg.rdf.Vocab;
import org.softkg.relation.RuleSet;

/** Invented raw-text and Markdown documents read end to end (shipped name finder, POS tagger, rules), for tests. */
final class RawDocuments {

    private static final Pipeline RAW = StandardPipeline.forRawText(RuleSet.loadDefault(Vocab.relationNames()),
            NerModels::shipped);

    private RawDocuments() {
    }

    /** The document of a file named {@code name} holding {@code text}, its format recognised as by {@code extract}. */
    static synchronized Document read(String name, String text) {
        try (DocumentStream ds = CorpusInput.open(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                InputFormat.AUTO)) {
            return RAW.process(ds.next());
        }
    }

    /** "subject relation object" of every fact, labels lower case. */
    static Set<String> facts(Document d) {
        Map<String, String> label = new HashMap<>();
        for (Entity e : d.entities()) {
            label.put(e.iri(), e.label().toLowerCase(Locale.ROOT));
        }
        Set<String> out = new TreeSet<>();
        for (Fact f : d.facts()) {
            out.add(label.get(f.subject()) + " " + f.relation() + " " + label.get(f.object()));
        }
        return out;
    }
}
