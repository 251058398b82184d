package org.softkg.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import org.softkg.model.Document;
import org.softkg.model.Sentence;
import org.softkg.model.Token;
import org.softkg.pipeline.Annotation;
import org.softkg.pipeline.DocumentStage;

/**
 * Universal POS tags and lemmas from the OpenNLP English (UD EWT) models, on the tokens as given
 * (tagged input is never re-tokenized). The statistical lemmatizer is the slowest OpenNLP stage,
 * so lemmas are memoised by (token, POS). One instance per thread.
 */
public final class PosLemmaAnnotator implements DocumentStage {

    private static final int MAX_MEMO = 200_000;

    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;
    private final Map<String, String> lemmaMemo = new HashMap<>();

    public PosLemmaAnnotator() {
        this.tagger = new POSTaggerME(SharedModels.pos());
        this.lemmatizer = new LemmatizerME(SharedModels.lemmas());
    }

    @Override
    public Document process(Document document) {
        List<Sentence> out = new ArrayList<>(document.sentences().size());
        for (Sentence s : document.sentences()) {
            out.add(annotate(s));
        }
        return document.withSentences(out);
    }

    /** POS and lemma for one sentence. */
    public Sentence annotate(Sentence s) {
        String[] words = new String[s.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = s.token(i).text();
        }
        String[] tags = tagger.tag(words);
        String[] lemmas = lemmas(words, tags);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            tokens.add(s.token(i).withAnnotation(tags[i], lemmas[i]));
        }
        return s.withTokens(tokens);
    }

    private String[] lemmas(String[] words, String[] tags) {
        String[] out = new String[words.length];
        boolean missing = false;
        for (int i = 0; i < words.length; i++) {
            out[i] = lemmaMemo.get(key(words[i], tags[i]));
            missing |= out[i] == null;
        }
        if (!missing) {
            return out;
        }
        // the lemmatizer looks at a window of context, but its output for a (word, tag) pair is
        // stable in practice; run it on the whole sentence and memoise each new pair
        String[] fresh = lemmatizer.lemmatize(words, tags);
        if (lemmaMemo.size() > MAX_MEMO) {
            lemmaMemo.clear();
        }
        for (int i = 0; i < words.length; i++) {
            if (out[i] == null) {
                String lemma = fresh[i];
                if (lemma == null || lemma.isEmpty() || "O".equals(lemma) || "_".equals(lemma)) {
                    lemma = words[i];
                }
                out[i] = lemma.toLowerCase(java.util.Locale.ROOT);
                lemmaMemo.put(key(words[i], tags[i]), out[i]);
            }
        }
        return out;
    }

    private static String key(String word, String tag) {
        return tag + '\u0000' + word;
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.TOKENS);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.POS, Annotation.LEMMAS);
    }
}
