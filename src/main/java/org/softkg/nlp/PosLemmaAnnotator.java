package org.softkg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import org.softkg.model.Document;
import org.softkg.model.Sentence;
import org.softkg.model.Token;
import org.softkg.pipeline.Annotation;
import org.softkg.pipeline.DocumentStage;
import org.softkg.pipeline.SentenceChunks;

/**
 * Universal POS tags and lemmas from the OpenNLP English (UD EWT) models, on the tokens as given (tagged input
 * is never re-tokenized). The tags are {@code POSTaggerME}'s, computed by {@link BeamPosTagger}, the lemmas
 * {@code LemmatizerME}'s, computed by {@link BeamLemmatizer}. The statistical lemmatizer is the slowest
 * OpenNLP stage, so each (token, POS) pair is lemmatized once, on its own, and memoised for all instances.
 * One instance per thread.
 */
public final class PosLemmaAnnotator implements DocumentStage {

    private static final int MAX_MEMO = 200_000;

    /** The fast beam search over the POS model ({@link BeamPosTagger}), or null: then {@link #tagger}. */
    private final BeamPosTagger beamTagger;
    private final POSTaggerME tagger;
    /** The fast beam search over the lemmatizer model ({@link BeamLemmatizer}), or null: then {@link #lemmatizer}. */
    private final BeamLemmatizer beamLemmatizer;
    private final LemmatizerME lemmatizer;
    /** (POS, word) -> lemma, shared by all instances (lemmas depend on the pair only, see {@link #lemmaOf}). */
    private static final Map<String, String> LEMMA_MEMO = new ConcurrentHashMap<>();
    private long lookups;
    private long misses;

    /** Annotators of the helper threads that share a long document's sentences. */
    private static final ThreadLocal<PosLemmaAnnotator> HELPER = ThreadLocal.withInitial(PosLemmaAnnotator::new);

    private final int threads;

    /** An annotator working on the calling thread only. */
    public PosLemmaAnnotator() {
        this(1);
    }

    /**
     * An annotator that shares the sentences of a long document with up to {@code threads - 1} helper
     * threads ({@link SentenceChunks}); the result is the same as with one thread, since each sentence is
     * tagged on its own and lemmas depend on the (word, POS) pair only.
     */
    public PosLemmaAnnotator(int threads) {
        this.beamTagger = BeamPosTagger.of(SharedModels.pos());
        this.tagger = beamTagger == null ? new POSTaggerME(SharedModels.pos()) : null;
        this.beamLemmatizer = BeamLemmatizer.of(SharedModels.lemmas());
        this.lemmatizer = beamLemmatizer == null ? new LemmatizerME(SharedModels.lemmas()) : null;
        this.threads = Math.max(1, threads);
    }

    @Override
    public Document process(Document document) {
        List<Sentence> out = SentenceChunks.map(document.sentences(), threads, this::annotate,
                () -> HELPER.get()::annotate);
        return document.withSentences(new ArrayList<>(out));
    }

    /** POS and lemma for one sentence. */
    public Sentence annotate(Sentence s) {
        String[] words = new String[s.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = s.token(i).text();
        }
        String[] tags = tag(words);
        if (isOpeningVerb(s, words, tags)) {
            tags[0] = "VERB";
        }
        String[] lemmas = lemmas(words, tags);
        if ("VERB".equals(tags[0]) && isCapitalisedWord(words[0])) {
            // "Written in", "Runs on": a verb's lemma from its lower-case form (the capital misleads the lemmatizer)
            lemmas[0] = lemma(words[0].toLowerCase(Locale.ROOT), tags[0]);
        }
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            tokens.add(s.token(i).withAnnotation(tags[i], lemmas[i]));
        }
        return s.withTokens(tokens);
    }

    private String[] tag(String[] words) {
        return beamTagger != null ? beamTagger.tag(words) : tagger.tag(words);
    }

    /**
     * A sentence with no subject that opens with a verb in the third person ("Runs on Linux .", "Adds support for
     * X ."): the tagger reads the capitalised word as a name. When the first word is untagged, capitalised, ends in
     * "s" and is read PROPN or NOUN, a preposition, article, noun or adjective follows it ("Runs on", "Supports
     * Markdown"; not "Protocols that") and no auxiliary of its own comes later ("Ports for X were released"), the
     * words are tagged again after "It" with that word in lower case; if the tagger then reads it as a verb, it is
     * one. "Linux runs" stays a name, since a verb follows it.
     */
    private boolean isOpeningVerb(Sentence s, String[] words, String[] tags) {
        String w = words[0];
        if (words.length < 2 || !w.endsWith("s") || !("PROPN".equals(tags[0]) || "NOUN".equals(tags[0]))
                || !Token.OUTSIDE.equals(s.token(0).tag()) || !isCapitalisedWord(w) || !OBJECT_START.contains(tags[1])
                || hasAuxiliary(words, tags)) {
            return false;
        }
        String[] again = new String[words.length + 1];
        again[0] = "It";
        again[1] = w.toLowerCase(Locale.ROOT);
        System.arraycopy(words, 1, again, 2, words.length - 1);
        return "VERB".equals(tag(again)[1]);
    }

    /** Tags of the word after an opening verb: "Runs on", "Supports Markdown", "Provides a", "Adds new". */
    private static final Set<String> OBJECT_START = Set.of("ADP", "DET", "PROPN", "NOUN", "ADJ", "NUM", "X");
    private static final Set<String> LINKS = Set.of("and", "or", "but", "that", "which", "who");
    /** One capital, then lower-case letters only ("Runs", "Written"). */
    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");

    /** An auxiliary after the second word, not after "and", "or", "but" or a relative pronoun. */
    private static boolean hasAuxiliary(String[] words, String[] tags) {
        for (int i = 2; i < tags.length; i++) {
            if ("AUX".equals(tags[i]) && !LINKS.contains(words[i - 1].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCapitalisedWord(String w) {
        return CAPITALISED_WORD.matcher(w).matches();
    }

    private String[] lemmas(String[] words, String[] tags) {
        String[] out = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            out[i] = lemma(words[i], tags[i]);
        }
        return out;
    }

    /** The lemma of one (word, POS) pair, from the memo when it holds it. */
    private String lemma(String word, String tag) {
        lookups++;
        String key = key(word, tag);
        String lemma = LEMMA_MEMO.get(key);
        if (lemma == null) {
            misses++;
            lemma = lemmaOf(word, tag);
            if (LEMMA_MEMO.size() > MAX_MEMO) {
                LEMMA_MEMO.clear();
            }
            LEMMA_MEMO.put(key, lemma);
        }
        return lemma;
    }

    /**
     * The lemma of one (word, POS) pair, with the word alone as the lemmatizer's sequence: the lemma
     * then depends on the pair only (not on the sentence or on which sentence came first), so the memo
     * gives the same answer in every run, order and thread.
     */
    private String lemmaOf(String word, String tag) {
        String[] words = {word};
        String[] tags = {tag};
        String lemma = (beamLemmatizer != null ? beamLemmatizer.lemmatize(words, tags)
                : lemmatizer.lemmatize(words, tags))[0];
        if (lemma == null || lemma.isEmpty() || "O".equals(lemma) || "_".equals(lemma)) {
            lemma = word;
        }
        return lemma.toLowerCase(Locale.ROOT);
    }

    /** Share of lemma look-ups answered by the memo in this instance (1 when none were made). */
    public double memoHitRate() {
        return lookups == 0 ? 1 : 1 - (double) misses / lookups;
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
