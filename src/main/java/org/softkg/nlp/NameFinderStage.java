package org.softkg.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.softkg.ner.ConsistentNames;
import org.softkg.ner.SoftwareNameFinder;
import org.softkg.ner.StoreNames;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.softkg.model.Document;
import org.softkg.model.Sentence;
import org.softkg.model.Token;
import org.softkg.pipeline.Annotation;
import org.softkg.pipeline.DocumentStage;

/**
 * Tags the tokens of raw-text documents with entity tags (BIO over the 12 WikiSER types) from an
 * OpenNLP name finder ({@link SoftwareNameFinder}), generic words it tagged in few of their places in the document
 * untagged ({@link ConsistentNames}), merged with names already known ({@link StoreNames});
 * then a name found in one sentence of the document is found again in the others, where nothing overlapping
 * was found (names that look like names only, with the type most of their occurrences got). Documents read from tagged corpora (tokens without character offsets) keep
 * their tags, so one pipeline serves both kinds of input. The model is loaded on the first raw-text
 * document. One instance per thread.
 */
public final class NameFinderStage implements DocumentStage {

    private final Supplier<TokenNameFinderModel> model;
    private final Supplier<StoreNames> known;
    private SoftwareNameFinder finder;
    private final ConsistentNames consistent;

    /** Tags with the model {@code model} gives (asked once, when first needed). */
    public NameFinderStage(Supplier<TokenNameFinderModel> model) {
        this(model, StoreNames.empty());
    }

    /** Tags with the model, merged with the names {@code known} already (see {@link StoreNames#merge}). */
    public NameFinderStage(Supplier<TokenNameFinderModel> model, StoreNames known) {
        this(model, () -> known);
    }

    /** As {@link #NameFinderStage(Supplier, StoreNames)}, the known names asked for on the first document tagged. */
    public NameFinderStage(Supplier<TokenNameFinderModel> model, Supplier<StoreNames> known) {
        this(model, known, new ConsistentNames());
    }

    /**
     * As {@link #NameFinderStage(Supplier, Supplier)}, the name finder's names of each document made consistent by
     * {@code consistent} before they are merged with the known names (null: not).
     */
    public NameFinderStage(Supplier<TokenNameFinderModel> model, Supplier<StoreNames> known, ConsistentNames consistent) {
        this.model = model;
        this.known = known;
        this.consistent = consistent;
    }

    @Override
    public Document process(Document document) {
        if (document.sentences().isEmpty() || document.sentences().get(0).token(0).start() < 0) {
            return document;
        }
        if (finder == null) {
            finder = new SoftwareNameFinder(model.get());
        }
        List<String[]> words = new ArrayList<>();
        List<Span[]> names = new ArrayList<>();
        List<StoreNames.Vote> votes = new ArrayList<>();
        StoreNames storeNames = known.get();
        List<Span[]> model = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            String[] w = new String[s.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = s.token(i).text();
            }
            words.add(w);
            model.add(consistent == null ? finder.find(w) : finder.findScored(w));
        }
        finder.clearAdaptiveData();
        if (consistent != null) {
            model = consistent.apply(words, model);
        }
        for (int k = 0; k < words.size(); k++) {
            String[] w = words.get(k);
            Span[] found = StoreNames.merge(model.get(k), storeNames.find(w));
            for (Span n : found) {
                votes.add(new StoreNames.Vote(String.join(" ", Arrays.asList(w).subList(n.getStart(), n.getEnd())),
                        n.getType(), 1));
            }
            names.add(found);
        }
        // a name found in one sentence is the same name in the others (where nothing else was found)
        StoreNames inDocument = StoreNames.of(votes);
        List<Sentence> out = new ArrayList<>(document.sentences().size());
        for (int k = 0; k < words.size(); k++) {
            Span[] all = StoreNames.merge(names.get(k), inDocument.find(words.get(k)));
            out.add(tag(document.sentences().get(k), all));
        }
        return document.withSentences(out);
    }

    private static Sentence tag(Sentence s, Span[] names) {
        String[] tags = new String[s.size()];
        Arrays.fill(tags, Token.OUTSIDE);
        for (Span n : names) {
            for (int i = n.getStart(); i < n.getEnd(); i++) {
                tags[i] = (i == n.getStart() ? "B-" : "I-") + n.getType();
            }
        }
        List<Token> tokens = new ArrayList<>(tags.length);
        for (int i = 0; i < tags.length; i++) {
            tokens.add(s.token(i).withTag(tags[i]));
        }
        return s.withTokens(tokens);
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.TOKENS);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.TAGS);
    }
}
