package org.softkg.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
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
 * OpenNLP name finder ({@link SoftwareNameFinder}), merged with names already known ({@link StoreNames}). Documents read from tagged corpora (tokens without character offsets) keep
 * their tags, so one pipeline serves both kinds of input. The model is loaded on the first raw-text
 * document. One instance per thread.
 */
public final class NameFinderStage implements DocumentStage {

    private final Supplier<TokenNameFinderModel> model;
    private final StoreNames known;
    private SoftwareNameFinder finder;

    /** Tags with the model {@code model} gives (asked once, when first needed). */
    public NameFinderStage(Supplier<TokenNameFinderModel> model) {
        this(model, StoreNames.empty());
    }

    /** Tags with the model, merged with the names {@code known} already (see {@link StoreNames#merge}). */
    public NameFinderStage(Supplier<TokenNameFinderModel> model, StoreNames known) {
        this.model = model;
        this.known = known;
    }

    @Override
    public Document process(Document document) {
        if (document.sentences().isEmpty() || document.sentences().get(0).token(0).start() < 0) {
            return document;
        }
        if (finder == null) {
            finder = new SoftwareNameFinder(model.get());
        }
        List<Sentence> out = new ArrayList<>(document.sentences().size());
        for (Sentence s : document.sentences()) {
            out.add(tag(s));
        }
        finder.clearAdaptiveData();
        return document.withSentences(out);
    }

    private Sentence tag(Sentence s) {
        String[] words = new String[s.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = s.token(i).text();
        }
        Span[] names = StoreNames.merge(finder.find(words), known.find(words));
        String[] tags = new String[words.length];
        Arrays.fill(tags, Token.OUTSIDE);
        for (Span n : names) {
            for (int i = n.getStart(); i < n.getEnd(); i++) {
                tags[i] = (i == n.getStart() ? "B-" : "I-") + n.getType();
            }
        }
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
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
